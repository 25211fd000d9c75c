import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { frameIdFor, boardLayout } from '../canvas/board-layout';
import { GRID_STEP, LARGE_STEP, NOTE_GAP, NOTE_SIZE } from '../canvas/metrics';
import { overlaps as overlapsRect } from '../canvas/geometry';
import { coversView, RENDER_MARGIN, visibleItems, type View } from '../canvas/viewport';
import { PlanDoc } from '../doc/plan-doc';
import type { Peer } from '../sync/presence';
import { canvasSession } from '../../../tests/factories/canvas-session';
import {
	BoardCanvas,
	MAX_RENDERED_NOTES,
	PREPARE_FROM,
	PRESENCE_INTERVAL_MS
} from './board-canvas.svelte';

/** A plan behind the parts of a session the canvas uses; presence messages are recorded. */
function setup(peers: Peer[] = []) {
	const plan = new PlanDoc(new Y.Doc());
	const { session, sent } = canvasSession(plan, { peers });
	const canvas = new BoardCanvas(session, 'purpose');
	canvas.setSize({ width: 1000, height: 800 });
	return { plan, canvas, sent };
}

const position = (plan: PlanDoc, id: string) => plan.get('notes', id)?.position;

afterEach(() => vi.useRealTimers());

describe('BoardCanvas: the first write', () => {
	it('stores every computed place and frame in the same undo step as the move', () => {
		const { plan, canvas } = setup();
		const a = plan.add('notes', { step: 'purpose', text: 'a', cluster: 'Risks' });
		const b = plan.add('notes', { step: 'purpose', text: 'b', cluster: 'Risks' });
		const c = plan.add('notes', { step: 'purpose', text: 'c' });
		plan.add('notes', { step: 'listening', text: 'elsewhere' });
		plan.stopCapturing();
		const before = boardLayout('purpose', canvas.notes, canvas.frames);
		const rectOf = (id: string) => before.notes.find((n) => n.id === id)!.rect;

		expect(canvas.moveBy([a], GRID_STEP, 0)).toBe(true);
		expect(position(plan, a)).toEqual([rectOf(a).x + GRID_STEP, rectOf(a).y]);
		expect(position(plan, b)).toEqual([rectOf(b).x, rectOf(b).y]);
		expect(position(plan, c)).toEqual([rectOf(c).x, rectOf(c).y]);
		expect(plan.get('frames', frameIdFor('purpose', 'Risks'))?.name).toBe('Risks');
		// Nothing computed moved: the layout after the write is the one before, but for the moved note.
		const after = canvas.layout;
		expect(after.notes.every((n) => n.stored)).toBe(true);
		expect(after.notes.find((n) => n.id === b)!.rect).toEqual(rectOf(b));

		plan.undo();
		expect([a, b, c].map((id) => position(plan, id))).toEqual([null, null, null]);
		expect(plan.list('frames')).toHaveLength(0);
	});
});

describe('BoardCanvas: a huge wall', () => {
	function wall(count: number) {
		const context = setup();
		const { plan } = context;
		plan.batch(() => {
			for (let index = 0; index < count; index++)
				plan.add('notes', {
					step: 'purpose',
					text: `note ${index}`,
					cluster: index % 4 === 0 ? 'Risks' : ''
				});
		});
		plan.clearHistory();
		return context;
	}

	it('stores its computed places when someone starts to write, and then adds one record', () => {
		const { plan, canvas } = wall(PREPARE_FROM);
		const before = boardLayout('purpose', canvas.notes, canvas.frames);
		expect(canvas.prepare()).toBe(true);
		// Nothing moved; every place and the computed frame are stored, and nothing is left to undo.
		expect(canvas.notes.every((note) => note.position !== null)).toBe(true);
		expect(plan.canUndo).toBe(false);
		expect(plan.get('frames', frameIdFor('purpose', 'Risks'))?.name).toBe('Risks');
		expect(canvas.layout.notes.map((n) => n.rect)).toEqual(before.notes.map((n) => n.rect));
		expect(canvas.prepare()).toBe(false);

		const added = canvas.addAtCentre({ text: 'one more', edit: false })!;
		expect(canvas.layout).toEqual(boardLayout('purpose', canvas.notes, canvas.frames));
		expect(canvas.laidOut(added)?.stored).toBe(true);
		plan.undo();
		expect(plan.get('notes', added)).toBeUndefined();
		expect(canvas.notes.every((note) => note.position !== null)).toBe(true);
		expect(plan.canUndo).toBe(false);
	});

	it('leaves a smaller wall, and a read-only one, to the first write', () => {
		const small = wall(PREPARE_FROM - 1);
		expect(small.canvas.prepare()).toBe(false);
		expect(small.canvas.notes.every((note) => note.position === null)).toBe(true);
		const big = wall(PREPARE_FROM);
		big.plan.makeReadOnly();
		expect(big.canvas.prepare()).toBe(false);
	});

	it('keeps the reading order and the notes near the view right as notes come and go', () => {
		const { plan, canvas } = wall(PREPARE_FROM);
		canvas.prepare();
		canvas.setView({ x: 0, y: 0, k: 0.5 });
		for (let round = 0; round < 5; round++) {
			canvas.addNote({ x: 100 + round * 37, y: 90 });
			const id = canvas.notes[round * 3]!.id;
			canvas.moveBy([id], 40, 700);
			canvas.select(canvas.notes.at(-1)!.id);
			canvas.deleteSelection();
		}
		const fresh = new BoardCanvas(canvasSession(plan).session, 'purpose');
		fresh.setSize(canvas.size);
		fresh.setView(canvas.view);
		expect(canvas.readingOrder().map((n) => n.id)).toEqual(fresh.readingOrder().map((n) => n.id));
		const ids = (c: BoardCanvas) => c.rendered().notes.map(({ note }) => note.id);
		expect(ids(canvas)).toEqual(ids(fresh));
		const last = fresh.readingOrder().at(-1)!;
		expect(canvas.readingPosition(last)).toBe(canvas.notes.length);
	});
});

describe('BoardCanvas: drags', () => {
	function board() {
		const context = setup();
		const { plan } = context;
		const frame = plan.add('frames', {
			step: 'purpose',
			name: 'Risks',
			rect: [1000, 0, 600, 400]
		});
		const a = plan.add('notes', { step: 'purpose', text: 'a', position: [0, 0] });
		const b = plan.add('notes', { step: 'purpose', text: 'b', position: [200, 0] });
		const c = plan.add('notes', { step: 'purpose', text: 'c', position: [0, 600] });
		plan.clearHistory();
		return { ...context, frame, a, b, c };
	}

	it('writes a drag once, on the drop, and a drop into a frame joins its group', () => {
		const { plan, canvas, a } = board();
		canvas.startDrag(a);
		canvas.dragTo(500, 20);
		canvas.dragTo(1100, 100);
		expect(position(plan, a)).toEqual([0, 0]);
		expect(canvas.displayRect(canvas.laidOut(a)!)).toMatchObject({ x: 1100, y: 100 });
		expect(canvas.drop()).toBe(true);
		expect(plan.get('notes', a)).toMatchObject({ position: [1100, 100], cluster: 'Risks' });
		expect(canvas.announcement).toBe('Moved 1 note to Risks.');
		plan.undo();
		expect(plan.get('notes', a)).toMatchObject({ position: [0, 0], cluster: '' });
	});

	it('moves a lasso selection together, as one undo step', () => {
		const { plan, canvas, a, b, c } = board();
		canvas.selectIn({ x: -10, y: -10, width: 400, height: 200 });
		expect([...canvas.selection].sort()).toEqual([a, b].sort());
		canvas.startDrag(b);
		canvas.dragTo(0, 300);
		canvas.drop();
		expect([a, b, c].map((id) => position(plan, id))).toEqual([
			[0, 300],
			[200, 300],
			[0, 600]
		]);
		expect(canvas.announcement).toBe('Moved 2 notes, not in a group.');
		plan.undo();
		expect([a, b].map((id) => position(plan, id))).toEqual([
			[0, 0],
			[200, 0]
		]);
	});

	it('drags only the note under the pointer when it is not selected; a drag that did not move writes nothing', () => {
		const { plan, canvas, a, c } = board();
		canvas.select(a);
		canvas.startDrag(c);
		expect(canvas.selection).toEqual([c]);
		expect(canvas.drop()).toBe(false);
		expect(plan.canUndo).toBe(false);
	});

	it('moves the selection by a grid step with the arrow keys, a large one with Shift', () => {
		const { plan, canvas, a, b } = board();
		canvas.select(a);
		canvas.select(b, true);
		expect(canvas.nudge('ArrowRight', false)).toBe(true);
		expect(canvas.nudge('ArrowDown', true)).toBe(true);
		expect(canvas.nudge('Enter', false)).toBe(false);
		expect(position(plan, a)).toEqual([GRID_STEP, LARGE_STEP]);
		expect(position(plan, b)).toEqual([200 + GRID_STEP, LARGE_STEP]);
		plan.undo();
		expect(position(plan, a)).toEqual([GRID_STEP, 0]);
	});

	it('changes nothing for an observer', () => {
		const { plan, canvas, a } = board();
		plan.makeReadOnly();
		canvas.startDrag(a);
		expect(canvas.drag).toBeNull();
		canvas.select(a);
		expect(canvas.nudge('ArrowLeft', false)).toBe(false);
		expect(canvas.addNote({ x: 0, y: 0 })).toBeNull();
		expect(position(plan, a)).toEqual([0, 0]);
	});
});

describe('BoardCanvas: frames', () => {
	it('makes a group from the selection, renames it, moves it with its notes, deletes it', () => {
		const { plan, canvas } = setup();
		const a = plan.add('notes', { step: 'purpose', text: 'a', position: [0, 0] });
		const b = plan.add('notes', { step: 'purpose', text: 'b', position: [200, 0] });
		const outside = plan.add('notes', { step: 'purpose', text: 'c', position: [0, 900] });
		canvas.select(a);
		canvas.select(b, true);
		const id = canvas.groupSelection('Ideas')!;
		expect(id).toBe(frameIdFor('purpose', 'Ideas'));
		expect([a, b, outside].map((n) => plan.get('notes', n)?.cluster)).toEqual([
			'Ideas',
			'Ideas',
			''
		]);

		expect(canvas.renameFrame(id, 'Best ideas')).toBe(true);
		expect(plan.get('notes', a)?.cluster).toBe('Best ideas');

		expect(canvas.moveFrameBy(id, 100, 50)).toBe(true);
		expect(position(plan, a)).toEqual([100, 50]);
		expect(position(plan, outside)).toEqual([0, 900]);

		expect(canvas.deleteFrame(id)).toBe(true);
		expect(plan.list('frames')).toHaveLength(0);
		expect(plan.get('notes', a)).toMatchObject({ cluster: '', position: [100, 50] });
		plan.undo();
		expect(plan.get('notes', a)?.cluster).toBe('Best ideas');
	});

	it('tidies a frame’s notes onto a grid inside it, and spreads overlapping notes out', () => {
		const { plan, canvas } = setup();
		const frame = plan.add('frames', { step: 'purpose', name: 'Pile', rect: [0, 0, 800, 600] });
		const ids = [0, 1, 2].map((i) =>
			plan.add('notes', { step: 'purpose', text: `${i}`, position: [10 + i * 5, 60 + i * 5] })
		);
		expect(canvas.tidyFrame(frame)).toBe(true);
		const places = ids.map((id) => position(plan, id)!);
		expect(new Set(places.map((p) => p.join())).size).toBe(3);
		expect(places.every(([x, y]) => x >= 0 && y >= 0 && x + NOTE_SIZE.width <= 800)).toBe(true);

		ids.forEach((id) => plan.update('notes', id, { position: [2000, 2000] }));
		expect(canvas.spreadOut()).toBe(true);
		expect(new Set(ids.map((id) => position(plan, id)!.join())).size).toBe(3);
	});
});

describe('BoardCanvas: notes', () => {
	it('adds a note where asked, in the group there, on top, and the next one beside it', () => {
		const { plan, canvas } = setup();
		plan.add('frames', { step: 'purpose', name: 'Risks', rect: [0, 0, 800, 600] });
		const below = plan.add('notes', { step: 'purpose', text: 'x', position: [300, 300] });
		const id = canvas.addNote({ x: 200, y: 200 })!;
		expect(plan.get('notes', id)).toMatchObject({
			position: [200 - NOTE_SIZE.width / 2, 200 - NOTE_SIZE.height / 2],
			cluster: 'Risks'
		});
		expect(canvas.editing).toBe(id);
		expect(plan.get('notes', id)!.z > plan.get('notes', below)!.z).toBe(true);
		const next = canvas.addBeside(id)!;
		expect(position(plan, next)![0]).toBeGreaterThan(position(plan, id)![0] + NOTE_SIZE.width);
		expect(canvas.bringToFront(below)).toBe(true);
		expect(plan.get('notes', below)!.z > plan.get('notes', next)!.z).toBe(true);
	});

	it('deletes the selection in one undo step and keeps a 20,000-character text', () => {
		const { plan, canvas } = setup();
		const long = 'é'.repeat(20_000);
		const a = plan.add('notes', { step: 'purpose', text: long, position: [0, 0] });
		const b = plan.add('notes', { step: 'purpose', text: 'b', position: [400, 0] });
		canvas.selectIn({ x: 0, y: 0, width: 1000, height: 200 });
		const deleted = canvas.deleteSelection();
		expect(deleted.map((n) => n.text.length).sort()).toEqual([1, 20_000]);
		expect(plan.list('notes')).toHaveLength(0);
		plan.undo();
		expect(plan.get('notes', a)?.text === long).toBe(true);
		expect(plan.get('notes', b)).toBeDefined();
	});

	it('renders only notes near the viewport, at most a few hundred, and says how many it leaves out', () => {
		const { plan, canvas } = setup();
		plan.batch(() => {
			for (let i = 0; i < 5_000; i++) plan.add('notes', { step: 'purpose', text: `${i}` });
		});
		canvas.fitAll();
		const { notes, hidden } = canvas.rendered();
		expect(notes.length).toBeLessThanOrEqual(MAX_RENDERED_NOTES);
		expect(notes.length + hidden).toBeGreaterThan(MAX_RENDERED_NOTES);
		canvas.setView({ x: 0, y: 0, k: 1 });
		expect(canvas.rendered().notes.length).toBeLessThan(100);
	});
	it('renders what a look at every note would, in drawing order, with the notes in hand where they are held', () => {
		const { plan, canvas } = setup();
		plan.batch(() => {
			for (let i = 0; i < 2_000; i++)
				plan.add('notes', {
					step: 'purpose',
					text: `${i}`,
					position: i % 3 === 0 ? [(i * 97) % 9_000, (i * 53) % 7_000] : null,
					cluster: i % 5 === 0 ? 'Risks' : ''
				});
		});
		const held = canvas.layout.notes.slice(0, 40).map((note) => note.id);
		/** The reference: every laid-out note at its drawn place, kept when it overlaps the view. */
		const everyNote = () =>
			visibleItems(
				canvas.layout.notes.map((note) => ({ note, rect: canvas.displayRect(note) })),
				canvas.view,
				canvas.size
			).map(({ note, rect }) => [note.id, rect]);
		for (const [index, view] of [
			{ x: 0, y: 0, k: 1 },
			{ x: -3_000, y: -2_000, k: 0.6 },
			{ x: -9_000, y: -400, k: 1.5 },
			{ x: 200, y: 300, k: 0.25 }
		].entries()) {
			canvas.setView(view);
			if (index === 2) {
				canvas.selection = held;
				canvas.startDrag(held[0]!);
				// Into the middle of this view, far from where the notes in hand are laid out.
				const from = canvas.laidOut(held[0]!)!.rect;
				canvas.dragTo((500 - view.x) / view.k - from.x, (400 - view.y) / view.k - from.y);
			}
			const { notes, hidden } = canvas.rendered();
			const expected = everyNote();
			if (expected.length <= MAX_RENDERED_NOTES) {
				expect(hidden).toBe(0);
				expect(notes.map(({ note, rect }) => [note.id, rect])).toEqual(expected);
			} else expect(notes.length + hidden).toBe(expected.length);
			if (index === 2) expect(notes.some(({ note }) => note.id === held[0])).toBe(true);
		}
	});
});

describe('BoardCanvas: panning by hand', () => {
	/** A canvas on `count` notes placed by `place`, with fake timers (the frame is a timer in Node). */
	function wall(count: number, place: (i: number) => [number, number]) {
		vi.useFakeTimers();
		const { plan, canvas } = setup();
		plan.batch(() => {
			for (let i = 0; i < count; i++)
				plan.add('notes', { step: 'purpose', text: `${i}`, position: place(i) });
		});
		/** The notes a canvas that had always shown `view` renders there. */
		const renderedAt = (view: View) => {
			const fresh = new BoardCanvas(canvasSession(plan).session, 'purpose');
			fresh.setSize(canvas.size);
			fresh.setView(view);
			return ids(fresh);
		};
		return { canvas, renderedAt };
	}
	const ids = (c: BoardCanvas) => c.rendered().notes.map(({ note }) => note.id);

	it('moves the view at once and chooses the notes it brings into view after the frame, only once those rendered no longer cover it', async () => {
		const { canvas, renderedAt } = wall(400, (i) => [(i % 20) * 300, Math.floor(i / 20) * 200]);
		canvas.setView({ x: 0, y: 0, k: 1 });
		const start = ids(canvas);
		expect(start.length).toBeGreaterThan(0);

		canvas.moveView({ x: -150, y: 0, k: 1 }, true);
		expect(canvas.view).toEqual({ x: -150, y: 0, k: 1 });
		await vi.runAllTimersAsync();
		// Still inside what was rendered with its margin: nothing is chosen again.
		expect(ids(canvas)).toEqual(start);

		const far = { x: -3_000, y: -600, k: 1 };
		canvas.moveView(far, true);
		expect(canvas.view).toEqual(far);
		expect(ids(canvas)).toEqual(start);
		await vi.runAllTimersAsync();
		expect(ids(canvas)).toEqual(renderedAt(far));
		expect(ids(canvas)).not.toEqual(start);

		// Keys, "Fit all" and revealing a note render at once: the note to focus must be there.
		canvas.setView({ x: 0, y: 0, k: 1 });
		expect(ids(canvas)).toEqual(start);
		canvas.destroy();
	});

	it('chooses again after a pan that stays covered when the last choice left notes out', async () => {
		const { canvas, renderedAt } = wall(3_000, (i) => [(i * 97) % 9_000, (i * 53) % 7_000]);
		// A part of the wall, still with more notes near it than are rendered.
		canvas.setView({ x: -200, y: -200, k: 0.2 });
		expect(canvas.rendered().hidden).toBeGreaterThan(0);
		const before = ids(canvas);
		const moved = { ...canvas.view, x: canvas.view.x - 150 };
		expect(coversView(canvas.view, moved, canvas.size, RENDER_MARGIN)).toBe(true);
		canvas.moveView(moved, true);
		expect(ids(canvas)).toEqual(before);
		await vi.runAllTimersAsync();
		expect(renderedAt(moved)).not.toEqual(before);
		expect(ids(canvas)).toEqual(renderedAt(moved));
	});
});

describe('BoardCanvas: adding', () => {
	it('puts notes added in a row side by side at the centre of the view, never on a note already there', () => {
		const { plan, canvas } = setup();
		canvas.setView({ x: 0, y: 0, k: 1 });
		// A note already where the first new one would go, and one where the third would.
		const centre = { x: 500 - NOTE_SIZE.width / 2, y: 400 - NOTE_SIZE.height / 2 };
		const step = NOTE_SIZE.width + NOTE_GAP;
		plan.add('notes', { step: 'purpose', text: 'there', position: [centre.x, centre.y] });
		plan.add('notes', { step: 'purpose', text: 'also', position: [centre.x + 2 * step, centre.y] });
		const added = [1, 2, 3].map((n) => canvas.addAtCentre({ text: `new ${n}`, edit: false })!);
		const rects = canvas.layout.notes.map((note) => note.rect);
		for (const id of added) {
			const rect = canvas.laidOut(id)!.rect;
			expect(rect.y).toBe(centre.y);
			expect(rects.filter((other) => overlapsRect(rect, other))).toEqual([rect]);
		}
		expect(added.map((id) => canvas.laidOut(id)!.rect.x)).toEqual([
			centre.x + step,
			centre.x + 3 * step,
			centre.x + 4 * step
		]);
	});
});

describe('BoardCanvas: presence', () => {
	it('tells others at most 20 times a second, with the drag’s ids and offset', () => {
		vi.useFakeTimers();
		const { plan, canvas, sent } = setup();
		const a = plan.add('notes', { step: 'purpose', text: 'a', position: [0, 0] });
		canvas.startDrag(a);
		for (let ms = 0; ms < 1_000; ms += 5) {
			canvas.dragTo(ms, 0);
			canvas.pointerAt({ x: ms, y: 0 });
			vi.advanceTimersByTime(5);
		}
		vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
		expect(sent.length).toBeLessThanOrEqual(21);
		expect(sent.length).toBeGreaterThanOrEqual(15);
		expect(sent.at(-1)).toEqual({
			step: 'purpose',
			pointer: [995, 0],
			selection: [],
			drag: { ids: [a], dx: 995, dy: 0 }
		});
		canvas.drop();
		vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
		expect(sent.at(-1)).toMatchObject({ selection: [a], drag: null });
		canvas.destroy();
		expect(sent.at(-1)).toBeNull();
	});

	it('draws other people’s drags where they are, and caps a selection at 50 ids', () => {
		const { plan, canvas } = setup();
		const ids = Array.from({ length: 60 }, (_, i) =>
			plan.add('notes', { step: 'purpose', text: `${i}`, position: [i * 200, 0] })
		);
		canvas.selectIn({ x: -1, y: -1, width: 100_000, height: 10 });
		expect(canvas.presence().selection).toHaveLength(50);
		const peer = {
			clientId: 2,
			name: 'Bo',
			color: '#0f5c6e',
			canvas: {
				step: 'purpose' as const,
				pointer: null,
				selection: [],
				drag: { ids: [ids[0]!], dx: 5, dy: 7 }
			}
		};
		expect(canvas.displayRect(canvas.laidOut(ids[0]!)!, [peer])).toMatchObject({ x: 5, y: 7 });
	});
});
