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
 */
export function countCrossings(
	edges: readonly Edge[],
	leftRank: readonly number[],
	rightRank: readonly number[]
): number {
	const sorted = edges
		.map((edge) => [leftRank[edge.left] ?? 0, rightRank[edge.right] ?? 0] as const)
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const size = rightRank.length + 1;
	const tree = new Array<number>(size + 1).fill(0);
	let crossings = 0;
	let seen = 0;
	for (const [, right] of sorted) {
		// Of the links seen so far (left end above or level), those whose right end is further
		// down cross this one; the ones ending level or above do not.
		let notBelow = 0;
		for (let i = right + 1; i > 0; i -= i & -i) notBelow += tree[i] ?? 0;
		crossings += seen - notBelow;
		for (let i = right + 1; i <= size; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
		seen++;
	}
	return crossings;
}

/** Ranks from an order: `rank[order[k]] = k`. */
function ranks(order: readonly number[]): number[] {
	const rank = new Array<number>(order.length).fill(0);
	order.forEach((index, position) => (rank[index] = position));
	return rank;
}

/**
 * Reorders `order` (indices into one column) by the weighted mean position of each record's
 * neighbours; records without neighbours keep their position. `group` keeps records inside their
 * group (the platforms' decisions); `tieBreak` orders equal keys.
 */
function sweep(
	order: readonly number[],
	neighbours: readonly { index: number; weight: number }[][],
	otherPosition: readonly number[],
	otherCount: number,
	group: (index: number) => number,
	tieBreak: (a: number, b: number) => number
): number[] {
	const count = order.length;
	const key = new Map<number, number>();
	order.forEach((index, position) => {
		const links = neighbours[index] ?? [];
		let total = 0;
		let weights = 0;
		for (const { index: other, weight } of links) {
			total += (((otherPosition[other] ?? 0) + 0.5) / Math.max(1, otherCount)) * weight;
			weights += weight;
		}
		key.set(index, weights > 0 ? total / weights : (position + 0.5) / Math.max(1, count));
	});
	return [...order].sort(
		(a, b) => group(a) - group(b) || (key.get(a) ?? 0) - (key.get(b) ?? 0) || tieBreak(a, b)
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
	let left = Array.from({ length: leftCount }, (_, i) => i).sort(leftTieBreak);
	let right = Array.from({ length: rightCount }, (_, i) => i).sort(
		(a, b) => rightGroup(a) - rightGroup(b) || rightTieBreak(a, b)
	);
	let best: TwoColumnOrder = {
		left,
		right,
		crossings: countCrossings(edges, ranks(left), ranks(right))
	};
	for (let round = 0; round < rounds; round++) {
		left = sweep(left, leftNeighbours, ranks(right), rightCount, () => 0, leftTieBreak);
		right = sweep(right, rightNeighbours, ranks(left), leftCount, rightGroup, rightTieBreak);
		const crossings = countCrossings(edges, ranks(left), ranks(right));
		if (crossings < best.crossings) best = { left, right, crossings };
	}
	return best;
}
