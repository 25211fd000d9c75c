/** Moving a map's selection from the keyboard: arrow keys go to the nearest dot in that direction. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

interface Point {
	id: string;
	x: number;
	y: number;
}

/**
 * The point nearest to `from` that lies in `direction` (within a 90° cone around it), with the
 * distance along the other axis counting double so "right" prefers a dot level with this one over
 * a closer one far above. Null when nothing lies that way. Ties go to the earlier point, so the
 * same map always answers the same way.
 */
export function nearestInDirection<T extends Point>(
	points: readonly T[],
	from: Point,
	direction: Direction
): T | null {
	let best: T | null = null;
	let bestScore = Infinity;
	for (const point of points) {
		if (point.id === from.id) continue;
		const dx = point.x - from.x;
		const dy = point.y - from.y;
		const along =
			direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
		const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
		// Points exactly on top of each other are reachable in every direction, in list order.
		if (along < 0 || (along === 0 && across === 0 ? false : along < across)) continue;
		const score = along + 2 * across;
		if (score < bestScore) {
			best = point;
			bestScore = score;
		}
	}
	return best;
}

/** The first point to select when the map gets focus with nothing selected: top left. */
export function firstPoint<T extends Point>(points: readonly T[]): T | null {
	let best: T | null = null;
	for (const point of points)
		if (!best || point.y < best.y - 0.5 || (Math.abs(point.y - best.y) <= 0.5 && point.x < best.x))
			best = point;
	return best;
}
