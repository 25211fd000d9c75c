/**
 * Frames: the named groups of a step's canvas.
 *
 * A frame is a record of its own (step, name, rectangle), not a property of its notes, so renaming or
 * moving a frame is one change to one record. Which frame a note belongs to follows from geometry: the
 * frame that contains the note's centre. A note's cluster (what the list view and promotion read) follows
 * its frame, so dropping a note into a frame is the same act as moving it into that group.
 *
 * Nesting and overlap are allowed (people draw a group inside a group); then the smallest frame that
 * contains the centre wins, because it is the most specific group. Equal sizes fall back to the stacking
 * key (topmost wins) and then to the id, so every device computes the same membership.
 */
import {
	areaOf,
	centreOf,
	clampRect,
	containsPoint,
	inflateRect,
	translateRect,
	unionOf,
	type Point,
	type Rect
} from './geometry';

export interface Frame {
	readonly id: string;
	readonly rect: Rect;
	/** Stacking key (see stacking.ts); a frame without one is below those that have one. */
	readonly z?: string | null;
}

function isRect(target: Point | Rect): target is Rect {
	return 'width' in target && 'height' in target;
}

/** Whether frame `a` takes a note from frame `b` when both contain it. */
function wins(a: Frame, b: Frame): boolean {
	const areaA = areaOf(a.rect);
	const areaB = areaOf(b.rect);
	if (areaA !== areaB) return areaA < areaB;
	const zA = a.z ?? '';
	const zB = b.z ?? '';
	if (zA !== zB) return zA > zB;
	return a.id < b.id;
}

/**
 * The frame a note (its rectangle, or a point such as its centre) belongs to, or null when it lies in
 * no frame (ungrouped).
 */
export function frameOf<F extends Frame>(target: Point | Rect, frames: readonly F[]): F | null {
	const point = isRect(target) ? centreOf(target) : target;
	let best: F | null = null;
	for (const frame of frames) {
		if (!containsPoint(frame.rect, point)) continue;
		if (best === null || wins(frame, best)) best = frame;
	}
	return best;
}

/** The frame id of every note, by note id; null for ungrouped notes. */
export function membership(
	notes: readonly { readonly id: string; readonly rect: Rect }[],
	frames: readonly Frame[]
): Map<string, string | null> {
	const result = new Map<string, string | null>();
	for (const note of notes) result.set(note.id, frameOf(note.rect, frames)?.id ?? null);
	return result;
}

/**
 * The rectangle of "New group from selection": around all the selected notes, `padding` away from them,
 * with `header` more room above them for the frame's name. Null when nothing is selected.
 */
export function frameAround(rects: readonly Rect[], padding: number, header = 0): Rect | null {
	const around = unionOf(rects);
	if (around === null) return null;
	const padded = inflateRect(around, Math.max(0, padding));
	const top = Math.max(0, header);
	return clampRect({ ...padded, y: padded.y - top, height: padded.height + top });
}

/**
 * Moving a frame carries its notes: the frame's new rectangle and the new top-left corner of each note
 * that belonged to it before the move (other frames' notes stay, even when the frame passes over them).
 */
export function moveFrame(
	frame: Frame,
	frames: readonly Frame[],
	notes: readonly { readonly id: string; readonly rect: Rect }[],
	dx: number,
	dy: number
): { rect: Rect; notes: Map<string, Point> } {
	const moved = new Map<string, Point>();
	for (const note of notes) {
		if (frameOf(note.rect, frames)?.id !== frame.id) continue;
		const { x, y } = clampRect(translateRect(note.rect, dx, dy));
		moved.set(note.id, { x, y });
	}
	return { rect: clampRect(translateRect(frame.rect, dx, dy)), notes: moved };
}

export interface NamedFrame extends Frame {
	readonly name: string;
}

/** The cluster of a note at `target`: the name of its frame, or '' (no cluster) outside every frame. */
export function clusterAt(target: Point | Rect, frames: readonly NamedFrame[]): string {
	return frameOf(target, frames)?.name ?? '';
}

/**
 * The notes whose stored cluster no longer matches their frame, with the cluster each should get: what
 * to write after a drop, a frame move or resize, a rename or a deletion (then the notes stay, ungrouped).
 * Notes already in the right cluster are left out, so nothing is written for them.
 */
export function clusterChanges(
	notes: readonly { readonly id: string; readonly rect: Rect; readonly cluster: string }[],
	frames: readonly NamedFrame[]
): Map<string, string> {
	const changes = new Map<string, string>();
	for (const note of notes) {
		const cluster = clusterAt(note.rect, frames);
		if (cluster !== note.cluster) changes.set(note.id, cluster);
	}
	return changes;
}
