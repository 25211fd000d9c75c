import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import { GRID_STEP, LARGE_STEP } from '../../../canvas/metrics';
import { OPENING_ZOOM_MIN } from '../../../canvas/viewport';
import { PlanDoc } from '../../../doc/plan-doc';
import { canvasSession } from '../../../../../tests/factories/canvas-session';
import { BoardCanvas as CanvasState } from '../../../state/board-canvas.svelte';
import { PlanView } from '../../../state/plan-view.svelte';
import BoardCanvas from './BoardCanvas.svelte';

/** A plan with three notes in a row and a frame to their right, on a canvas at 100%. */
async function setup(readOnly = false) {
	const ydoc = new Y.Doc();
	const plan = new PlanDoc(ydoc, { captureTimeout: 0 });
	const a = plan.add('notes', { step: 'purpose', text: 'Alpha', position: [40, 40] });
	const b = plan.add('notes', { step: 'purpose', text: 'Bravo', position: [240, 40] });
	const c = plan.add('notes', { step: 'purpose', text: 'Charlie', position: [40, 300] });
	plan.add('frames', { step: 'purpose', name: 'Risks', rect: [500, 20, 400, 360] });
	plan.clearHistory();
	if (readOnly) plan.makeReadOnly();
	const view = new PlanView(plan);
	const { session, sent } = canvasSession(plan, { list: (kind) => view.list(kind) });
	const canvas = new CanvasState(session, 'purpose');
	const deleted: string[] = [];
	const screen = await render(BoardCanvas, {
		canvas,
		ondelete: (notes: readonly { id: string }[]) => deleted.push(...notes.map((n) => n.id))
	});
	await expect.element(page.getByRole('option', { name: 'Alpha' })).toBeInTheDocument();
	canvas.setView({ x: 0, y: 0, k: 1 });
	flushSync();
	const viewport = screen.container.querySelector<HTMLElement>('.canvas-viewport')!;
	return { ydoc, plan, canvas, viewport, a, b, c, sent, deleted };
}

function pointer(
	target: Element,
	type: string,
	viewport: HTMLElement,
	x: number,
	y: number,
	init: PointerEventInit = {}
) {
	const box = viewport.getBoundingClientRect();
	target.dispatchEvent(
		new PointerEvent(type, {
			bubbles: true,
			cancelable: true,
			pointerId: 7,
			button: 0,
			clientX: box.left + x,
			clientY: box.top + y,
			...init
		})
	);
}

/** Presses at (x, y) of the viewport on `target`, moves by (dx, dy) in steps, releases. */
function drag(
	target: Element,
	viewport: HTMLElement,
	[x, y]: [number, number],
	[dx, dy]: [number, number],
	init: PointerEventInit = {}
) {
	pointer(target, 'pointerdown', viewport, x, y, init);
	for (let i = 1; i <= 5; i++)
		pointer(viewport, 'pointermove', viewport, x + (dx * i) / 5, y + (dy * i) / 5, init);
	pointer(viewport, 'pointerup', viewport, x + dx, y + dy, init);
	flushSync();
}

/** A wall of 2,000 notes in a grid of 40 columns, drawn. */
async function largeWall() {
	const plan = new PlanDoc(new Y.Doc());
	plan.batch(() => {
		for (let i = 0; i < 2_000; i++)
			plan.add('notes', {
				step: 'purpose',
				text: `Note ${i}`,
				position: [(i % 40) * 180, Math.floor(i / 40) * 130]
			});
	});
	const view = new PlanView(plan);
	const { session } = canvasSession(plan, { list: (kind) => view.list(kind) });
	const canvas = new CanvasState(session, 'purpose');
	const screen = await render(BoardCanvas, { canvas, ondelete: () => {} });
	await expect
		.element(page.getByRole('option', { name: 'Note 0', exact: true }))
		.toBeInTheDocument();
	return { canvas, screen };
}

const noteElement = (viewport: HTMLElement, id: string) =>
	viewport.querySelector<HTMLElement>(`[data-note-id="${id}"]`)!;

describe('BoardCanvas in a browser', () => {
	it('drags a note, writes it once on the drop, and undoes it in one step', async () => {
		const { plan, viewport, a } = await setup();
		drag(noteElement(viewport, a), viewport, [100, 80], [120, 60]);
		expect(plan.get('notes', a)?.position).toEqual([160, 100]);
		await expect.element(page.getByRole('status')).toHaveTextContent('Moved 1 note');
		expect(plan.undo()).toBe(true);
		expect(plan.get('notes', a)?.position).toEqual([40, 40]);
		expect(plan.canUndo).toBe(false);
	});

	it('drops a note into a frame: it joins that group', async () => {
		const { plan, viewport, a } = await setup();
		drag(noteElement(viewport, a), viewport, [100, 80], [560, 60]);
		expect(plan.get('notes', a)).toMatchObject({ position: [600, 100], cluster: 'Risks' });
		await expect.element(page.getByRole('status')).toHaveTextContent('Moved 1 note to Risks.');
	});

	it('selects with a rectangle, moves the selection together, and undoes it in one step', async () => {
		const { plan, canvas, viewport, a, b, c } = await setup();
		drag(viewport, viewport, [20, 20], [420, 150], { shiftKey: true });
		expect([...canvas.selection].sort()).toEqual([a, b].sort());
		await expect
			.element(page.getByRole('option', { name: 'Alpha' }))
			.toHaveAttribute('aria-selected', 'true');
		drag(noteElement(viewport, b), viewport, [300, 80], [0, 100]);
		expect([a, b, c].map((id) => plan.get('notes', id)?.position)).toEqual([
			[40, 140],
			[240, 140],
			[40, 300]
		]);
		plan.undo();
		expect([a, b].map((id) => plan.get('notes', id)?.position)).toEqual([
			[40, 40],
			[240, 40]
		]);
	});

	it('moves the selection from the keyboard and goes from note to note', async () => {
		const { plan, canvas, viewport, a, b } = await setup();
		noteElement(viewport, a).focus();
		await userEvent.click(page.getByRole('option', { name: 'Alpha' }));
		await userEvent.keyboard('{ArrowRight}');
		expect(canvas.selection).toEqual([a]);
		expect(plan.get('notes', a)?.position).toEqual([40 + GRID_STEP, 40]);
		await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
		expect(plan.get('notes', a)?.position).toEqual([40 + GRID_STEP, 40 + LARGE_STEP]);
		// Reading order is now Bravo (top), Alpha, Charlie.
		await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
		await expect.element(page.getByRole('option', { name: 'Bravo' })).toHaveFocus();
		expect(document.activeElement).toBe(noteElement(viewport, b));
	});

	it('pans with the wheel over a clipped long note, and leaves the wheel to a selected one that scrolls', async () => {
		const { plan, canvas, viewport } = await setup();
		const long = plan.add('notes', {
			step: 'purpose',
			text: Array.from({ length: 80 }, (_, i) => `Line ${i} of a long note`).join('\n'),
			position: [240, 300]
		});
		flushSync();
		const body = noteElement(viewport, long).querySelector<HTMLElement>('.note-body')!;
		expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
		const wheel = () => {
			const event = new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true });
			body.dispatchEvent(event);
			flushSync();
			return event;
		};
		// Clipped: the wheel pans the board (before, nothing moved and the page scrolled).
		const before = canvas.view.y;
		expect(wheel().defaultPrevented).toBe(true);
		expect(canvas.view.y).toBe(before - 120);
		// Selected, the note's text scrolls: the board stays where it is.
		canvas.select(long);
		flushSync();
		expect(getComputedStyle(body).overflowY).toBe('auto');
		expect(getComputedStyle(body).overscrollBehaviorY).toBe('contain');
		expect(wheel().defaultPrevented).toBe(false);
		expect(canvas.view.y).toBe(before - 120);
	});

	it('zooms with the buttons and the keys, and fits everything', async () => {
		const { canvas, viewport } = await setup();
		await userEvent.click(page.getByRole('button', { name: 'Zoom in' }));
		expect(canvas.view.k).toBeCloseTo(1.25);
		await expect.element(page.getByText('125%')).toBeVisible();
		viewport.focus();
		noteElement(viewport, canvas.layout.notes[0]!.id).focus();
		await userEvent.keyboard('-');
		expect(canvas.view.k).toBeCloseTo(1);
		await userEvent.keyboard('-');
		expect(canvas.view.k).toBeCloseTo(0.8);
		await userEvent.click(page.getByRole('button', { name: 'Fit all' }));
		expect(canvas.view.k).toBeLessThanOrEqual(1);
		await userEvent.keyboard('0');
	});

	it('adds a note by double-click, types into it at once, Tab adds the next beside it', async () => {
		const { plan, viewport } = await setup();
		const box = viewport.getBoundingClientRect();
		viewport.dispatchEvent(
			new MouseEvent('dblclick', {
				bubbles: true,
				clientX: box.left + 200,
				clientY: box.top + 500
			})
		);
		const editor = page.getByRole('textbox', { name: 'Text of the note' });
		await expect.element(editor).toHaveFocus();
		await userEvent.keyboard('Fresh idea');
		await userEvent.keyboard('{Tab}');
		await userEvent.keyboard('Next one');
		await userEvent.keyboard('{Escape}');
		const texts = plan.list('notes').map((note) => note.text);
		expect(texts).toContain('Fresh idea');
		expect(texts).toContain('Next one');
		const fresh = plan.list('notes').find((n) => n.text === 'Fresh idea')!;
		const next = plan.list('notes').find((n) => n.text === 'Next one')!;
		expect(fresh.position![0]).toBeCloseTo(120, -0.5);
		expect(fresh.position![1]).toBeCloseTo(440, -0.5);
		expect(next.position![0]).toBeGreaterThan(fresh.position![0]);
		expect(next.position![1]).toBe(fresh.position![1]);
	});

	it('makes a group from the selection with a name', async () => {
		const { plan, canvas, a, b } = await setup();
		canvas.select(a);
		canvas.select(b, true);
		await userEvent.click(page.getByRole('button', { name: 'New group from selection' }));
		await userEvent.fill(page.getByLabelText('Name of the new group'), 'Quick wins');
		await userEvent.click(page.getByRole('button', { name: 'Create group' }));
		await expect.element(page.getByRole('region', { name: 'Group Quick wins' })).toBeVisible();
		expect(plan.get('notes', a)?.cluster).toBe('Quick wins');
		expect(plan.get('notes', b)?.cluster).toBe('Quick wins');
	});

	it('is read-only for an observer: pan and zoom, no drags, no tools', async () => {
		const { plan, canvas, viewport, a } = await setup(true);
		drag(noteElement(viewport, a), viewport, [100, 80], [120, 60]);
		expect(plan.get('notes', a)?.position).toEqual([40, 40]);
		await expect
			.element(page.getByRole('button', { name: 'Add a note to the canvas' }))
			.not.toBeInTheDocument();
		await expect
			.element(page.getByRole('button', { name: 'Delete selected notes' }))
			.not.toBeInTheDocument();
		await userEvent.click(page.getByRole('button', { name: 'Zoom in' }));
		expect(canvas.view.k).toBeCloseTo(1.25);
	});

	it('draws far notes as cards, says where each is in reading order, and pans the minimap without redrawing it', async () => {
		const { canvas, viewport, a, b, c } = await setup();
		const positions = [a, b, c].map((id) =>
			noteElement(viewport, id).getAttribute('aria-posinset')
		);
		expect(positions).toEqual(['1', '2', '3']);
		const body = () => getComputedStyle(noteElement(viewport, a).querySelector('.note-body')!);
		expect(body().display).not.toBe('none');
		const notes = viewport.querySelector<SVGPathElement>('.mini-notes')!;
		const picture = notes.getAttribute('d');
		const placed = notes.getAttribute('transform');
		canvas.setView({ x: 0, y: 0, k: 0.2 });
		flushSync();
		expect(body().display).toBe('none');
		expect(noteElement(viewport, a).getAttribute('aria-label')).toBe('Alpha');
		canvas.setView({ x: -300, y: 200, k: 0.2 });
		flushSync();
		expect(notes.getAttribute('d')).toBe(picture);
		expect(notes.getAttribute('transform')).not.toBe(placed);
	});

	it('opens a board of 5,000 notes at a touchable zoom; "Fit all" shows a part and says so; a 20,000-character note keeps its text', async () => {
		const plan = new PlanDoc(new Y.Doc());
		const long = 'x'.repeat(19_990) + ' the end.';
		plan.batch(() => {
			for (let i = 0; i < 5_000; i++)
				plan.add('notes', {
					step: 'purpose',
					text: i === 0 ? long : `Note ${i}`,
					cluster: `G${i % 12}`
				});
			plan.add('notes', { step: 'purpose', text: 'Far away', position: [2_000_000, -5e9] });
		});
		const view = new PlanView(plan);
		const session = {
			view: { list: ((kind: 'notes' | 'frames') => view.list(kind)) as never },
			readOnly: false,
			edit: (change: (plan: PlanDoc) => void) => (change(plan), true),
			presence: { peers: [], set: () => {} }
		};
		const canvas = new CanvasState(session, 'purpose');
		const started = performance.now();
		await render(BoardCanvas, { canvas, ondelete: () => {} });
		// Opened where the board starts, with notes big enough to touch.
		await expect.poll(() => canvas.view.k).toBe(OPENING_ZOOM_MIN);
		await userEvent.click(page.getByRole('button', { name: 'Fit all' }));
		await expect.element(page.getByText(/^Showing \d+ of \d+ notes in this view/)).toBeVisible();
		expect(performance.now() - started).toBeLessThan(20_000);
		expect(document.querySelectorAll('.canvas-note').length).toBeLessThanOrEqual(600);
		// Coordinates beyond the canvas are clamped on read: the far note sits at the edge.
		const far = canvas.layout.notes.find((n) => canvas.note(n.id)?.text === 'Far away')!;
		expect([far.rect.x, far.rect.y]).toEqual([1_000_000, -1_000_000]);
		// The long note: all its text, in a note of the usual size.
		const first = canvas.layout.notes.find((n) => canvas.note(n.id)?.text === long)!;
		canvas.setView({ x: -first.rect.x + 20, y: -first.rect.y + 20, k: 1 });
		canvas.select(first.id);
		flushSync();
		const element = document.querySelector<HTMLElement>(`[data-note-id="${first.id}"] .note-body`)!;
		expect(element.textContent).toBe(long);
		expect(element.scrollHeight).toBeGreaterThan(element.clientHeight);
		expect(getComputedStyle(element).overflowY).toBe('auto');
	});
	it('updates on a pan only the notes it brings into view, and follows edits that come through Yjs', async () => {
		const { ydoc, canvas, viewport, a, b, c } = await setup();
		const peerDoc = new Y.Doc();
		const peer = new PlanDoc(peerDoc);
		Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(ydoc));
		const fromPeer = () =>
			Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(peerDoc, Y.encodeStateVector(ydoc)));
		const order = () =>
			[...viewport.querySelectorAll<HTMLElement>('.canvas-note')].map(
				(note) => note.dataset.noteId
			);
		expect(order().sort()).toEqual([a, b, c].sort());
		// A few pixels of pan keep the same notes in view: none of them is drawn again (a note drawn
		// again reads which note is being edited).
		const positions = vi.spyOn(canvas, 'editing', 'get');
		canvas.setView({ x: -4, y: -3, k: 1 });
		flushSync();
		expect(positions).not.toHaveBeenCalled();
		expect(viewport.querySelectorAll('.canvas-note[tabindex="0"]')).toHaveLength(1);
		positions.mockRestore();
		// Someone else brings Alpha to the front, renames Bravo and deletes Charlie.
		peer.update('notes', a, { z: 'a5' });
		peer.setText('notes', b, 'text', 'Bravo, renamed');
		peer.remove('notes', c);
		fromPeer();
		flushSync();
		expect(order()).toEqual([b, a]);
		expect(noteElement(viewport, b).getAttribute('aria-label')).toBe('Bravo, renamed');
		expect(noteElement(viewport, b).getAttribute('aria-setsize')).toBe('2');
		// A note of theirs arrives where this canvas looks, on top.
		const added = peer.add('notes', {
			step: 'purpose',
			text: 'Delta',
			position: [60, 200],
			z: 'a9'
		});
		fromPeer();
		flushSync();
		expect(order()).toEqual([b, a, added]);
		expect(noteElement(viewport, added).getAttribute('aria-posinset')).toBe('3');
	});

	it('on a pan over a large wall, works out only the notes it brings into view, with no listener of their own', async () => {
		const { canvas, screen } = await largeWall();
		// Far from where it opened: none of these notes has been drawn yet.
		canvas.setView({ x: 0, y: -3_000, k: 1 });
		flushSync();
		const viewport = screen.container.querySelector<HTMLElement>('.canvas-viewport')!;
		const ids = () =>
			new Set(
				[...viewport.querySelectorAll<HTMLElement>('.canvas-note')].map((n) => n.dataset.noteId)
			);
		const before = ids();
		const positions = vi.spyOn(canvas, 'readingPosition');
		const listeners = vi.spyOn(HTMLElement.prototype, 'addEventListener');
		canvas.setView({ x: 0, y: -3_400, k: 1 });
		flushSync();
		const after = ids();
		const brought = [...after].filter((id) => !before.has(id));
		expect(brought.length).toBeGreaterThan(5);
		expect(after.size).toBeGreaterThan(brought.length);
		// Each note brought into view has its place in reading order worked out once; the notes
		// that stayed are not touched, and none of them gets an event listener of its own.
		expect(positions).toHaveBeenCalledTimes(brought.length);
		expect(
			listeners.mock.contexts.filter((target) =>
				(target as Element).classList?.contains('canvas-note')
			)
		).toEqual([]);
		listeners.mockRestore();
		positions.mockRestore();
		// The focus still makes a note the one Tab comes back to.
		const last = [...brought].at(-1)!;
		noteElement(viewport, last).focus();
		expect(canvas.active).toBe(last);
	});

	it('moves a large wall under the wheel at once, and draws the notes it brings into view after that frame', async () => {
		const { canvas, screen } = await largeWall();
		const afterFrame = () =>
			new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		// Once the canvas has measured its size.
		await afterFrame();
		canvas.setView({ x: 0, y: 0, k: 1 });
		flushSync();
		const viewport = screen.container.querySelector<HTMLElement>('.canvas-viewport')!;
		const world = viewport.querySelector<HTMLElement>('.canvas-world')!;
		const ids = () =>
			[...viewport.querySelectorAll<HTMLElement>('.canvas-note')].map((n) => n.dataset.noteId);
		const before = ids();
		// Far past the rendering margin: every note on screen after it is a note not drawn before.
		viewport.dispatchEvent(
			new WheelEvent('wheel', { deltaY: 2_000, bubbles: true, cancelable: true })
		);
		flushSync();
		expect(canvas.view.y).toBe(-2_000);
		expect(world.style.transform).toContain('-2000px');
		expect(ids()).toEqual(before);
		await afterFrame();
		flushSync();
		const after = ids();
		expect(after.length).toBeGreaterThan(5);
		expect(after.some((id) => before.includes(id))).toBe(false);
		// The keys show at once what they move to.
		canvas.setView({ x: 0, y: 0, k: 1 });
		flushSync();
		expect(ids().sort()).toEqual([...before].sort());
	});
});
