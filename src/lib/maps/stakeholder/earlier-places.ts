import type { Shape } from '../shared/scene';

/** Where a stakeholder stood in an earlier version of the plan. */
export interface EarlierPlace {
	influence: number;
	interest: number;
}

interface DrawnDot {
	id: string;
	x: number;
	y: number;
	r: number;
}

/** The arrowhead's sides, in px, and their angle off the shaft. */
const HEAD = 7;
const HEAD_ANGLE = Math.PI / 7;

/**
 * A dashed, hollow dot where each moved stakeholder stood in an earlier version, and an arrow from
 * there to the edge of where it stands now. Drawn under the dots (background): a ghost is never a
 * target. A stakeholder that moved less than its own radius on the map gets nothing: its arrow
 * would be hidden under it.
 */
export function earlierPlaceShapes(
	dots: readonly DrawnDot[],
	earlier: ReadonlyMap<string, EarlierPlace>,
	at: (place: EarlierPlace) => { x: number; y: number }
): { shapes: Shape[]; moved: number } {
	const shapes: Shape[] = [];
	let moved = 0;
	for (const dot of dots) {
		const place = earlier.get(dot.id);
		if (!place) continue;
		const from = at(place);
		const dx = dot.x - from.x;
		const dy = dot.y - from.y;
		const length = Math.hypot(dx, dy);
		if (!(length > dot.r)) continue;
		moved++;
		shapes.push({ type: 'circle', cx: from.x, cy: from.y, r: dot.r, className: 'map-ghost' });
		// The shaft stops at the dot's edge, so the head points at the dot, not into it.
		const tipX = dot.x - (dx / length) * dot.r;
		const tipY = dot.y - (dy / length) * dot.r;
		const angle = Math.atan2(dy, dx);
		const line = (x1: number, y1: number, x2: number, y2: number): Shape => ({
			type: 'line',
			x1,
			y1,
			x2,
			y2,
			className: 'map-ghost-arrow',
			stroke: '#4a4a4a',
			strokeWidth: 1.5
		});
		shapes.push(line(from.x, from.y, tipX, tipY));
		for (const side of [-1, 1])
			shapes.push(
				line(
					tipX - HEAD * Math.cos(angle + side * HEAD_ANGLE),
					tipY - HEAD * Math.sin(angle + side * HEAD_ANGLE),
					tipX,
					tipY
				)
			);
	}
	return { shapes, moved };
}
