import { describe, expect, it } from 'vitest';
import { findOverlap, rectAt, type Point, type Rect } from './geometry';
import { FRAME_GAP, NOTE_GAP, NOTE_SIZE } from './metrics';
import { isStackKey } from './stacking';
import type { BoardFrame, StickyNote } from '../domain/plan';
import {
	boardObstacles,
	COLUMN_PITCH,
	PILE_OFFSETS,
	PILE_STEP,
	revealLayout,
	revealOrigin,
	revealPlacement,
	revealStackKey,
	type RevealDraft,
	type RevealRound
} from './reveal-layout';

const ana = 'a'.repeat(26);
const ben = 'b'.repeat(26);
const cy = 'c'.repeat(26);
const pitch = NOTE_SIZE.height + NOTE_GAP;
const d = (id: string, created = 0): RevealDraft => ({ id, created });
const columns = (list: string[], origin: Point | null = { x: 0, y: 0 }): RevealRound => ({
	mode: 'columns',
	columns: list,
	origin
});
const note = (x: number, y: number): Rect => rectAt({ x, y }, NOTE_SIZE);
const entries = (positions: Map<string, Point>) => Object.fromEntries(positions);

describe('revealOrigin', () => {
	it.each<[string, Rect[], Point]>([
		['an empty board', [], { x: 0, y: 0 }],
		['one note', [note(100, 50)], { x: 100, y: 50 + NOTE_SIZE.height + FRAME_GAP }],
		[
			'notes left and below',
			[note(100, 50), note(-300, 400)],
			{ x: -300, y: 400 + NOTE_SIZE.height + FRAME_GAP }
		]
	])('%s', (_name, board, expected) => {
		expect(revealOrigin(board)).toEqual(expected);
	});
});

describe('revealLayout in columns', () => {
	it.each<[string, Parameters<typeof revealLayout>[0], Record<string, Point>]>([
		[
			'the first person: the first column, oldest note on top',
			{ round: columns([ana, ben]), person: ana, drafts: [d('n2', 2), d('n1', 1)], board: [] },
			{ n1: { x: 0, y: 0 }, n2: { x: 0, y: pitch } }
		],
		[
			'the second person: the second column',
			{ round: columns([ana, ben]), person: ben, drafts: [d('m1', 5)], board: [] },
			{ m1: { x: COLUMN_PITCH, y: 0 } }
		],
		[
			'someone missing from the list: the column after them',
			{ round: columns([ana, ben]), person: cy, drafts: [d('k1')], board: [] },
			{ k1: { x: 2 * COLUMN_PITCH, y: 0 } }
		],
		[
			'the same time: by id',
			{ round: columns([ana]), person: ana, drafts: [d('z1', 3), d('a1', 3)], board: [] },
			{ a1: { x: 0, y: 0 }, z1: { x: 0, y: pitch } }
		],
		[
			'a repeated draft counts once',
			{ round: columns([ana]), person: ana, drafts: [d('a1', 1), d('a1', 9)], board: [] },
			{ a1: { x: 0, y: 0 } }
		],
		[
			'from the round’s origin',
			{ round: columns([ana], { x: 40, y: 800 }), person: ana, drafts: [d('a1')], board: [] },
			{ a1: { x: 40, y: 800 } }
		],
		[
			'no origin written: below the board',
			{ round: columns([ana], null), person: ana, drafts: [d('a1')], board: [note(10, 20)] },
			{ a1: { x: 10, y: 20 + NOTE_SIZE.height + FRAME_GAP } }
		],
		[
			'a note placed in the column since the reveal: the column goes below it',
			{ round: columns([ana]), person: ana, drafts: [d('a1'), d('a2', 1)], board: [note(30, 100)] },
			{
				a1: { x: 0, y: 100 + NOTE_SIZE.height + NOTE_GAP },
				a2: { x: 0, y: 100 + NOTE_SIZE.height + NOTE_GAP + pitch }
			}
		],
		['no drafts: nothing', { round: columns([ana]), person: ana, drafts: [], board: [] }, {}]
	])('%s', (_name, input, expected) => {
		expect(entries(revealLayout(input))).toEqual(expected);
	});

	it('never overlaps the board or another person’s column, whoever publishes first', () => {
		const board = [note(0, 0), note(200, 0), note(0, 140)];
		const origin = revealOrigin(board);
		const round = columns([ana, ben, cy], origin);
		const people = [ana, ben, cy, 'd'.repeat(26)];
		const placed: Rect[] = [...board];
		// Each device publishes in turn and sees the board as the earlier ones left it.
		for (const [index, person] of [...people].reverse().entries()) {
			const drafts = Array.from({ length: index + 2 }, (_, k) => d(`${person.slice(0, 3)}${k}`, k));
			const positions = revealLayout({ round, person, drafts, board: placed });
			placed.push(...[...positions.values()].map((point) => rectAt(point, NOTE_SIZE)));
		}
		expect(findOverlap(placed)).toBeNull();
		expect(placed).toHaveLength(3 + 2 + 3 + 4 + 5);
	});

	it('clamps what hostile coordinates would push out of the canvas', () => {
		const round = columns([ana], { x: 999_999, y: 999_999 });
		const positions = revealLayout({
			round,
			person: ana,
			drafts: [d('a1'), d('a2', 1)],
			board: []
		});
		for (const point of positions.values()) {
			expect(Math.abs(point.x)).toBeLessThanOrEqual(1_000_000);
			expect(Math.abs(point.y)).toBeLessThanOrEqual(1_000_000);
		}
	});
});

describe('revealLayout stacked', () => {
	const round: RevealRound = { mode: 'stacked', columns: [ana, ben], origin: { x: 100, y: 200 } };

	it('piles everyone’s notes at the origin, placed by id alone', () => {
		const mine = revealLayout({ round, person: ana, drafts: [d('n1', 1), d('n2', 2)], board: [] });
		const same = revealLayout({ round, person: ben, drafts: [d('n2', 99), d('n1', 0)], board: [] });
		expect(entries(mine)).toEqual(entries(same));
		for (const point of mine.values()) {
			expect(point.x - 100).toBe(point.y - 200);
			expect(point.x - 100).toBeGreaterThanOrEqual(0);
			expect(point.x - 100).toBeLessThanOrEqual((PILE_OFFSETS - 1) * PILE_STEP);
			expect((point.x - 100) % PILE_STEP).toBe(0);
		}
	});

	it('goes below a note placed where the pile would be', () => {
		const positions = revealLayout({
			round,
			person: ana,
			drafts: [d('n1')],
			board: [note(100, 200)]
		});
		const point = positions.get('n1');
		expect(point?.y).toBeGreaterThanOrEqual(200 + NOTE_SIZE.height + NOTE_GAP);
	});
});

describe('revealStackKey', () => {
	it.each([
		['an id', 'k3x9abc', 'a0k3x9abc'],
		['trailing zeros go', 'ab00', 'a0ab'],
		['all zeros', '000000', 'a0'],
		['not an id', 'a b', 'a0']
	])('%s', (_name, id, expected) => {
		expect(revealStackKey(id)).toBe(expected);
		expect(isStackKey(revealStackKey(id))).toBe(true);
	});
});

describe('revealPlacement', () => {
	const stored = (id: string, x: number, y: number): StickyNote => ({
		id,
		order: 0,
		step: 'listening',
		text: id,
		color: 'yellow',
		position: [x, y],
		z: '',
		cluster: '',
		promotedTo: ''
	});
	const computed = (id: string, order: number): StickyNote => ({
		...stored(id, 0, 0),
		order,
		position: null
	});

	it('starts below the board: stored notes, computed ones and frames', () => {
		const frame: BoardFrame = {
			id: 'frame01',
			order: 0,
			step: 'listening',
			name: 'Press',
			rect: [0, 1_000, 400, 300],
			z: ''
		};
		const origin = revealPlacement.origin('listening', [stored('n1', 0, 0)], [frame]);
		expect(origin.y).toBe(1_300 + FRAME_GAP);
		const withComputed = revealPlacement.origin(
			'listening',
			[stored('n1', 0, 0), computed('n2', 1)],
			[]
		);
		expect(withComputed.y).toBeGreaterThan(NOTE_SIZE.height + FRAME_GAP);
	});

	it('fixes the computed places before the reveal', () => {
		const unsaved = revealPlacement.unsaved(
			'listening',
			[stored('n1', 0, 0), computed('n2', 1)],
			[]
		);
		expect([...unsaved.positions.keys()]).toEqual(['n2']);
	});

	it('places drafts with positions and id-derived stacking keys, clear of the board', () => {
		const notes = [stored('n1', 0, 0), computed('n2', 1)];
		const round = { step: 'listening' as const, ...columns([ana], null) };
		const places = revealPlacement.place(round, ana, [d('d1'), d('d2', 1)], notes, []);
		const rects = [
			...boardObstacles('listening', notes, []),
			...[...places.values()].map(({ position: [x, y] }) => rectAt({ x, y }, NOTE_SIZE))
		];
		expect(findOverlap(rects)).toBeNull();
		expect(places.get('d1')?.z).toBe('a0d1');
	});
});
