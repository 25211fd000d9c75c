/**
 * Where notes go when they have no stored position: every plan written before the canvas existed, and
 * notes added by a device that does not place them.
 *
 * Opening a plan writes nothing: this layout is computed on open, and a note's position is written only
 * when someone moves it. So the layout must be deterministic (every device, every time, the same places
 * from the same notes, whatever order they arrive in) or two people would see different walls.
 *
 * Shape: one area per cluster, the ungrouped notes' area first and then the clusters in the order of their
 * first note (as the list view shows them), frames in rows that wrap at a target width; inside an area the
 * notes fill a grid in their list order. Areas are built from whole cells, so no two notes and no two
 * frames overlap, and each note's centre lies in its own cluster's frame (so `frameOf` gives the same
 * grouping back).
 */
import { unionOf, type Point, type Rect, type Size } from './geometry';
import { FRAME_GAP, FRAME_HEADER, FRAME_PADDING, NOTE_GAP, NOTE_SIZE, ROW_WIDTH } from './metrics';

export interface UnplacedNote {
	readonly id: string;
	/** The cluster's name; null or '' for a note in no cluster. */
	readonly cluster: string | null;
	/** The note's list order (the record's `order`). */
	readonly order: number;
}

export interface DefaultLayoutOptions {
	readonly noteSize?: Size;
	readonly gap?: number;
	readonly padding?: number;
	readonly header?: number;
	readonly frameGap?: number;
	/** Where a row of frames wraps, measured from `origin.x`. */
	readonly rowWidth?: number;
	/** The top-left corner of the layout (below existing content, for instance). */
	readonly origin?: Point;
	/** Clusters to lay out first in this order, with a frame even when empty (frames without notes). */
	readonly clusters?: readonly string[];
}

export interface LayoutArea {
	/** The cluster this area holds; null for the ungrouped notes' area. */
	readonly cluster: string | null;
	readonly rect: Rect;
}

export interface DefaultLayout {
	/** Top-left corner of every note, by note id. */
	readonly positions: Map<string, Point>;
	/** In layout order: the ungrouped area (when there are ungrouped notes), then one per cluster. */
	readonly areas: LayoutArea[];
}

/** List order, then id: equal or unreadable orders still sort the same way on every device. */
export function compareListOrder(
	a: { readonly id: string; readonly order: number },
	b: { readonly id: string; readonly order: number }
): number {
	const orderA = Number.isFinite(a.order) ? a.order : Infinity;
	const orderB = Number.isFinite(b.order) ? b.order : Infinity;
	if (orderA !== orderB) return orderA < orderB ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many columns a grid of `count` notes gets: about square, never wider than `maxColumns`. */
export function gridColumns(count: number, maxColumns: number): number {
	return Math.max(1, Math.min(Math.ceil(Math.sqrt(count)), Math.floor(maxColumns)));
}

export function defaultLayout(
	notes: readonly UnplacedNote[],
	options: DefaultLayoutOptions = {}
): DefaultLayout {
	const size = options.noteSize ?? NOTE_SIZE;
	const gap = options.gap ?? NOTE_GAP;
	const padding = options.padding ?? FRAME_PADDING;
	const header = options.header ?? FRAME_HEADER;
	const frameGap = options.frameGap ?? FRAME_GAP;
	const rowWidth = options.rowWidth ?? ROW_WIDTH;
	const origin = options.origin ?? { x: 0, y: 0 };

	// Group in list order; the first note with an id wins if a hostile file repeats ids.
	const groups = new Map<string | null, string[]>();
	for (const cluster of options.clusters ?? []) {
		if (cluster !== '' && !groups.has(cluster)) groups.set(cluster, []);
	}
	const seen = new Set<string>();
	const ungrouped: string[] = [];
	for (const note of [...notes].sort(compareListOrder)) {
		if (seen.has(note.id)) continue;
		seen.add(note.id);
		const cluster = note.cluster === '' ? null : note.cluster;
		if (cluster === null) {
			ungrouped.push(note.id);
			continue;
		}
		const group = groups.get(cluster);
		if (group) group.push(note.id);
		else groups.set(cluster, [note.id]);
	}
	const ordered: [string | null, string[]][] = [...groups.entries()];
	if (ungrouped.length > 0) ordered.unshift([null, ungrouped]);

	const maxColumns = (rowWidth - 2 * padding + gap) / (size.width + gap);
	const positions = new Map<string, Point>();
	const areas: LayoutArea[] = [];
	let x = origin.x;
	let y = origin.y;
	let rowHeight = 0;
	for (const [cluster, ids] of ordered) {
		const columns = gridColumns(ids.length, maxColumns);
		const rows = Math.max(1, Math.ceil(ids.length / columns));
		const width = 2 * padding + columns * size.width + (columns - 1) * gap;
		const height = header + 2 * padding + rows * size.height + (rows - 1) * gap;
		if (x > origin.x && x + width > origin.x + rowWidth) {
			x = origin.x;
			y += rowHeight + frameGap;
			rowHeight = 0;
		}
		ids.forEach((id, index) => {
			positions.set(id, {
				x: x + padding + (index % columns) * (size.width + gap),
				y: y + header + padding + Math.floor(index / columns) * (size.height + gap)
			});
		});
		areas.push({ cluster, rect: { x, y, width, height } });
		x += width + frameGap;
		rowHeight = Math.max(rowHeight, height);
	}
	return { positions, areas };
}

/**
 * Where to start the default layout on a board where some notes already have positions: below all of
 * them, left-aligned with them, so the notes without a position never land on the placed ones.
 */
export function originBelow(placed: readonly Rect[], gap = FRAME_GAP): Point {
	const around = unionOf(placed);
	return around === null ? { x: 0, y: 0 } : { x: around.x, y: around.y + around.height + gap };
}
