/**
 * Ordering two columns joined by links so fewer links cross: the barycentre heuristic (each
 * record moves to the average position of what it links to), a few rounds each way, keeping the
 * best order seen. Pure and deterministic: ties keep the given order.
 */

export interface Edge {
	/** Index of the left record in the original left list. */
	left: number;
	/** Index of the right record in the original right list. */
	right: number;
	weight: number;
}

/**
 * Number of pairs of links that cross, for positions `leftRank[i]`/`rightRank[j]`: links sorted
 * by their left end, every pair whose right ends come in the opposite order crosses. Counted as
 * inversions with a Fenwick tree: O(links · log records), cheap enough for 1,500 links.
 *
 * Written for code that has not warmed up: a map is laid out once per page load, so this runs in
 * the interpreter. Each link is one number (left rank, then right rank) in a typed array sorted
 * natively, rather than a pair sorted with a comparator: a tenth of the time on the first call.
 */
export function countCrossings(
	edges: readonly Edge[],
	leftRank: ArrayLike<number>,
	rightRank: ArrayLike<number>
): number {
	const span = rightRank.length + 1;
	const keys = new Float64Array(edges.length);
	for (let k = 0; k < edges.length; k++) {
		const edge = edges[k] as Edge;
		keys[k] = (leftRank[edge.left] ?? 0) * span + (rightRank[edge.right] ?? 0);
	}
	keys.sort();
	const tree = new Int32Array(span + 1);
	let crossings = 0;
	for (let seen = 0; seen < keys.length; seen++) {
		const right = (keys[seen] as number) % span;
		// Of the links seen so far (left end above or level), those whose right end is further
		// down cross this one; the ones ending level or above do not.
		let notBelow = 0;
		for (let i = right + 1; i > 0; i -= i & -i) notBelow += tree[i] as number;
		crossings += seen - notBelow;
		for (let i = right + 1; i <= span; i += i & -i) tree[i] = (tree[i] as number) + 1;
	}
	return crossings;
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
	return true;
}

/** Ranks from an order: `rank[order[k]] = k`. */
function ranks(order: readonly number[]): Int32Array {
	const rank = new Int32Array(order.length);
	for (let position = 0; position < order.length; position++)
		rank[order[position] as number] = position;
	return rank;
}

/**
 * Reorders `order` (indices into one column) by the weighted mean position of each record's
 * neighbours; records without neighbours keep their position. `group` keeps records inside their
 * group (the platforms' decisions, read once per record); `tieBreak` orders equal keys.
 */
function sweep(
	order: readonly number[],
	neighbours: readonly { index: number; weight: number }[][],
	otherPosition: ArrayLike<number>,
	otherCount: number,
	group: ArrayLike<number>,
	tieBreak: (a: number, b: number) => number
): number[] {
	const count = order.length;
	const key = new Float64Array(count);
	const scale = Math.max(1, otherCount);
	for (let position = 0; position < count; position++) {
		const index = order[position] as number;
		const links = neighbours[index] ?? [];
		let total = 0;
		let weights = 0;
		for (let k = 0; k < links.length; k++) {
			const { index: other, weight } = links[k] as { index: number; weight: number };
			total += (((otherPosition[other] ?? 0) + 0.5) / scale) * weight;
			weights += weight;
		}
		key[index] = weights > 0 ? total / weights : (position + 0.5) / Math.max(1, count);
	}
	return [...order].sort(
		(a, b) =>
			(group[a] as number) - (group[b] as number) ||
			(key[a] as number) - (key[b] as number) ||
			tieBreak(a, b)
	);
}

export interface TwoColumnOrder {
	left: number[];
	right: number[];
	crossings: number;
}

export function orderColumns(
	leftCount: number,
	rightCount: number,
	edges: readonly Edge[],
	options: {
		rounds?: number;
		/** Group of each right record; groups keep their order, records move inside them. */
		rightGroup?: (index: number) => number;
		leftTieBreak?: (a: number, b: number) => number;
		rightTieBreak?: (a: number, b: number) => number;
	} = {}
): TwoColumnOrder {
	const {
		rounds = 4,
		rightGroup = () => 0,
		leftTieBreak = (a, b) => a - b,
		rightTieBreak = (a, b) => a - b
	} = options;
	const leftNeighbours: { index: number; weight: number }[][] = Array.from(
		{ length: leftCount },
		() => []
	);
	const rightNeighbours: { index: number; weight: number }[][] = Array.from(
		{ length: rightCount },
		() => []
	);
	for (const edge of edges) {
		leftNeighbours[edge.left]?.push({ index: edge.right, weight: edge.weight });
		rightNeighbours[edge.right]?.push({ index: edge.left, weight: edge.weight });
	}
	const leftGroups = new Int32Array(leftCount);
	const rightGroups = Int32Array.from({ length: rightCount }, (_, index) => rightGroup(index));
	let left = Array.from({ length: leftCount }, (_, i) => i).sort(leftTieBreak);
	let right = Array.from({ length: rightCount }, (_, i) => i).sort(
		(a, b) => (rightGroups[a] as number) - (rightGroups[b] as number) || rightTieBreak(a, b)
	);
	let best: TwoColumnOrder = {
		left,
		right,
		crossings: countCrossings(edges, ranks(left), ranks(right))
	};
	for (let round = 0; round < rounds; round++) {
		const nextLeft = sweep(
			left,
			leftNeighbours,
			ranks(right),
			rightCount,
			leftGroups,
			leftTieBreak
		);
		const nextRight = sweep(
			right,
			rightNeighbours,
			ranks(nextLeft),
			leftCount,
			rightGroups,
			rightTieBreak
		);
		// A round is a function of the orders it starts from: once they come back unchanged, every
		// later round would too, and the best order is already known.
		if (sameOrder(nextLeft, left) && sameOrder(nextRight, right)) break;
		left = nextLeft;
		right = nextRight;
		const crossings = countCrossings(edges, ranks(left), ranks(right));
		if (crossings < best.crossings) best = { left, right, crossings };
	}
	return best;
}
