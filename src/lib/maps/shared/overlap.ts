/** A dot: centre and radius. */
export interface Circle {
	x: number;
	y: number;
	r: number;
}

/**
 * Pairs of circles closer than `r1 + r2 + gap - tolerance`, found with a uniform grid (each dot is
 * compared only with dots in its own and neighbouring cells), so checking 300 dots stays cheap.
 * Returns the number of such pairs; stops counting at `limit`.
 */
export function countOverlaps(
	circles: readonly Circle[],
	gap = 0,
	tolerance = 0.01,
	limit = Infinity
): number {
	if (circles.length < 2) return 0;
	const largest = Math.max(...circles.map((c) => c.r));
	const size = Math.max(1, 2 * largest + gap);
	const cells = new Map<number, number[]>();
	// Cell coordinates packed into one number; scenes are far smaller than 2^20 cells across.
	const key = (ix: number, iy: number) => (ix + 524_288) * 1_048_576 + (iy + 524_288);
	circles.forEach((c, index) => {
		const k = key(Math.floor(c.x / size), Math.floor(c.y / size));
		const cell = cells.get(k);
		if (cell) cell.push(index);
		else cells.set(k, [index]);
	});
	let count = 0;
	for (let i = 0; i < circles.length; i++) {
		const a = circles[i] as Circle;
		const ix = Math.floor(a.x / size);
		const iy = Math.floor(a.y / size);
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				for (const j of cells.get(key(ix + dx, iy + dy)) ?? []) {
					if (j <= i) continue;
					const b = circles[j] as Circle;
					const min = a.r + b.r + gap - tolerance;
					const ddx = a.x - b.x;
					const ddy = a.y - b.y;
					if (ddx * ddx + ddy * ddy < min * min && ++count >= limit) return count;
				}
			}
		}
	}
	return count;
}
