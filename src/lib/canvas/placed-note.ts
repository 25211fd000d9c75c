/**
 * A note as the layout functions see it: its id and the top-left corner of its rectangle (every note has
 * the same size, see metrics.ts). Sorting helpers live here so Tidy and Spread out break ties the same
 * way: by place, then by id, never by the order a list happened to arrive in.
 */
import { clampCoordinate } from './geometry';

/** A note with its top-left corner. */
export interface PlacedNote {
	readonly id: string;
	readonly x: number;
	readonly y: number;
}

export function compareByPlace(a: PlacedNote, b: PlacedNote): number {
	const dy = clampCoordinate(a.y) - clampCoordinate(b.y);
	if (dy !== 0) return dy;
	const dx = clampCoordinate(a.x) - clampCoordinate(b.x);
	if (dx !== 0) return dx;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each id once (the topmost-left copy when a hostile file repeats one). */
export function distinctNotes<N extends PlacedNote>(notes: readonly N[]): N[] {
	const seen = new Set<string>();
	return [...notes].sort(compareByPlace).filter((note) => !seen.has(note.id) && seen.add(note.id));
}
