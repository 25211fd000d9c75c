/**
 * The pure arithmetic of a virtual list: where each row starts, and which rows a viewport needs.
 * Rows not measured yet count as `estimate` high; `gap` is the space between two rows.
 */

/** `offsets[i]` is where row i starts; `offsets[count]` is the end of the last row's gap. */
export function rowOffsets(
	count: number,
	heightOf: (index: number) => number | undefined,
	estimate: number,
	gap = 0
): Float64Array {
	const offsets = new Float64Array(count + 1);
	for (let i = 0; i < count; i++)
		offsets[i + 1] = (offsets[i] ?? 0) + (heightOf(i) ?? estimate) + gap;
	return offsets;
}

/** The first row whose end lies below `y` (binary search over the offsets). */
function rowAt(offsets: Float64Array, y: number): number {
	let low = 0;
	let high = offsets.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((offsets[middle + 1] ?? Infinity) <= y) low = middle + 1;
		else high = middle;
	}
	return low;
}

export interface RowRange {
	/** The first row drawn. */
	start: number;
	/** One past the last row drawn. */
	end: number;
	/** Room left for the rows above `start`, and below `end`, in px. */
	before: number;
	after: number;
}

/**
 * The rows to draw for a viewport from `top` to `top + height`, with `overscan` px more on both
 * sides, so a Tab or a short scroll always finds the next row already there.
 */
export function visibleRows(
	offsets: Float64Array,
	top: number,
	height: number,
	overscan: number,
	gap = 0
): RowRange {
	const count = offsets.length - 1;
	if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
	const start = Math.min(count - 1, rowAt(offsets, Math.max(0, top - overscan)));
	const end = Math.min(count, rowAt(offsets, top + height + overscan) + 1);
	const total = offsets[count] ?? 0;
	return {
		start,
		end,
		before: offsets[start] ?? 0,
		after: Math.max(0, total - (offsets[end] ?? total) - (end < count ? 0 : gap))
	};
}
