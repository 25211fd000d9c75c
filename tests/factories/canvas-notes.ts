/** Seeded boards of sticky notes for the canvas layout specs and benchmark. */
import type { UnplacedNote } from '../../src/lib/canvas/default-layout';
import { Random } from './random';

/** Notes without positions, spread over `clusters` clusters (and some ungrouped), in shuffled order. */
export function unplacedNotes(count: number, clusters: number, seed = 1): UnplacedNote[] {
	const random = new Random(seed);
	const names = Array.from({ length: clusters }, (_, index) => `Cluster ${index + 1}`);
	const notes = Array.from({ length: count }, (_, index) => ({
		id: `note-${String(index).padStart(5, '0')}`,
		cluster: clusters === 0 || random.chance(0.1) ? null : random.pick(names),
		order: random.int(0, count * 2)
	}));
	return shuffled(notes, random);
}

/** Positioned notes scattered over a square `spread` wide, overlapping here and there. */
export function scatteredNotes(
	count: number,
	spread: number,
	seed = 1
): { id: string; x: number; y: number }[] {
	const random = new Random(seed);
	return Array.from({ length: count }, (_, index) => ({
		id: `note-${String(index).padStart(5, '0')}`,
		x: Math.round(random.next() * spread),
		y: Math.round(random.next() * spread)
	}));
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = random.int(0, i);
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}
