import type { Shape } from './scene';

/** Scene coordinates to 2 decimals: finer than any screen or printer shows, and smaller scenes. */
export function round2(value: number): number {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? 0 : rounded;
}

export function clamp(value: number, min: number, max: number): number {
	if (Number.isNaN(value)) return min;
	return Math.min(max, Math.max(min, value));
}

/** A shape with its coordinates rounded like the rest of the scene. */
export function roundShape(shape: Shape): Shape {
	switch (shape.type) {
		case 'circle':
			return { ...shape, cx: round2(shape.cx), cy: round2(shape.cy), r: round2(shape.r) };
		case 'text':
			return { ...shape, x: round2(shape.x), y: round2(shape.y) };
		case 'rect':
			return {
				...shape,
				x: round2(shape.x),
				y: round2(shape.y),
				width: round2(shape.width),
				height: round2(shape.height)
			};
		case 'line':
			return {
				...shape,
				x1: round2(shape.x1),
				y1: round2(shape.y1),
				x2: round2(shape.x2),
				y2: round2(shape.y2)
			};
	}
}
