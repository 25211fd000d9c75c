/**
 * "Spread out": separates a pile of notes, moving each as little as it can, because a person who spreads
 * a pile wants the notes near where they dropped them. Deterministic: the same notes give the same places
 * whatever order they are listed in (ties are broken by place, then id), so every device and every
 * replay agrees. Only notes whose place changes need writing; each is one `[x, y]` value.
 */
import { clampCoordinate, clampRect, overlaps, type Point, type Rect, type Size } from './geometry';
import { NOTE_GAP, NOTE_SIZE } from './metrics';
import { distinctNotes, type PlacedNote } from './placed-note';
import { SpatialHash } from './spatial-hash';

export interface SpreadOptions {
	readonly noteSize?: Size;
	/** Space kept between a moved note and everything else. */
	readonly gap?: number;
	/** Things that stay where they are and that moved notes keep clear of (other notes, for instance). */
	readonly obstacles?: readonly Rect[];
}

/** How many candidate places one note's search may look at before falling back to rays. */
const SEARCH_BUDGET = 400;

/** Up, down, left, right first (the shortest moves), then the diagonals. */
const RAYS: readonly [number, number][] = [
	[0, -1],
	[0, 1],
	[-1, 0],
	[1, 0],
	[-1, -1],
	[1, -1],
	[-1, 1],
	[1, 1]
];

/** A min-heap of candidate places, nearest first; ties in the order they were found. */
class CandidateQueue {
	readonly #items: { x: number; y: number; distance: number; sequence: number }[] = [];
	#sequence = 0;

	get size(): number {
		return this.#items.length;
	}

	#less(i: number, j: number): boolean {
		const a = this.#items[i]!;
		const b = this.#items[j]!;
		return a.distance < b.distance || (a.distance === b.distance && a.sequence < b.sequence);
	}

	#swap(i: number, j: number): void {
		const items = this.#items;
		[items[i], items[j]] = [items[j]!, items[i]!];
	}

	push(x: number, y: number, distance: number): void {
		this.#items.push({ x, y, distance, sequence: this.#sequence++ });
		let i = this.#items.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.#less(i, parent)) break;
			this.#swap(i, parent);
			i = parent;
		}
	}

	pop(): Point {
		const items = this.#items;
		const top = items[0]!;
		const last = items.pop()!;
		if (items.length > 0) {
			items[0] = last;
			let i = 0;
			for (;;) {
				const left = 2 * i + 1;
				const right = left + 1;
				let smallest = i;
				if (left < items.length && this.#less(left, smallest)) smallest = left;
				if (right < items.length && this.#less(right, smallest)) smallest = right;
				if (smallest === i) break;
				this.#swap(i, smallest);
				i = smallest;
			}
		}
		return { x: top.x, y: top.y };
	}
}

/**
 * Separates overlapping notes with the least movement: a note that overlaps nothing stays; in each pile
 * the topmost (then leftmost) note stays; every other note moves to the nearest place (straight-line
 * distance) that keeps `gap` clear of everything already placed. Nearest places are searched among the
 * positions just clear of a neighbour's edge, so a pile opens up into a compact cluster around where it
 * was; a note deep inside a crowded wall, whose search would grow too long, takes the nearest clear place
 * along eight directions instead. No two notes overlap afterwards. Moved notes are not clamped to the
 * coordinate limits (clamping could put them back on top of each other); the writer clamps.
 */
export function spreadOut(
	notes: readonly PlacedNote[],
	options: SpreadOptions = {}
): Map<string, Point> {
	const size = options.noteSize ?? NOTE_SIZE;
	const gap = Math.max(0, options.gap ?? NOTE_GAP);
	const { width, height } = size;
	const ordered = distinctNotes(notes).map((note) => ({
		id: note.id,
		x: clampCoordinate(note.x),
		y: clampCoordinate(note.y)
	}));
	const rectOf = (x: number, y: number): Rect => ({ x, y, width, height });

	const obstacles = (options.obstacles ?? []).map(clampRect);
	const original = new SpatialHash(Math.max(width, height) + gap);
	for (const obstacle of obstacles) original.add(obstacle);
	const rects = ordered.map((note) => rectOf(note.x, note.y));
	for (const rect of rects) original.add(rect);

	const placed = new SpatialHash(Math.max(width, height) + gap);
	for (const obstacle of obstacles) placed.add(obstacle);
	const positions = new Map<string, Point>();
	const crowded: number[] = [];
	ordered.forEach((note, index) => {
		const rect = rects[index]!;
		if (!original.some(rect, 0, (other) => other !== rect && overlaps(rect, other))) {
			positions.set(note.id, { x: note.x, y: note.y });
			placed.add(rect);
		} else crowded.push(index);
	});

	// Within `gap` of another rectangle counts as in the way for a note that moves.
	const EPSILON = 1e-6;
	const inTheWay = (x: number, y: number) => (other: Rect) =>
		x < other.x + other.width + gap - EPSILON &&
		other.x < x + width + gap - EPSILON &&
		y < other.y + other.height + gap - EPSILON &&
		other.y < y + height + gap - EPSILON;
	const blockers = (x: number, y: number) => placed.near(rectOf(x, y), gap).filter(inTheWay(x, y));
	const clear = (x: number, y: number) => !placed.some(rectOf(x, y), gap, inTheWay(x, y));

	for (const index of crowded) {
		const note = ordered[index]!;
		const start = rects[index]!;
		const place = placed.some(start, 0, (other) => overlaps(start, other))
			? (nearestClearPlace(note) ?? nearestAlongRays(note))
			: { x: note.x, y: note.y };
		positions.set(note.id, place);
		placed.add(rectOf(place.x, place.y));
	}
	return positions;

	/**
	 * The nearest clear place among those just clear of a neighbour's edge, found best-first. Null when
	 * the search grows beyond its budget (a note deep inside a crowded wall), so one note's search
	 * never costs more than a few hundred checks.
	 */
	function nearestClearPlace(from: Point): Point | null {
		const queue = new CandidateQueue();
		const visited = new Set<string>();
		const consider = (x: number, y: number) => {
			const key = `${x},${y}`;
			if (visited.has(key)) return;
			visited.add(key);
			queue.push(x, y, (x - from.x) ** 2 + (y - from.y) ** 2);
		};
		consider(from.x, from.y);
		for (let budget = SEARCH_BUDGET; budget > 0 && queue.size > 0; budget--) {
			const { x, y } = queue.pop();
			const inTheWay = blockers(x, y);
			if (inTheWay.length === 0) return { x, y };
			for (const other of inTheWay) {
				consider(other.x - gap - width, y);
				consider(other.x + other.width + gap, y);
				consider(x, other.y - gap - height);
				consider(x, other.y + other.height + gap);
			}
		}
		return null;
	}

	/**
	 * The fallback for a crowded wall: walk outwards in eight directions in half-note steps and take the
	 * nearest clear place (the first direction on ties). Always ends: far enough out, nothing is in the way.
	 */
	function nearestAlongRays(from: Point): Point {
		const stepX = (width + gap) / 2;
		const stepY = (height + gap) / 2;
		for (let step = 1; ; step++) {
			let best: Point | null = null;
			let bestDistance = Infinity;
			for (const [dx, dy] of RAYS) {
				const x = from.x + dx * step * stepX;
				const y = from.y + dy * step * stepY;
				const distance = (x - from.x) ** 2 + (y - from.y) ** 2;
				if (distance < bestDistance && clear(x, y)) {
					best = { x, y };
					bestDistance = distance;
				}
			}
			if (best !== null) return best;
		}
	}
}
