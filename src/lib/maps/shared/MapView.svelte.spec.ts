import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { tick } from 'svelte';
import { AT_ONCE_UNITS, sceneUnits } from './drawn-counts';
import { render } from 'vitest-browser-svelte';
import MapView from './MapView.svelte';
import type { MapScene, SceneLink, SceneNode } from './scene';

// Interest 0–100 over x 0–400, influence 0–100 over y 400 (bottom) – 0 (top).
const node = (id: string, x: number, y: number): SceneNode => ({
	id,
	record: 'stakeholders',
	x,
	y,
	r: 10,
	fill: '#888888',
	className: '',
	name: `Stakeholder ${id}`,
	description: `Stakeholder ${id}.`,
	label: { text: id, x: x + 14, y: y + 4, anchor: 'start', truncated: false },
	warnings: []
});

const scene: MapScene = {
	kind: 'stakeholders',
	title: 'Test map',
	summary: 'Two stakeholders.',
	width: 400,
	height: 400,
	background: [{ type: 'rect', x: 0, y: 0, width: 400, height: 400, className: 'map-plot' }],
	links: [],
	nodes: [node('a', 100, 300), node('b', 300, 100)],
	foreground: [],
	legend: [],
	axes: {
		x: { field: 'interest', min: 0, max: 100, from: 0, to: 400 },
		y: { field: 'influence', min: 0, max: 100, from: 400, to: 0 }
	}
};

function clientPoint(x: number, y: number): { clientX: number; clientY: number } {
	const plot = document.querySelector('svg.canal-map > g') as SVGGElement;
	const point = new DOMPoint(x, y).matrixTransform(plot.getScreenCTM()!);
	return { clientX: point.x, clientY: point.y };
}

function pointer(target: Element, type: string, x: number, y: number): void {
	target.dispatchEvent(
		new PointerEvent(type, {
			bubbles: true,
			cancelable: true,
			pointerId: 1,
			pointerType: 'mouse',
			isPrimary: true,
			button: 0,
			buttons: type === 'pointerup' ? 0 : 1,
			...clientPoint(x, y)
		})
	);
}

async function renderMap(extra: Record<string, unknown> = {}) {
	const moves: [string, { x: number; y: number }][] = [];
	const drags: unknown[] = [];
	const opened: string[] = [];
	const values = new Map([
		['a', { x: 25, y: 25 }],
		['b', { x: 75, y: 75 }]
	]);
	const screen = await render(MapView, {
		scene,
		editable: true,
		valuesOf: (id: string) => values.get(id),
		onmove: (id: string, value: { x: number; y: number }) => moves.push([id, value]),
		ondrag: (drag: unknown) => drags.push(drag),
		onopen: (id: string) => opened.push(id),
		...extra
	});
	return { screen, moves, drags, opened };
}

describe('MapView', () => {
	it('writes the influence and interest under the pointer when a dot is dragged', async () => {
		const { moves, drags } = await renderMap();
		const dot = document.querySelector('[data-id="a"]')!;
		pointer(dot, 'pointerdown', 100, 300);
		pointer(dot, 'pointermove', 150, 250);
		pointer(dot, 'pointermove', 200, 200);
		pointer(dot, 'pointerup', 200, 200);
		expect(moves).toEqual([['a', { x: 50, y: 50 }]]);
		// Others were told where it was, then that the drag ended.
		expect(drags.at(0)).toMatchObject({ id: 'a' });
		expect(drags.at(-1)).toBeNull();
	});

	it('sizes the dots’ hit areas from the width it is drawn at, on the dots’ group alone', async () => {
		await renderMap();
		const frame = document.querySelector('.map-frame') as HTMLElement;
		frame.style.width = '200px';
		const scale = () =>
			(document.querySelector('.map-nodes') as SVGGElement).style.getPropertyValue('--map-px');
		// 200 CSS px for a 400-unit scene, once the frame's size is reported after layout.
		await expect.poll(scale).toBe('0.5');
		expect((document.querySelector('svg.canal-map') as SVGElement).style.length).toBe(0);
		const hit = document.querySelector('[data-id="a"] .map-hit') as SVGCircleElement;
		// 12.5 CSS px at half scale: 25 units of scene.
		expect(Number.parseFloat(getComputedStyle(hit).r)).toBe(25);
		frame.style.width = '400px';
		await expect.poll(scale).toBe('1');
	});

	it('treats a click without movement as a selection, not a move', async () => {
		const { moves } = await renderMap();
		const dot = document.querySelector('[data-id="b"]')!;
		pointer(dot, 'pointerdown', 300, 100);
		pointer(dot, 'pointerup', 301, 100);
		await tick();
		expect(moves).toEqual([]);
		expect(dot.classList.contains('is-selected')).toBe(true);
	});

	it('moves the selection with arrows, the record with Shift+arrows, and opens it with Enter', async () => {
		const { moves, opened } = await renderMap();
		const map = page.getByRole('application');
		(map.element() as SVGElement).focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(document.querySelector('[data-id="b"]')!.classList.contains('is-selected')).toBe(true);
		await userEvent.keyboard('{ArrowDown}');
		expect(document.querySelector('[data-id="a"]')!.classList.contains('is-selected')).toBe(true);
		await userEvent.keyboard('{Shift>}{ArrowUp}{ArrowRight}{/Shift}');
		expect(moves).toEqual([
			['a', { x: 25, y: 30 }],
			['a', { x: 30, y: 25 }]
		]);
		await userEvent.keyboard('{Enter}');
		expect(opened).toEqual(['a']);
	});

	it('selects every dot inside a Shift-drawn rectangle', async () => {
		await renderMap();
		const svg = document.querySelector('svg.canal-map')!;
		const shift = { shiftKey: true };
		for (const [type, x, y] of [
			['pointerdown', 10, 10],
			['pointermove', 390, 390],
			['pointerup', 390, 390]
		] as const)
			svg.dispatchEvent(
				new PointerEvent(type, {
					bubbles: true,
					pointerId: 1,
					button: 0,
					...shift,
					...clientPoint(x, y)
				})
			);
		await tick();
		expect(document.querySelectorAll('.map-node-group.is-selected')).toHaveLength(2);
	});

	it('draws a dot someone else is dragging where they hold it, with their name', async () => {
		await renderMap({
			remoteDrags: [{ id: 'b', x: 50, y: 50, name: 'Ana', color: '#5b3f8c' }]
		});
		const dot = document.querySelector('[data-id="b"]') as SVGGElement;
		expect(dot.style.transform).toBe('translate(200px, 200px)');
		expect(dot.textContent).toContain('Ana');
	});

	it('does not move dots when not editable', async () => {
		const { moves } = await renderMap({ editable: false });
		const dot = document.querySelector('[data-id="a"]')!;
		pointer(dot, 'pointerdown', 100, 300);
		pointer(dot, 'pointermove', 200, 200);
		pointer(dot, 'pointerup', 200, 200);
		(page.getByRole('application').element() as SVGElement).focus();
		await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
		expect(moves).toEqual([]);
	});
});

/** A platform-map-sized scene: 300 dots on the left, 40 on the right, 1,500 links between them. */
function largeScene(): MapScene {
	const left = Array.from({ length: 300 }, (_, i) => node(`s${i}`, 100, 10 + i * 3));
	const right = Array.from({ length: 40 }, (_, i) => node(`p${i}`, 300, 10 + i * 20));
	const links: SceneLink[] = Array.from({ length: 1_500 }, (_, i) => {
		const source = left[i % 300]!;
		const target = right[(i * 7) % 40]!;
		return {
			id: `${source.id}:${target.id}:${i}`,
			source: source.id,
			target: target.id,
			d: `M${source.x},${source.y}L${target.x},${target.y}`,
			width: 1,
			strength: 1,
			className: 'map-link strength-1'
		};
	});
	return {
		kind: 'platforms',
		title: 'Large test map',
		summary: 'Three hundred stakeholders, forty platforms.',
		width: 400,
		height: 920,
		background: [],
		links,
		nodes: [...left, ...right],
		foreground: [],
		legend: []
	};
}

describe('MapView, a large map', () => {
	it('draws its dots and links over several tasks and shows them all at once', async () => {
		const large = largeScene();
		expect(sceneUnits(large.links.length, large.nodes.length)).toBeGreaterThan(AT_ONCE_UNITS);
		await render(MapView, { scene: large });
		const drawn = () => document.querySelectorAll('.map-node-group').length;
		const hidden = () =>
			[...document.querySelectorAll('.map-links, .map-nodes')].map((group) =>
				group.getAttribute('visibility')
			);
		// Right after mounting, part of the map at most, and nothing of it visible yet.
		expect(drawn()).toBeLessThan(large.nodes.length);
		expect(hidden()).toEqual(['hidden', 'hidden']);
		await expect.poll(() => hidden(), { timeout: 10_000 }).toEqual([null, null]);
		expect(drawn()).toBe(large.nodes.length);
		expect(document.querySelectorAll('path.map-link')).toHaveLength(large.links.length);
	});

	it('lights up a dot and what it links to while the pointer is over it', async () => {
		const large = largeScene();
		await render(MapView, { scene: large, highlightNeighbours: true });
		await expect
			.poll(() => document.querySelector('.map-nodes')?.getAttribute('visibility'))
			.toBeNull();
		const label = document.querySelector('[data-id="p3"] text')!;
		label.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
		await tick();
		const lit = [...document.querySelectorAll('.map-node-group.is-highlighted')].map((group) =>
			group.getAttribute('data-id')
		);
		expect(lit).toContain('p3');
		expect(lit).not.toContain('p4');
		expect(document.querySelector('[data-id="p4"]')!.classList.contains('is-dimmed')).toBe(true);
		// Its links (only platforms' links end on it) are lit, every other link is dimmed.
		const toP3 = large.links.filter((link) => link.target === 'p3').length;
		expect(toP3).toBeGreaterThan(0);
		expect(document.querySelectorAll('path.map-link.is-highlighted')).toHaveLength(toP3);
		expect(document.querySelectorAll('path.map-link.is-dimmed')).toHaveLength(
			large.links.length - toP3
		);
		// Moving onto another part of the same dot keeps it lit; leaving for the background does not.
		const circle = document.querySelector('[data-id="p3"] circle.map-node')!;
		label.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: circle }));
		await tick();
		expect(document.querySelector('[data-id="p3"]')!.classList.contains('is-highlighted')).toBe(
			true
		);
		circle.dispatchEvent(
			new PointerEvent('pointerout', {
				bubbles: true,
				relatedTarget: document.querySelector('svg.canal-map')
			})
		);
		await tick();
		expect(document.querySelectorAll('.map-node-group.is-highlighted')).toHaveLength(0);
		expect(document.querySelectorAll('.is-dimmed')).toHaveLength(0);
	});
});
