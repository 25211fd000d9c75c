import { COORDINATE_LIMIT } from '../domain/limits';

/**
 * Points and rectangles of a step's canvas, in world coordinates (the canvas's own units, before any
 * pan or zoom).
 *
 * Why this file exists: a note's position is stored as one `[x, y]` value per note, so the pair is
 * written and merged as a unit (last writer wins as a whole value): two people dropping the same note at
 * once end with one of the two drops everywhere, never x from one and y from the other. Everything read
 * back from a shared document or a workshop file may have been written by anyone, so it is read through
 * `readPoint`/`readRect`, which clamp NaN, infinities and coordinates beyond ±1,000,000 instead of letting
 * them reach the layout and the DOM.
 *
 * A note's stored position is the top-left corner of its rectangle.
 */

/** A place on the canvas. */
export interface Point {
	readonly x: number;
	readonly y: number;
}

/** A width and height, never negative. */
export interface Size {
	readonly width: number;
	readonly height: number;
}

/** An axis-aligned rectangle: top-left corner and size. */
export interface Rect extends Point, Size {}

/** How far from the origin anything may be placed; the same bound as the document schema's. */
export { COORDINATE_LIMIT };

/** The widest a rectangle can be while both of its edges stay inside the limits. */
export const SIZE_LIMIT = 2 * COORDINATE_LIMIT;

/**
 * A coordinate that is safe to lay out and render: NaN becomes 0, infinities and anything beyond the
 * limit become the limit, and -0 becomes 0 (so equal inputs give deep-equal outputs).
 */
export function clampCoordinate(value: number): number {
	if (Number.isNaN(value)) return 0;
	if (value > COORDINATE_LIMIT) return COORDINATE_LIMIT;
	if (value < -COORDINATE_LIMIT) return -COORDINATE_LIMIT;
	return value === 0 ? 0 : value;
}

/** A width or height that is safe: NaN and negatives become 0, anything huge becomes the limit. */
export function clampSize(value: number): number {
	if (Number.isNaN(value) || value <= 0) return 0;
	return Math.min(value, SIZE_LIMIT);
}

export function clampPoint(point: Point): Point {
	return { x: clampCoordinate(point.x), y: clampCoordinate(point.y) };
}

export function clampRect(rect: Rect): Rect {
	return {
		x: clampCoordinate(rect.x),
		y: clampCoordinate(rect.y),
		width: clampSize(rect.width),
		height: clampSize(rect.height)
	};
}

/**
 * Reads a stored `[x, y]` pair. Anything that is not an array of exactly two numbers is no position at
 * all (null: the note is placed by the default layout); numbers out of range are clamped.
 */
export function readPoint(value: unknown): Point | null {
	if (!Array.isArray(value) || value.length !== 2) return null;
	const [x, y] = value as unknown[];
	if (typeof x !== 'number' || typeof y !== 'number') return null;
	return { x: clampCoordinate(x), y: clampCoordinate(y) };
}

/** Reads a stored `[x, y, width, height]` rectangle, as `readPoint` reads a pair. */
export function readRect(value: unknown): Rect | null {
	if (!Array.isArray(value) || value.length !== 4) return null;
	const parts = value as unknown[];
	if (!parts.every((part) => typeof part === 'number')) return null;
	const [x, y, width, height] = parts as [number, number, number, number];
	return clampRect({ x, y, width, height });
}

/** The value to store for a position: clamped, as a pair. */
export function storedPoint(point: Point): [number, number] {
	const { x, y } = clampPoint(point);
	return [x, y];
}

/** The value to store for a rectangle: clamped, as `[x, y, width, height]`. */
export function storedRect(rect: Rect): [number, number, number, number] {
	const { x, y, width, height } = clampRect(rect);
	return [x, y, width, height];
}

export function rectAt(point: Point, size: Size): Rect {
	return { x: point.x, y: point.y, width: size.width, height: size.height };
}

/** The rectangle spanned by two corners in any order (a lasso drawn in any direction). */
export function rectBetween(a: Point, b: Point): Rect {
	const x = Math.min(a.x, b.x);
	const y = Math.min(a.y, b.y);
	return { x, y, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

export function centreOf(rect: Rect): Point {
	return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export function areaOf(rect: Size): number {
	return rect.width * rect.height;
}

export function translateRect(rect: Rect, dx: number, dy: number): Rect {
	return { ...rect, x: rect.x + dx, y: rect.y + dy };
}

/** The rectangle grown by `by` on every side (shrunk when negative, never below zero size). */
export function inflateRect(rect: Rect, by: number): Rect {
	const width = Math.max(0, rect.width + 2 * by);
	const height = Math.max(0, rect.height + 2 * by);
	return {
		x: rect.x + (rect.width - width) / 2,
		y: rect.y + (rect.height - height) / 2,
		width,
		height
	};
}

/** The smallest rectangle around all of them; null for none. */
export function unionOf(rects: Iterable<Rect>): Rect | null {
	let left = Infinity;
	let top = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	for (const rect of rects) {
		left = Math.min(left, rect.x);
		top = Math.min(top, rect.y);
		right = Math.max(right, rect.x + rect.width);
		bottom = Math.max(bottom, rect.y + rect.height);
	}
	if (left === Infinity) return null;
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The common part of two rectangles; null when they share no area (touching edges share none). */
export function intersectionOf(a: Rect, b: Rect): Rect | null {
	const left = Math.max(a.x, b.x);
	const top = Math.max(a.y, b.y);
	const right = Math.min(a.x + a.width, b.x + b.width);
	const bottom = Math.min(a.y + a.height, b.y + b.height);
	if (right <= left || bottom <= top) return null;
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Whether two rectangles share any area. Touching edges do not overlap, so notes laid out edge to edge
 * (or a gap apart) are never reported as overlapping; an empty rectangle overlaps nothing.
 */
export function overlaps(a: Rect, b: Rect): boolean {
	return (
		Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
		Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y)
	);
}

/**
 * Whether a rectangle contains a point. Left and top edges are inside, right and bottom edges are not,
 * so a point on the border between two frames side by side belongs to exactly one of them.
 */
export function containsPoint(rect: Rect, point: Point): boolean {
	return (
		point.x >= rect.x &&
		point.x < rect.x + rect.width &&
		point.y >= rect.y &&
		point.y < rect.y + rect.height
	);
}

/** Whether `inner` lies wholly inside `outer` (edges included). */
export function containsRect(outer: Rect, inner: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

/** The nearest multiple of `step` (for snapping a drop or a keyboard move to the grid). */
export function snapToGrid(point: Point, step: number): Point {
	if (!(step > 0)) return point;
	const snap = (value: number) => Math.round(value / step) * step || 0;
	return { x: snap(point.x), y: snap(point.y) };
}

/**
 * The first pair of rectangles (by index) that overlap, or null when none do. Sweeps along x, so checking
 * a laid-out board of thousands of notes stays cheap; layouts and their tests use it to prove "no overlap".
 */
export function findOverlap(rects: readonly Rect[]): [number, number] | null {
	const byLeft = rects
		.map((_, index) => index)
		.sort((a, b) => (rects[a] as Rect).x - (rects[b] as Rect).x);
	let found: [number, number] | null = null;
	for (let i = 0; i < byLeft.length; i++) {
		const a = rects[byLeft[i] as number] as Rect;
		for (let j = i + 1; j < byLeft.length; j++) {
			const b = rects[byLeft[j] as number] as Rect;
			if (b.x >= a.x + a.width) break;
			if (!overlaps(a, b)) continue;
			const pair: [number, number] = [
				Math.min(byLeft[i] as number, byLeft[j] as number),
				Math.max(byLeft[i] as number, byLeft[j] as number)
			];
			if (found === null || pair[0] < found[0] || (pair[0] === found[0] && pair[1] < found[1]))
				found = pair;
		}
	}
	return found;
}
