/**
 * The pan and zoom of one person's view of a canvas, as pure math.
 *
 * A view is not shared: each person pans and zooms alone, so it never enters the plan. It has the same
 * fields as d3-zoom's ZoomTransform (screen = world × k + (x, y)), so the component that reads gestures
 * with d3-zoom can hand its transform here and build one back with
 * `zoomIdentity.translate(x, y).scale(k)`; everything else (keyboard steps, "Fit all", which notes to
 * render) stays testable without a DOM.
 *
 * Only notes in or near the viewport are rendered as DOM, so a board of thousands of notes costs what the
 * visible part costs; `visibleItems` decides which.
 */
import { containsRect, overlaps, unionOf, type Point, type Rect, type Size } from './geometry';
import { GRID_STEP, LARGE_STEP, NOTE_SIZE } from './metrics';

export interface View {
	readonly x: number;
	readonly y: number;
	/** Scale: screen pixels per world unit. */
	readonly k: number;
}

export interface ZoomLimits {
	readonly min: number;
	readonly max: number;
}

export const IDENTITY_VIEW: View = { x: 0, y: 0, k: 1 };

/** From a tenth (a whole wall of notes on one screen) to four times (reading small text on a phone). */
export const ZOOM_LIMITS: ZoomLimits = { min: 0.1, max: 4 };

/** How much one `+` or `-` zooms. */
export const ZOOM_STEP = 1.25;

/** How far beyond the viewport's edges (in screen pixels) notes are still rendered, so a pan shows no gap. */
export const RENDER_MARGIN = 200;

/**
 * Below this zoom a note's text is under 4 px tall, too small to read: notes are drawn as coloured
 * cards without their text (each still has its accessible name), so a pan over a wall of thousands
 * lays out no text.
 */
export const FAR_ZOOM = 0.25;

export function clampScale(k: number, limits: ZoomLimits = ZOOM_LIMITS): number {
	if (Number.isNaN(k)) return 1;
	return Math.min(limits.max, Math.max(limits.min, k));
}

/** A view that is safe to use: finite offsets and a scale within the limits. */
export function clampView(view: View, limits: ZoomLimits = ZOOM_LIMITS): View {
	return {
		x: Number.isFinite(view.x) ? view.x : 0,
		y: Number.isFinite(view.y) ? view.y : 0,
		k: clampScale(view.k, limits)
	};
}

export function toScreen(view: View, point: Point): Point {
	return { x: point.x * view.k + view.x, y: point.y * view.k + view.y };
}

export function toWorld(view: View, point: Point): Point {
	return { x: (point.x - view.x) / view.k, y: (point.y - view.y) / view.k };
}

export function rectToScreen(view: View, rect: Rect): Rect {
	const { x, y } = toScreen(view, rect);
	return { x, y, width: rect.width * view.k, height: rect.height * view.k };
}

/** The part of the world a viewport of `size` shows, grown by `margin` screen pixels on every side. */
export function visibleWorld(view: View, size: Size, margin = 0): Rect {
	const { x, y } = toWorld(view, { x: 0 - margin, y: 0 - margin });
	return {
		x,
		y,
		width: (size.width + 2 * margin) / view.k,
		height: (size.height + 2 * margin) / view.k
	};
}

/**
 * Whether the notes rendered for the view `renderedFor` (those within `margin` screen pixels of its
 * viewport) still cover all that `view` shows: while they do, a pan need not choose them again.
 */
export function coversView(renderedFor: View, view: View, size: Size, margin: number): boolean {
	return containsRect(visibleWorld(renderedFor, size, margin), visibleWorld(view, size));
}

/** The world point at the middle of the viewport: where `N` puts a new note. */
export function viewportCentre(view: View, size: Size): Point {
	return toWorld(view, { x: size.width / 2, y: size.height / 2 });
}

/** Zooms to scale `k` (clamped) keeping the world point under `screenPoint` where it is. */
export function zoomTo(
	view: View,
	screenPoint: Point,
	k: number,
	limits: ZoomLimits = ZOOM_LIMITS
): View {
	const scale = clampScale(k, limits);
	const world = toWorld(view, screenPoint);
	return { x: screenPoint.x - world.x * scale, y: screenPoint.y - world.y * scale, k: scale };
}

/** Zooms by a factor about a screen point (the pointer for the wheel, the centre for keys). */
export function zoomAbout(
	view: View,
	screenPoint: Point,
	factor: number,
	limits: ZoomLimits = ZOOM_LIMITS
): View {
	return zoomTo(view, screenPoint, view.k * factor, limits);
}

/** Moves the view by screen pixels (a drag on empty canvas). */
export function panBy(view: View, dx: number, dy: number): View {
	return { x: view.x + dx, y: view.y + dy, k: view.k };
}

/** Keeps the scale and puts a world point in the middle of the viewport (following a note or a person). */
export function centreOn(view: View, size: Size, point: Point): View {
	return { x: size.width / 2 - point.x * view.k, y: size.height / 2 - point.y * view.k, k: view.k };
}

export interface FitOptions {
	/** Screen pixels kept free around the content. */
	readonly padding?: number;
	readonly limits?: ZoomLimits;
	/** "Fit all" of a few notes should not blow them up: by default it never zooms in beyond 100%. */
	readonly maxScale?: number;
}

/** "Fit all": the view that shows every one of `rects`, centred, with padding. */
export function fitAll(rects: readonly Rect[], size: Size, options: FitOptions = {}): View {
	const padding = options.padding ?? 40;
	const limits = options.limits ?? ZOOM_LIMITS;
	const around = unionOf(rects);
	if (around === null) return { x: size.width / 2, y: size.height / 2, k: 1 };
	const room = (length: number) => Math.max(1, length - 2 * padding);
	const k = clampScale(
		Math.min(
			around.width > 0 ? room(size.width) / around.width : Infinity,
			around.height > 0 ? room(size.height) / around.height : Infinity,
			options.maxScale ?? 1
		),
		limits
	);
	return centreOn({ x: 0, y: 0, k }, size, {
		x: around.x + around.width / 2,
		y: around.y + around.height / 2
	});
}

/**
 * The smallest zoom a board opens at: a note is then 26 px tall on screen, a finger's target (WCAG
 * 2.2 asks for 24). Zooming out further, or "Fit all", still shows more at once.
 */
export const OPENING_ZOOM_MIN = 26 / NOTE_SIZE.height;

/**
 * How a board first shows: whole ("Fit all"), unless that makes its notes smaller than a finger's
 * target (a big board on a phone). Then at the smallest zoom where they are not, from where the
 * board starts: the top-left corner of the thing nearest the origin, where the default layout
 * begins (a note dragged far away does not decide what a person sees first).
 */
export function openingView(rects: readonly Rect[], size: Size, options: FitOptions = {}): View {
	const whole = fitAll(rects, size, options);
	if (whole.k >= OPENING_ZOOM_MIN || rects.length === 0) return whole;
	const padding = options.padding ?? 40;
	let start = rects[0]!;
	for (const rect of rects) {
		if (Math.hypot(rect.x, rect.y) < Math.hypot(start.x, start.y)) start = rect;
	}
	const k = OPENING_ZOOM_MIN;
	return { x: padding - start.x * k, y: padding - start.y * k, k };
}

/**
 * The view after a zoom key: `+` (or `=`, the same key without Shift) zooms in, `-` zooms out, `0` goes
 * back to 100%, each about the middle of the viewport. Null for any other key.
 */
export function viewForKey(
	view: View,
	key: string,
	size: Size,
	limits: ZoomLimits = ZOOM_LIMITS
): View | null {
	const centre = { x: size.width / 2, y: size.height / 2 };
	switch (key) {
		case '+':
		case '=':
			return zoomAbout(view, centre, ZOOM_STEP, limits);
		case '-':
		case '_':
			return zoomAbout(view, centre, 1 / ZOOM_STEP, limits);
		case '0':
			return zoomTo(view, centre, 1, limits);
		default:
			return null;
	}
}

/**
 * How far an arrow key moves the selection, in world units: one grid step, or a larger one with Shift.
 * Null for any other key. In world units, so a move is the same on the plan whatever the zoom.
 */
export function arrowMove(
	key: string,
	shift: boolean,
	steps: { readonly small: number; readonly large: number } = {
		small: GRID_STEP,
		large: LARGE_STEP
	}
): Point | null {
	const step = shift ? steps.large : steps.small;
	switch (key) {
		case 'ArrowLeft':
			return { x: -step, y: 0 };
		case 'ArrowRight':
			return { x: step, y: 0 };
		case 'ArrowUp':
			return { x: 0, y: -step };
		case 'ArrowDown':
			return { x: 0, y: step };
		default:
			return null;
	}
}

/**
 * The items to render: those whose rectangle meets the viewport grown by `margin` screen pixels, in
 * their given order (so the caller's stacking order is kept). A linear scan: 5,000 rectangles take well
 * under a millisecond, less than keeping an index up to date while people drag.
 */
export function visibleItems<T extends { readonly rect: Rect }>(
	items: readonly T[],
	view: View,
	size: Size,
	margin = RENDER_MARGIN
): T[] {
	const world = visibleWorld(view, size, margin);
	return items.filter((item) => overlaps(item.rect, world));
}
