/**
 * "Tidy": lays a frame's notes (or a selection) on a grid with no overlap, in the order people read them
 * (rows top to bottom, left to right within a row), so the rough arrangement someone made survives.
 *
 * Pure and deterministic: the same notes give the same places whatever order they are listed in (ties
 * are broken by place, then id), so an undo step or a peer's replay never finds a different answer. Only
 * the notes whose place changes need writing; each is one `[x, y]` value. "Spread out", the gentler
 * sibling that only separates overlapping notes, is in spread-out.ts.
 */
import { gridColumns } from './default-layout';
import { clampCoordinate, unionOf, type Point, type Rect, type Size } from './geometry';
import { FRAME_HEADER, FRAME_PADDING, NOTE_GAP, NOTE_SIZE } from './metrics';
import { compareByPlace, distinctNotes, type PlacedNote } from './placed-note';

export type { PlacedNote } from './placed-note';
export { spreadOut, type SpreadOptions } from './spread-out';

export interface TidyOptions {
	readonly noteSize?: Size;
	readonly gap?: number;
	/** Room between the frame's edge and the grid. */
	readonly padding?: number;
	/** Room above the grid for the frame's name. */
	readonly header?: number;
}

export interface TidyResult {
	/** The new top-left corner of every note, in reading order. */
	readonly positions: Map<string, Point>;
	/** Around the tidied notes (the grid may reach below a frame that is too small: grow it to this). */
	readonly bounds: Rect | null;
}

/**
 * Notes in reading order: a note starts a new row unless it sits less than `rowTolerance` below the top
 * of the current row (hand-placed notes are never exactly level), and within a row they go left to right.
 */
export function readingOrder<N extends PlacedNote>(notes: readonly N[], rowTolerance: number): N[] {
	const sorted = distinctNotes(notes);
	const result: N[] = [];
	let row: N[] = [];
	let rowTop = -Infinity;
	const flush = () => {
		row.sort((a, b) => clampCoordinate(a.x) - clampCoordinate(b.x) || compareByPlace(a, b));
		result.push(...row);
		row = [];
	};
	for (const note of sorted) {
		const y = clampCoordinate(note.y);
		if (y >= rowTop + rowTolerance) {
			flush();
			rowTop = y;
		}
		row.push(note);
	}
	flush();
	return result;
}

/**
 * Lays `notes` on a grid with no overlap, in reading order. Inside a frame (`inside`), the grid fills the
 * frame's width below its name; for a selection (`inside` null), it is about square and starts at the
 * selection's top-left corner.
 */
export function tidy(
	notes: readonly PlacedNote[],
	inside: Rect | null,
	options: TidyOptions = {}
): TidyResult {
	const size = options.noteSize ?? NOTE_SIZE;
	const gap = options.gap ?? NOTE_GAP;
	const padding = options.padding ?? FRAME_PADDING;
	const header = options.header ?? FRAME_HEADER;
	const ordered = readingOrder(notes, size.height / 2);
	const positions = new Map<string, Point>();
	if (ordered.length === 0) return { positions, bounds: null };

	let columns: number;
	let origin: Point;
	if (inside) {
		columns = gridColumns(Infinity, (inside.width - 2 * padding + gap) / (size.width + gap));
		origin = { x: inside.x + padding, y: inside.y + header + padding };
	} else {
		columns = gridColumns(ordered.length, Infinity);
		let x = Infinity;
		let y = Infinity;
		for (const note of ordered) {
			x = Math.min(x, clampCoordinate(note.x));
			y = Math.min(y, clampCoordinate(note.y));
		}
		origin = { x, y };
	}
	ordered.forEach((note, index) => {
		positions.set(note.id, {
			x: origin.x + (index % columns) * (size.width + gap),
			y: origin.y + Math.floor(index / columns) * (size.height + gap)
		});
	});
	const bounds = unionOf(
		[...positions.values()].map((p) => ({ x: p.x, y: p.y, width: size.width, height: size.height }))
	);
	return { positions, bounds };
}

/** A frame grown (never shrunk) so that `content` fits inside with `padding` on every side. */
export function grownToFit(frame: Rect, content: Rect | null, padding = FRAME_PADDING): Rect {
	if (content === null) return frame;
	const right = Math.max(frame.x + frame.width, content.x + content.width + padding);
	const bottom = Math.max(frame.y + frame.height, content.y + content.height + padding);
	const x = Math.min(frame.x, content.x - padding);
	const y = Math.min(frame.y, content.y - padding);
	return { x, y, width: right - x, height: bottom - y };
}
