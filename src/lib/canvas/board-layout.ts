/**
 * Where everything on one step's canvas is: the single answer the canvas, the list twin's "where is
 * it" and the exports (PDF drawing, SVG/PNG) all read, so they never disagree.
 *
 * Stored places win. A note without a position (every plan from before the canvas, notes added from
 * the list view) gets a computed place:
 * - in its cluster's stored frame, in a grid below that frame's placed notes (the frame is drawn grown
 *   to hold them, nothing is written);
 * - otherwise in the default layout (one area per cluster, see default-layout.ts) below everything
 *   that is stored, and each such area is drawn as a frame that is not stored yet (`stored: false`).
 *
 * Computed places depend on what is stored, so the first canvas write of a step fixes them all at once
 * (`unsavedPlaces`): otherwise moving one computed note would move the origin of all the others. Frame
 * ids for computed areas are derived from the step and the cluster's name, so two people arranging the
 * same old wall at the same moment write the same records instead of two frames for one group.
 */
import type { BoardFrame, StickyNote } from '../domain/plan';
import type { StepId } from '../domain/steps';
import { defaultLayout, gridColumns, compareListOrder, originBelow } from './default-layout';
import { centreOf, clampRect, containsPoint, unionOf, type Rect } from './geometry';
import { FRAME_HEADER, FRAME_PADDING, NOTE_GAP, NOTE_SIZE } from './metrics';
import { compareStacking, sortedByStacking } from './stacking';

export interface LaidOutNote {
	readonly id: string;
	readonly rect: Rect;
	readonly z: string;
	readonly cluster: string;
	/** False while the place is computed (the note has no stored position). */
	readonly stored: boolean;
}

export interface LaidOutFrame {
	readonly id: string;
	readonly name: string;
	readonly rect: Rect;
	readonly z: string;
	/** False for a cluster's computed area that has no frame record yet. */
	readonly stored: boolean;
}

export interface BoardLayout {
	/** Bottom to top (the order to draw them in). */
	readonly notes: readonly LaidOutNote[];
	/** Bottom to top. */
	readonly frames: readonly LaidOutFrame[];
	/** Around every note and frame; null on an empty board. */
	readonly bounds: Rect | null;
}

type NoteInput = Pick<StickyNote, 'id' | 'order' | 'cluster' | 'position' | 'z'>;
type FrameInput = Pick<BoardFrame, 'id' | 'order' | 'name' | 'rect' | 'z'>;

const toRect = ([x, y, width, height]: readonly number[]): Rect =>
	clampRect({ x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 });

const byStacking = <T extends { readonly id: string; readonly z: string }>(a: T, b: T) =>
	compareStacking(a, b);

/**
 * A record id for the frame of `cluster` on `step` that every device derives alike: two 32-bit
 * FNV-1a hashes of the pair in base 36 (16 to 18 characters, the shape of other record ids).
 */
export function frameIdFor(step: StepId, cluster: string): string {
	const text = `${step}\u0000${cluster}`;
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		a = Math.imul(a ^ code, 0x01000193) >>> 0;
		b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
	}
	return `fr${a.toString(36).padStart(7, '0')}${b.toString(36).padStart(7, '0')}`;
}

export function boardLayout(
	step: StepId,
	notes: readonly NoteInput[],
	frames: readonly FrameInput[]
): BoardLayout {
	// Each id once (a hostile file may repeat one), in list order.
	const seen = new Set<string>();
	const listed = [...notes].sort(compareListOrder).filter((n) => !seen.has(n.id) && seen.add(n.id));

	const storedFrames = [...frames]
		.sort((a, b) => compareListOrder(a, b))
		.map((frame) => ({ ...frame, rect: toRect(frame.rect) }));
	// The first frame (in list order) of a name holds that cluster's unplaced notes.
	const frameByName = new Map<string, (typeof storedFrames)[number]>();
	for (const frame of storedFrames) {
		if (frame.name !== '' && !frameByName.has(frame.name)) frameByName.set(frame.name, frame);
	}

	const laidOut: LaidOutNote[] = [];
	const placedRects: Rect[] = [];
	const intoFrame = new Map<string, NoteInput[]>();
	const elsewhere: NoteInput[] = [];
	for (const note of listed) {
		if (note.position) {
			const rect = noteRect(note.position[0], note.position[1]);
			laidOut.push({ id: note.id, rect, z: note.z, cluster: note.cluster, stored: true });
			placedRects.push(rect);
			continue;
		}
		const frame = note.cluster === '' ? undefined : frameByName.get(note.cluster);
		if (!frame) {
			elsewhere.push(note);
			continue;
		}
		const members = intoFrame.get(frame.id);
		if (members) members.push(note);
		else intoFrame.set(frame.id, [note]);
	}

	// Unplaced notes of a stored frame: a grid under the frame's placed content, the frame grown to fit.
	const frameRects = new Map<string, Rect>();
	for (const frame of storedFrames) {
		const members = intoFrame.get(frame.id) ?? [];
		let rect = frame.rect;
		if (members.length > 0) {
			const inside = placedRects.filter((placed) => containsPoint(rect, centreOf(placed)));
			const contentBottom = unionOf(inside);
			const top =
				contentBottom === null
					? rect.y + FRAME_HEADER + FRAME_PADDING
					: contentBottom.y + contentBottom.height + NOTE_GAP;
			const columns = gridColumns(
				members.length,
				Math.max(1, (rect.width - 2 * FRAME_PADDING + NOTE_GAP) / (NOTE_SIZE.width + NOTE_GAP))
			);
			members.forEach((note, index) => {
				laidOut.push({
					id: note.id,
					rect: noteRect(
						rect.x + FRAME_PADDING + (index % columns) * (NOTE_SIZE.width + NOTE_GAP),
						top + Math.floor(index / columns) * (NOTE_SIZE.height + NOTE_GAP)
					),
					z: note.z,
					cluster: note.cluster,
					stored: false
				});
			});
			rect = grownRect(rect, laidOut, members);
		}
		frameRects.set(frame.id, rect);
	}

	const laidFrames: LaidOutFrame[] = storedFrames.map((frame) => ({
		id: frame.id,
		name: frame.name,
		rect: frameRects.get(frame.id) ?? frame.rect,
		z: frame.z,
		stored: true
	}));

	// Everything else: the default layout, below whatever is stored.
	if (elsewhere.length > 0) {
		const origin = originBelow([...placedRects, ...laidFrames.map((frame) => frame.rect)]);
		// The notes go in as they are (already in list order, each id once): no copy of 20,000.
		const layout = defaultLayout(elsewhere, { origin });
		for (const note of elsewhere) {
			const point = layout.positions.get(note.id);
			if (!point) continue;
			const rect = noteRect(point.x, point.y);
			laidOut.push({ id: note.id, rect, z: note.z, cluster: note.cluster, stored: false });
		}
		for (const area of layout.areas) {
			if (area.cluster === null) continue;
			laidFrames.push({
				id: frameIdFor(step, area.cluster),
				name: area.cluster,
				rect: area.rect,
				z: '',
				stored: false
			});
		}
	}

	const drawn = sortedByStacking(laidOut);
	laidFrames.sort(byStacking);
	return {
		notes: drawn,
		frames: laidFrames,
		bounds: unionOf(rectsOf(drawn, laidFrames))
	};
}

/** A note's rectangle at a top-left corner, clamped as `toRect` clamps. */
const noteRect = (x: number, y: number): Rect =>
	clampRect({ x, y, width: NOTE_SIZE.width, height: NOTE_SIZE.height });

function* rectsOf(
	...lists: readonly (readonly { readonly rect: Rect }[])[]
): Generator<Rect, void, undefined> {
	for (const list of lists) for (const item of list) yield item.rect;
}

function grownRect(
	frame: Rect,
	laidOut: readonly LaidOutNote[],
	members: readonly NoteInput[]
): Rect {
	const ids = new Set(members.map((note) => note.id));
	const around = unionOf(laidOut.filter((note) => ids.has(note.id)).map((note) => note.rect));
	if (around === null) return frame;
	const right = Math.max(frame.x + frame.width, around.x + around.width + FRAME_PADDING);
	const bottom = Math.max(frame.y + frame.height, around.y + around.height + FRAME_PADDING);
	return clampRect({ x: frame.x, y: frame.y, width: right - frame.x, height: bottom - frame.y });
}

/**
 * What the first canvas write of a step also writes so that nothing computed moves afterwards: the
 * position of every note that has none, and a frame record for every computed area.
 */
export function unsavedPlaces(layout: BoardLayout): {
	positions: Map<string, [number, number]>;
	frames: { id: string; name: string; rect: [number, number, number, number] }[];
} {
	const positions = new Map<string, [number, number]>();
	for (const note of layout.notes) {
		if (!note.stored) positions.set(note.id, [note.rect.x, note.rect.y]);
	}
	const frames = layout.frames
		.filter((frame) => !frame.stored)
		.map((frame) => ({
			id: frame.id,
			name: frame.name,
			rect: [frame.rect.x, frame.rect.y, frame.rect.width, frame.rect.height] as [
				number,
				number,
				number,
				number
			]
		}));
	return { positions, frames };
}

/** A layout made from the one before it: what changed, so indexes over the notes can follow. */
export interface LayoutChange {
	readonly layout: BoardLayout;
	/** Notes of the layout before that left it or were replaced. */
	readonly removed: readonly LaidOutNote[];
	/** Notes of the new layout that replace them or are new. */
	readonly added: readonly LaidOutNote[];
}

const sameLayoutFields = (a: NoteInput, b: NoteInput) =>
	a.id === b.id &&
	a.order === b.order &&
	a.z === b.z &&
	a.cluster === b.cluster &&
	(a.position === b.position ||
		(a.position !== null &&
			b.position !== null &&
			a.position[0] === b.position[0] &&
			a.position[1] === b.position[1]));

/**
 * The layout after notes changed, made from the layout before when that gives `boardLayout`'s
 * answer for less: a change the layout does not read (a text, a colour) keeps the very same layout,
 * and once every note of the step has a stored place each note's rectangle depends on that note
 * alone, so only the notes that changed are laid out again (a note added to a wall of 20,000, or
 * the first write that stores every computed place). Null when only `boardLayout` can tell.
 * `before` and `after` are the step's notes in list order, as `boardLayout` got them.
 */
export function patchLayout(
	previous: BoardLayout,
	before: readonly NoteInput[],
	after: readonly NoteInput[],
	framesBefore: readonly FrameInput[],
	framesAfter: readonly FrameInput[]
): LayoutChange | null {
	// A repeated id (a hostile file) is left to the whole layout, which keeps the first.
	if (previous.notes.length !== before.length) return null;
	const changed: NoteInput[] = [];
	const common = Math.min(before.length, after.length);
	for (let index = 0; index < common; index++) {
		const was = before[index]!;
		const now = after[index]!;
		if (was === now) continue;
		// Moved in the list, or one came or went before the end: the whole layout answers.
		if (was.id !== now.id) return null;
		if (!sameLayoutFields(was, now)) changed.push(now);
	}
	const appended = after.slice(common);
	const dropped = before.slice(common);
	if (
		changed.length === 0 &&
		appended.length === 0 &&
		dropped.length === 0 &&
		framesAfter === framesBefore
	)
		return { layout: previous, removed: [], added: [] };
	if (!after.every((note) => note.position)) return null;
	const whole =
		previous.notes.every((note) => note.stored) && previous.frames.every((frame) => frame.stored);
	const laid = (note: NoteInput, rect: Rect): LaidOutNote => ({
		id: note.id,
		rect,
		z: note.z,
		cluster: note.cluster,
		stored: true
	});
	const rectOf = ({ position }: NoteInput) =>
		toRect([position?.[0] ?? 0, position?.[1] ?? 0, NOTE_SIZE.width, NOTE_SIZE.height]);

	// Notes added to a stored wall (the usual write): nothing else moves.
	if (whole && changed.length === 0 && dropped.length === 0 && framesAfter === framesBefore) {
		const fresh = new Set(appended.map((note) => note.id));
		if (fresh.size !== appended.length || previous.notes.some((note) => fresh.has(note.id)))
			return null;
		const added = appended.map((note) => laid(note, rectOf(note)));
		const notes = [...previous.notes];
		for (const note of added) notes.splice(insertionPoint(notes, note), 0, note);
		const around = [...(previous.bounds ? [previous.bounds] : []), ...added.map((n) => n.rect)];
		return {
			layout: { notes, frames: previous.frames, bounds: unionOf(around) },
			removed: [],
			added
		};
	}

	const old = new Map(previous.notes.map((note) => [note.id, note]));
	for (const note of appended) if (old.has(note.id)) return null;
	if (new Set(appended.map((note) => note.id)).size !== appended.length) return null;
	const removed: LaidOutNote[] = [];
	const added = new Map<string, LaidOutNote>();
	for (const note of [...changed, ...appended]) {
		const was = old.get(note.id);
		if (was) removed.push(was);
		const rect = rectOf(note);
		// A computed place stored where it was keeps its rectangle, so indexes over it stay valid.
		added.set(
			note.id,
			laid(note, was && was.rect.x === rect.x && was.rect.y === rect.y ? was.rect : rect)
		);
	}
	for (const note of dropped) {
		const was = old.get(note.id);
		if (was) removed.push(was);
	}
	const gone = new Set(dropped.map((note) => note.id));
	const notes: LaidOutNote[] = [];
	const later: LaidOutNote[] = [];
	for (const note of previous.notes) {
		if (gone.has(note.id)) continue;
		const next = added.get(note.id);
		if (!next) notes.push(note);
		// The same stacking key keeps its place in the drawing order; a new key finds its own.
		else if (next.z === note.z) notes.push(next);
		else later.push(next);
	}
	for (const note of appended) later.push(added.get(note.id)!);
	for (const note of later) notes.splice(insertionPoint(notes, note), 0, note);

	const frames =
		framesAfter === framesBefore && whole ? previous.frames : storedFrames(framesAfter);
	return {
		layout: {
			notes,
			frames,
			bounds: unionOf([...notes.map((note) => note.rect), ...frames.map((f) => f.rect)])
		},
		removed,
		added: [...added.values()]
	};
}

/** Where `note` goes in `notes` (bottom to top): after every note drawn below it. */
function insertionPoint(notes: readonly LaidOutNote[], note: LaidOutNote): number {
	let low = 0;
	let high = notes.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (byStacking(notes[middle]!, note) <= 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The frames of a step whose notes all have stored places: each where it is stored. */
function storedFrames(frames: readonly FrameInput[]): LaidOutFrame[] {
	return [...frames]
		.sort(compareListOrder)
		.map((frame) => ({
			id: frame.id,
			name: frame.name,
			rect: toRect(frame.rect),
			z: frame.z,
			stored: true
		}))
		.sort(byStacking);
}
