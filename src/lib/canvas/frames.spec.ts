import { describe, expect, it } from 'vitest';
import {
	clusterAt,
	clusterChanges,
	frameAround,
	frameOf,
	membership,
	moveFrame,
	type Frame
} from './frames';
import type { Rect } from './geometry';

const r = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

const frames: Frame[] = [
	{ id: 'big', rect: r(0, 0, 1000, 1000) },
	{ id: 'inner', rect: r(100, 100, 300, 300) },
	{ id: 'left', rect: r(2000, 0, 500, 500) },
	{ id: 'right', rect: r(2500, 0, 500, 500) },
	{ id: 'twin-a', rect: r(5000, 0, 400, 400), z: 'a1' },
	{ id: 'twin-b', rect: r(5100, 0, 400, 400), z: 'a0' },
	{ id: 'same-b', rect: r(8000, 0, 400, 400) },
	{ id: 'same-a', rect: r(8000, 0, 400, 400) }
];

describe('frameOf', () => {
	it.each([
		['a point in one frame', { x: 900, y: 900 }, 'big'],
		['a point in a nested frame: the smaller wins', { x: 200, y: 200 }, 'inner'],
		['a note whose centre is in the nested frame', r(300, 300, 160, 120), 'inner'],
		['a note whose centre is outside the nested frame', r(350, 350, 160, 120), 'big'],
		['the shared border of two frames side by side', { x: 2500, y: 10 }, 'right'],
		['overlap of equal frames: the topmost wins', { x: 5200, y: 10 }, 'twin-a'],
		['identical frames without keys: the first id wins', { x: 8100, y: 10 }, 'same-a'],
		['outside every frame', { x: -10, y: 10 }, null],
		['a note overlapping a frame with its centre outside', r(-100, 0, 160, 120), null]
	])('%s', (_, target, expected) => {
		expect(frameOf(target, frames)?.id ?? null).toBe(expected);
	});

	it('does not depend on the order of the frames', () => {
		const reversed = [...frames].reverse();
		for (const x of [200, 900, 2500, 5200, 8100]) {
			expect(frameOf({ x, y: 10 }, reversed)?.id).toBe(frameOf({ x, y: 10 }, frames)?.id);
		}
	});

	it('finds nothing without frames', () => {
		expect(frameOf({ x: 0, y: 0 }, [])).toBeNull();
	});
});

describe('membership', () => {
	it('maps every note to its frame or to null', () => {
		const notes = [
			{ id: 'n1', rect: r(150, 150, 160, 120) },
			{ id: 'n2', rect: r(600, 600, 160, 120) },
			{ id: 'n3', rect: r(-500, 0, 160, 120) }
		];
		expect(membership(notes, frames)).toEqual(
			new Map([
				['n1', 'inner'],
				['n2', 'big'],
				['n3', null]
			])
		);
	});
});

describe('frameAround', () => {
	it.each([
		['nothing selected', [], 10, 0, null],
		['one note', [r(0, 0, 160, 120)], 20, 0, r(-20, -20, 200, 160)],
		[
			'two notes with room for a name',
			[r(0, 0, 10, 10), r(100, 50, 10, 10)],
			5,
			30,
			r(-5, -35, 120, 100)
		],
		['a negative padding counts as none', [r(0, 0, 10, 10)], -5, -5, r(0, 0, 10, 10)],
		[
			'notes at the edge stay inside the limits',
			[r(1_000_000, 0, 10, 10)],
			20,
			0,
			r(999_980, -20, 50, 50)
		]
	])('%s', (_, rects, padding, header, expected) => {
		expect(frameAround(rects, padding, header)).toEqual(expected);
	});

	it('contains every selected note with its padding', () => {
		const rects = [r(10, 10, 160, 120), r(400, -30, 160, 120), r(200, 300, 160, 120)];
		const around = frameAround(rects, 24, 40) as Rect;
		for (const rect of rects) {
			expect(rect.x - around.x).toBeGreaterThanOrEqual(24);
			expect(rect.y - around.y).toBeGreaterThanOrEqual(64);
			expect(around.x + around.width - (rect.x + rect.width)).toBeGreaterThanOrEqual(24);
			expect(around.y + around.height - (rect.y + rect.height)).toBeGreaterThanOrEqual(24);
			expect(frameOf(rect, [{ id: 'new', rect: around }])?.id).toBe('new');
		}
	});
});

describe('moveFrame', () => {
	it('moves the frame and only its own notes', () => {
		const notes = [
			{ id: 'in-inner', rect: r(150, 150, 160, 120) },
			{ id: 'in-big', rect: r(600, 600, 160, 120) },
			{ id: 'outside', rect: r(-500, 0, 160, 120) }
		];
		const inner = frames[1] as Frame;
		expect(moveFrame(inner, frames, notes, 10, -20)).toEqual({
			rect: r(110, 80, 300, 300),
			notes: new Map([['in-inner', { x: 160, y: 130 }]])
		});
		const big = frames[0] as Frame;
		expect(moveFrame(big, frames, notes, 5, 5).notes).toEqual(
			new Map([['in-big', { x: 605, y: 605 }]])
		);
	});
});

describe('clusterAt and clusterChanges', () => {
	const named = [
		{ id: 'f1', name: 'Audience', rect: r(0, 0, 500, 500) },
		{ id: 'f2', name: 'Tone', rect: r(600, 0, 500, 500) }
	];

	it.each([
		[r(10, 10, 160, 120), 'Audience'],
		[r(700, 100, 160, 120), 'Tone'],
		[r(2000, 0, 160, 120), '']
	])('a note at %j is in %j', (rect, expected) => {
		expect(clusterAt(rect, named)).toBe(expected);
	});

	it('lists only the notes whose cluster must change', () => {
		const notes = [
			{ id: 'stays', rect: r(10, 10, 160, 120), cluster: 'Audience' },
			{ id: 'dropped', rect: r(700, 100, 160, 120), cluster: 'Audience' },
			{ id: 'left', rect: r(2000, 0, 160, 120), cluster: 'Tone' },
			{ id: 'outside', rect: r(3000, 0, 160, 120), cluster: '' }
		];
		expect(clusterChanges(notes, named)).toEqual(
			new Map([
				['dropped', 'Tone'],
				['left', '']
			])
		);
		const renamed = [{ ...named[0]!, name: 'Who we talk to' }, named[1]!];
		expect(clusterChanges(notes, renamed)).toEqual(
			new Map([
				['stays', 'Who we talk to'],
				['dropped', 'Tone'],
				['left', '']
			])
		);
	});
});
