import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import type { Point, Rect } from './geometry';
import {
	arrowMove,
	centreOn,
	clampScale,
	clampView,
	coversView,
	fitAll,
	OPENING_ZOOM_MIN,
	openingView,
	panBy,
	rectToScreen,
	toScreen,
	toWorld,
	viewForKey,
	viewportCentre,
	visibleItems,
	visibleWorld,
	zoomAbout,
	zoomTo,
	type View
} from './viewport';

const size = { width: 800, height: 600 };
const IDENTITY: View = { x: 0, y: 0, k: 1 };
const close = (actual: Point, expected: Point) => {
	expect(actual.x).toBeCloseTo(expected.x, 9);
	expect(actual.y).toBeCloseTo(expected.y, 9);
};

describe('toScreen and toWorld', () => {
	it.each([
		[
			{ x: 0, y: 0, k: 1 },
			{ x: 10, y: 20 },
			{ x: 10, y: 20 }
		],
		[
			{ x: 100, y: 50, k: 1 },
			{ x: 10, y: 20 },
			{ x: 110, y: 70 }
		],
		[
			{ x: 100, y: 50, k: 2 },
			{ x: 10, y: 20 },
			{ x: 120, y: 90 }
		],
		[
			{ x: -30, y: 0, k: 0.5 },
			{ x: -100, y: 40 },
			{ x: -80, y: 20 }
		]
	])('%j maps %j to %j and back', (view, world, screen) => {
		expect(toScreen(view, world)).toEqual(screen);
		close(toWorld(view, screen), world);
	});

	it('agrees with d3-zoom', () => {
		const view = { x: 37, y: -12, k: 1.7 };
		const transform = zoomIdentity.translate(view.x, view.y).scale(view.k);
		const [x, y] = transform.apply([15, 25]);
		close(toScreen(view, { x: 15, y: 25 }), { x, y });
		const [wx, wy] = transform.invert([300, 200]);
		close(toWorld(view, { x: 300, y: 200 }), { x: wx, y: wy });
	});

	it('scales rectangles', () => {
		expect(rectToScreen({ x: 10, y: 10, k: 2 }, { x: 5, y: 5, width: 10, height: 20 })).toEqual({
			x: 20,
			y: 20,
			width: 20,
			height: 40
		});
	});
});

describe('clampScale and clampView', () => {
	it.each([
		[1, 1],
		[0.01, 0.1],
		[10, 4],
		[NaN, 1],
		[Infinity, 4],
		[-1, 0.1]
	])('%s → %s', (k, expected) => {
		expect(clampScale(k)).toBe(expected);
	});

	it('makes a broken view usable', () => {
		expect(clampView({ x: NaN, y: Infinity, k: 0 })).toEqual({ x: 0, y: 0, k: 0.1 });
	});
});

describe('zooming', () => {
	it.each([
		[{ x: 0, y: 0, k: 1 }, { x: 400, y: 300 }, 2],
		[{ x: 120, y: -40, k: 0.5 }, { x: 10, y: 500 }, 1.25],
		[{ x: 0, y: 0, k: 1 }, { x: 0, y: 0 }, 0.8]
	])('%j about %j by %s keeps the point under it', (view, at, factor) => {
		const before = toWorld(view, at);
		const after = zoomAbout(view, at, factor);
		expect(after.k).toBeCloseTo(view.k * factor, 9);
		close(toWorld(after, at), before);
	});

	it.each([
		[100, 4],
		[0.0001, 0.1]
	])('clamps a zoom to %s to %s', (k, expected) => {
		const at = { x: 200, y: 100 };
		const before = toWorld(IDENTITY, at);
		const after = zoomTo(IDENTITY, at, k);
		expect(after.k).toBe(expected);
		close(toWorld(after, at), before);
	});

	it.each([
		['+', 1.25],
		['=', 1.25],
		['-', 0.8],
		['_', 0.8],
		['0', 1]
	])('key %s zooms about the middle of the viewport to %s', (key, k) => {
		const view = { x: 50, y: 60, k: 1 };
		const centre = viewportCentre(view, size);
		const next = viewForKey(view, key, size) as View;
		expect(next.k).toBeCloseTo(k, 9);
		close(viewportCentre(next, size), centre);
	});

	it.each(['a', 'Enter', '1'])('ignores the key %s', (key) => {
		expect(viewForKey(IDENTITY, key, size)).toBeNull();
	});

	it('stops at the limits however often + is pressed', () => {
		let view: View = IDENTITY;
		for (let i = 0; i < 50; i++) view = viewForKey(view, '+', size) as View;
		expect(view.k).toBe(4);
		for (let i = 0; i < 50; i++) view = viewForKey(view, '-', size) as View;
		expect(view.k).toBe(0.1);
	});
});

describe('panning and centring', () => {
	it('pans by screen pixels', () => {
		expect(panBy({ x: 1, y: 2, k: 3 }, 10, -5)).toEqual({ x: 11, y: -3, k: 3 });
	});

	it.each([
		[{ x: 0, y: 0 }, 1],
		[{ x: 5000, y: -300 }, 0.5]
	])('centres on %j at scale %s', (point, k) => {
		close(viewportCentre(centreOn({ x: 9, y: 9, k }, size, point), size), point);
	});
});

describe('visibleWorld', () => {
	it.each([
		[IDENTITY, 0, { x: 0, y: 0, width: 800, height: 600 }],
		[{ x: -100, y: -200, k: 2 }, 0, { x: 50, y: 100, width: 400, height: 300 }],
		[IDENTITY, 100, { x: -100, y: -100, width: 1000, height: 800 }]
	])('%j with margin %s → %j', (view, margin, expected) => {
		expect(visibleWorld(view, size, margin)).toEqual(expected);
	});
});

describe('coversView: the notes rendered for one view, with a 200 px margin, still cover another', () => {
	const centre = { x: 400, y: 300 };
	it.each([
		['the same view', IDENTITY, true],
		['a pan within the margin', { x: -150, y: 100, k: 1 }, true],
		['a pan to the margin exactly', { x: -200, y: -200, k: 1 }, true],
		['a pan past the margin', { x: -250, y: 0, k: 1 }, false],
		['a pan the other way past it', { x: 0, y: 201, k: 1 }, false],
		['zoomed in about the middle', zoomAbout(IDENTITY, centre, 2), true],
		['zoomed out a little', zoomAbout(IDENTITY, centre, 0.8), true],
		['zoomed out past the margin', zoomAbout(IDENTITY, centre, 0.5), false]
	])('%s → %s', (_, view, expected) => {
		expect(coversView(IDENTITY, view, size, 200)).toBe(expected);
	});
});

describe('fitAll', () => {
	const rect = (x: number, y: number, width: number, height: number): Rect => ({
		x,
		y,
		width,
		height
	});

	it.each([
		['a wide board', [rect(0, 0, 4000, 1000)], 0.18],
		['a tall board', [rect(-500, -500, 100, 5200)], 0.1],
		['one note never zooms in beyond 100%', [rect(10, 10, 160, 120)], 1],
		['two far notes', [rect(0, 0, 160, 120), rect(1440, 1000, 160, 120)], 0.45]
	])('%s', (_, rects, k) => {
		const view = fitAll(rects, size, { padding: 40 });
		expect(view.k).toBeCloseTo(k, 9);
		const seen = visibleWorld(view, size);
		for (const r of rects) {
			if (k > 0.1) {
				expect(r.x).toBeGreaterThanOrEqual(seen.x);
				expect(r.x + r.width).toBeLessThanOrEqual(seen.x + seen.width + 1e-9);
				expect(r.y + r.height).toBeLessThanOrEqual(seen.y + seen.height + 1e-9);
			}
		}
	});

	it('centres the content', () => {
		const view = fitAll([rect(100, 100, 200, 100)], size);
		close(viewportCentre(view, size), { x: 200, y: 150 });
	});

	it('shows the origin in the middle of an empty canvas', () => {
		expect(fitAll([], size)).toEqual({ x: 400, y: 300, k: 1 });
	});
});

describe('openingView', () => {
	const note = (x: number, y: number): Rect => ({ x, y, width: 160, height: 120 });
	const phone = { width: 390, height: 500 };
	const row = (count: number) => Array.from({ length: count }, (_, i) => note(i * 176, 0));

	it.each([
		['a few notes on a desktop: whole, as "Fit all"', row(4), size, 'whole'],
		['a few notes on a phone: whole', row(2), phone, 'whole'],
		['a long row on a phone: notes stay 26 px tall, from the start', row(30), phone, 'start'],
		[
			'a far outlier does not decide where it starts',
			[...row(3), note(1_000_000, -1_000_000)],
			phone,
			'start'
		]
	] as const)('%s', (_, rects, screen, expected) => {
		const view = openingView(rects, screen, { padding: 40 });
		if (expected === 'whole') {
			expect(view).toEqual(fitAll(rects, screen, { padding: 40 }));
			return;
		}
		expect(view.k).toBe(OPENING_ZOOM_MIN);
		expect(NOTE_SIZE_ON_SCREEN(view)).toBeGreaterThanOrEqual(24);
		// The first note of the row sits at the top-left, inside the padding.
		expect(toScreen(view, { x: 0, y: 0 })).toEqual({ x: 40, y: 40 });
	});
});

/** How tall a note is on screen in `view`. */
const NOTE_SIZE_ON_SCREEN = (view: View) => 120 * view.k;

describe('arrowMove', () => {
	it.each([
		['ArrowLeft', false, { x: -20, y: 0 }],
		['ArrowRight', false, { x: 20, y: 0 }],
		['ArrowUp', true, { x: 0, y: -100 }],
		['ArrowDown', true, { x: 0, y: 100 }],
		['Tab', false, null]
	])('%s (Shift: %s) → %j', (key, shift, expected) => {
		expect(arrowMove(key, shift)).toEqual(expected);
	});
});

describe('visibleItems', () => {
	const items = Array.from({ length: 100 }, (_, i) => ({
		id: `n${i}`,
		rect: { x: (i % 10) * 200, y: Math.floor(i / 10) * 200, width: 160, height: 120 }
	}));

	it.each([
		['the top-left corner at 100%', IDENTITY, 0, 12],
		['the same with a margin', IDENTITY, 100, 20],
		['zoomed out over everything', { x: 0, y: 0, k: 0.25 }, 0, 100],
		['far away', { x: 100_000, y: 0, k: 1 }, 200, 0]
	])('%s', (_, view, margin, count) => {
		const visible = visibleItems(items, view, size, margin);
		expect(visible.length).toBe(count);
		// In the caller's order, so stacking is kept.
		expect(visible).toEqual(items.filter((item) => visible.includes(item)));
	});
});
