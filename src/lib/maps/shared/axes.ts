import type { MapScene } from './scene';

type Axes = NonNullable<MapScene['axes']>;
type Axis = Axes['x'];

function toValue(axis: Axis, coordinate: number): number {
	const t = (coordinate - axis.from) / (axis.to - axis.from);
	return Math.min(axis.max, Math.max(axis.min, axis.min + t * (axis.max - axis.min)));
}

function toCoordinate(axis: Axis, value: number): number {
	return axis.from + ((value - axis.min) / (axis.max - axis.min)) * (axis.to - axis.from);
}

/** Where a dot dropped at (x, y) in the scene puts its record: values clamped to each axis, rounded. */
export function valuesAt(axes: Axes, x: number, y: number, step = 1): { x: number; y: number } {
	const round = (value: number, axis: Axis) =>
		Math.min(axis.max, Math.max(axis.min, Math.round(value / step) * step));
	return { x: round(toValue(axes.x, x), axes.x), y: round(toValue(axes.y, y), axes.y) };
}

/** The scene point of a record's values: where a dot being dragged elsewhere is drawn. */
export function pointAt(axes: Axes, x: number, y: number): { x: number; y: number } {
	return { x: toCoordinate(axes.x, x), y: toCoordinate(axes.y, y) };
}

/** Values moved by a keyboard nudge, kept inside each axis. */
export function nudge(
	axes: Axes,
	values: { x: number; y: number },
	dx: number,
	dy: number
): { x: number; y: number } {
	const clamp = (value: number, axis: Axis) => Math.min(axis.max, Math.max(axis.min, value));
	return { x: clamp(values.x + dx, axes.x), y: clamp(values.y + dy, axes.y) };
}
