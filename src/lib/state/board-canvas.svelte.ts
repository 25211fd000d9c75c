import {
	boardLayout,
	frameIdFor,
	patchLayout,
	unsavedPlaces,
	type BoardLayout,
	type LaidOutFrame,
	type LaidOutNote,
	type LayoutChange
} from '../canvas/board-layout';
import { clusterChanges, frameAround, frameOf, moveFrame } from '../canvas/frames';
import {
	clampRect,
	overlaps,
	rectAt,
	storedPoint,
	storedRect,
	translateRect,
	type Point,
	type Rect,
	type Size
} from '../canvas/geometry';
import { FRAME_HEADER, FRAME_PADDING, NOTE_GAP, NOTE_SIZE } from '../canvas/metrics';
import { SpatialHash } from '../canvas/spatial-hash';
import { compareStackKeys, keyAbove, readStackKey } from '../canvas/stacking';
import { grownToFit, spreadOut, tidy } from '../canvas/tidy';
import {
	arrowMove,
	centreOn,
	clampView,
	coversView,
	fitAll,
	openingView,
	IDENTITY_VIEW,
	RENDER_MARGIN,
	viewForKey,
	viewportCentre,
	visibleItems,
	visibleWorld,
	type View
} from '../canvas/viewport';
import type { PlanDoc } from '../doc/plan-doc';
import { formatCount } from '../domain/locale';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { BoardFrame, StickyNote } from '../domain/plan';
import type { StepId } from '../domain/steps';
import type { NoteColor } from '../domain/vocabulary';
import { afterPaint } from './when-idle';
import {
	MAX_CANVAS_PRESENCE_IDS,
	type CanvasPresence,
	type Peer,
	type PresenceState
} from '../sync/presence';

/** Grid cells of the notes-near-the-viewport index, in world units (a few notes wide). */
const NEAR_CELL = 512;

interface NearIndex {
	layout: BoardLayout;
	readonly grid: SpatialHash;
	/** Each note's rectangle to the note. */
	readonly index: Map<Rect, LaidOutNote>;
	byId: Map<string, LaidOutNote> | null;
}

/** Above this many moved notes, indexes are made anew rather than patched. */
const MAX_PATCHED_MOVES = 200;

/**
 * Each laid-out note's stacking key, read once: a pan sorts the thousand notes near the view, and
 * reading a key checks its shape (a laid-out note never changes, so its key never does either).
 */
const stackKeys = new WeakMap<LaidOutNote, string | null>();

function stackKeyOf(note: LaidOutNote): string | null {
	let key = stackKeys.get(note);
	if (key === undefined) stackKeys.set(note, (key = readStackKey(note.z)));
	return key;
}

/** `compareStacking` for rendered items, with each note's key read once. */
const byStackingOfItems = (a: { note: LaidOutNote }, b: { note: LaidOutNote }) =>
	compareStackKeys(stackKeyOf(a.note), a.note.id, stackKeyOf(b.note), b.note.id);

/** `compareByPlace` for laid-out notes (their rectangles are clamped already): no object per call. */
const byPlace = (a: LaidOutNote, b: LaidOutNote) =>
	a.rect.y - b.rect.y || a.rect.x - b.rect.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The parts of a workshop session the canvas uses. */
export interface CanvasSession {
	readonly view: {
		list(kind: 'notes'): readonly Readonly<StickyNote>[];
		list(kind: 'frames'): readonly Readonly<BoardFrame>[];
	};
	readonly readOnly: boolean;
	edit(change: (plan: PlanDoc) => void): boolean;
	readonly presence: {
		readonly peers: readonly Peer[];
		set<K extends keyof PresenceState>(field: K, value: PresenceState[K]): void;
	};
}

/** Someone else on this step's canvas. */
export interface CanvasPeer {
	readonly clientId: number;
	readonly name: string;
	readonly color: string;
	readonly canvas: CanvasPresence;
}

/** A note drag in progress: which notes, moved by how much (world units). */
export interface NoteDrag {
	readonly ids: readonly string[];
	readonly dx: number;
	readonly dy: number;
}

const PRESENCE_EVENT = 'canal:canvas-presence';

/** Presence goes out at most once per this many milliseconds (20 a second). */
export const PRESENCE_INTERVAL_MS = 50;

/**
 * At most this many notes are rendered as DOM at once. Zoomed out over a huge wall the canvas draws
 * the topmost ones near the viewport and says that it shows a part (the minimap shows them all).
 */
export const MAX_RENDERED_NOTES = 600;

/** From this many computed places on, focusing the board stores them ahead of the first write. */
export const PREPARE_FROM = 1_000;

/** A count with the language's digits, for counted messages. */
const counted = (count: number) => ({ count, countText: formatCount(count, getLocale()) });
/** "3 notes" in the interface's language, for the live region's sentences. */
const noteCount = (count: number) => m.canvas_note_count(counted(count));

/**
 * One person's canvas of one step's board: the view (pan and zoom), the selection, the drag in
 * progress, what is rendered, and every write a canvas gesture makes. Each write is one batch and one
 * undo step, and the first write on a step also fixes every computed place (`unsavedPlaces`), so
 * nothing that was only computed moves afterwards (on a huge wall, `prepare` does that ahead of the
 * first note). The layout, the notes near the view and the reading order are made once and then
 * patched as notes change, so one more note on a wall of 20,000 costs that note. The DOM side
 * (pointer events, d3-zoom) lives in components/steps/canvas; everything here runs without a DOM.
 */
export class BoardCanvas {
	view: View = $state.raw(IDENTITY_VIEW);
	/**
	 * The view the rendered notes were chosen for. A pan or zoom by hand moves `view` at once (one
	 * transform) and this after the frame has painted, so choosing and drawing the notes that come
	 * into view never stands between the wheel or the finger and the picture moving.
	 */
	#renderView: View = $state.raw(IDENTITY_VIEW);
	size: Size = $state.raw({ width: 800, height: 600 });
	/** Selected note ids, in the order they were selected. */
	selection: readonly string[] = $state.raw([]);
	/** The note with the keyboard focus (roving tabindex). */
	active: string | null = $state(null);
	/** A local note drag not yet dropped. */
	drag: NoteDrag | null = $state.raw(null);
	/** A local frame drag not yet dropped. */
	frameDrag: { id: string; dx: number; dy: number } | null = $state.raw(null);
	/** The note whose text is being edited here. */
	editing: string | null = $state(null);
	/** What the live region says after a move. */
	announcement = $state('');
	/** Presence messages sent (for the benchmark). */
	presenceSent = 0;

	#pointer: [number, number] | null = null;
	#still = new WeakMap<LaidOutNote, { note: LaidOutNote; rect: Rect }>();
	#lastSent = -Infinity;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#prepared = false;
	/** Cancels the storing `prepare` scheduled after the next frame, while it is pending. */
	#cancelPrepare: (() => void) | null = null;
	#applyView: ((view: View) => void) | null = null;
	/** Cancels the rendering a gesture scheduled after its frame, while one is pending. */
	#cancelRender: (() => void) | null = null;
	/** Whether the last rendering left notes near the view out (`MAX_RENDERED_NOTES`). */
	#capped = false;
	#near: NearIndex | null = null;
	#reading: { layout: BoardLayout; order: LaidOutNote[] } | null = null;
	#memo: {
		notes: readonly Readonly<StickyNote>[];
		frames: readonly Readonly<BoardFrame>[];
		stepNotes: readonly Readonly<StickyNote>[];
		stepFrames: readonly Readonly<BoardFrame>[];
		layout: BoardLayout;
		/** How this layout was made from the one before, when it was patched. */
		change: (LayoutChange & { from: BoardLayout }) | null;
	} | null = null;

	constructor(
		readonly session: CanvasSession,
		readonly step: StepId
	) {}

	// ---- reading ---------------------------------------------------------------------------

	#read() {
		const notes = this.session.view.list('notes');
		const frames = this.session.view.list('frames');
		const memo = this.#memo;
		if (memo && memo.notes === notes && memo.frames === frames) return memo;
		const stepNotes = notes.filter((note) => note.step === this.step);
		const stepFrames =
			memo && memo.frames === frames
				? memo.stepFrames
				: frames.filter((frame) => frame.step === this.step);
		// A wall of thousands is not laid out again for a keystroke or one more note.
		const patched = memo
			? patchLayout(memo.layout, memo.stepNotes, stepNotes, memo.stepFrames, stepFrames)
			: null;
		const next = {
			notes,
			frames,
			stepNotes,
			stepFrames,
			layout: patched?.layout ?? boardLayout(this.step, stepNotes, stepFrames),
			change: patched && memo ? { ...patched, from: memo.layout } : null
		};
		this.#memo = next;
		return next;
	}

	/** Where every note and frame of the step is (see canvas/board-layout). */
	get layout(): BoardLayout {
		return this.#read().layout;
	}

	get notes(): readonly Readonly<StickyNote>[] {
		return this.#read().stepNotes;
	}

	get frames(): readonly Readonly<BoardFrame>[] {
		return this.#read().stepFrames;
	}

	note(id: string): Readonly<StickyNote> | undefined {
		return this.notes.find((note) => note.id === id);
	}

	laidOut(id: string): LaidOutNote | undefined {
		const near = this.#nearIndex();
		near.byId ??= new Map(near.layout.notes.map((note) => [note.id, note]));
		return near.byId.get(id);
	}

	/** A note's place in reading order, from 1 (for screen readers: "3 of 20,000"). */
	readingPosition(note: LaidOutNote): number {
		return this.#search(this.#readingOrder(), note) + 1;
	}

	get editable(): boolean {
		return !this.session.readOnly;
	}

	/** Others on this step's canvas. */
	get peers(): CanvasPeer[] {
		const result: CanvasPeer[] = [];
		for (const peer of this.session.presence.peers) {
			if (peer.self || peer.canvas?.step !== this.step) continue;
			result.push({
				clientId: peer.clientId,
				name: peer.name,
				color: peer.color,
				canvas: peer.canvas
			});
		}
		return result;
	}

	/** Where a note is drawn now: its place, moved by this person's drag or someone else's. */
	displayRect(note: LaidOutNote, peers: readonly CanvasPeer[] = []): Rect {
		const drag = this.drag;
		if (drag && drag.ids.includes(note.id)) return translateRect(note.rect, drag.dx, drag.dy);
		for (const peer of peers) {
			const theirs = peer.canvas.drag;
			if (theirs && theirs.ids.includes(note.id))
				return translateRect(note.rect, theirs.dx, theirs.dy);
		}
		return note.rect;
	}

	displayFrameRect(frame: LaidOutFrame): Rect {
		const drag = this.frameDrag;
		return drag && drag.id === frame.id ? translateRect(frame.rect, drag.dx, drag.dy) : frame.rect;
	}

	/**
	 * The notes to render: those near the viewport (moved by drags), the topmost first when there
	 * are more than `MAX_RENDERED_NOTES`, always including the selected, focused and edited ones.
	 * `hidden` counts the notes near the viewport that are not rendered.
	 */
	rendered(peers: readonly CanvasPeer[] = []): {
		notes: { note: LaidOutNote; rect: Rect }[];
		hidden: number;
	} {
		const { grid, index } = this.#nearIndex();
		const world = visibleWorld(this.#renderView, this.size, RENDER_MARGIN);
		const held = new Set(this.drag?.ids ?? []);
		for (const peer of peers) for (const id of peer.canvas.drag?.ids ?? []) held.add(id);
		// A pan looks only at the grid cells in view, not at every note of a huge wall; notes in
		// someone's hand are drawn where they are held, wherever their place is.
		const found = new Set<LaidOutNote>();
		for (const rect of grid.near(world, 0)) {
			const note = index.get(rect);
			if (note && !held.has(note.id) && overlaps(rect, world)) found.add(note);
		}
		const near: { note: LaidOutNote; rect: Rect }[] = [];
		for (const note of found) near.push(this.#kept(note, note.rect));
		for (const id of held) {
			const note = this.laidOut(id);
			if (!note) continue;
			const rect = this.displayRect(note, peers);
			if (overlaps(rect, world)) near.push(this.#kept(note, rect));
		}
		// Bottom to top, as the layout draws them.
		near.sort(byStackingOfItems);
		this.#capped = near.length > MAX_RENDERED_NOTES;
		if (!this.#capped) return { notes: near, hidden: 0 };
		const keep = new Set([...this.selection, this.active, this.editing]);
		const chosen = new Set(near.slice(-MAX_RENDERED_NOTES));
		for (const item of near) if (keep.has(item.note.id)) chosen.add(item);
		return { notes: near.filter((item) => chosen.has(item)), hidden: near.length - chosen.size };
	}

	/** Notes that did not move keep their item, so a drag re-renders only the notes in hand. */
	#kept(note: LaidOutNote, rect: Rect): { note: LaidOutNote; rect: Rect } {
		if (rect !== note.rect) return { note, rect };
		let item = this.#still.get(note);
		if (!item) this.#still.set(note, (item = { note, rect }));
		return item;
	}

	/** The layout's notes in grid cells: made once, then patched as the layout is. */
	#nearIndex(): NearIndex {
		const { layout, change } = this.#read();
		const near = this.#near;
		if (near?.layout === layout) return near;
		if (near && change && change.from === near.layout) {
			// A note stored where it was computed keeps its rectangle: only the entry changes.
			for (const note of change.added) {
				if (!near.index.has(note.rect)) near.grid.add(note.rect);
				near.index.set(note.rect, note);
				near.byId?.set(note.id, note);
			}
			for (const note of change.removed) {
				if (near.index.get(note.rect) === note) {
					near.index.delete(note.rect);
					near.grid.remove(note.rect);
				}
				if (near.byId?.get(note.id) === note) near.byId.delete(note.id);
			}
			near.layout = layout;
			return near;
		}
		const grid = new SpatialHash(NEAR_CELL);
		const index = new Map<Rect, LaidOutNote>();
		for (const note of layout.notes) {
			grid.add(note.rect);
			index.set(note.rect, note);
		}
		return (this.#near = { layout, grid, index, byId: null });
	}

	/** Notes in reading order: sorted once, then patched as the layout is. */
	#readingOrder(): LaidOutNote[] {
		const { layout, change } = this.#read();
		const reading = this.#reading;
		if (reading?.layout === layout) return reading.order;
		if (reading && change && change.from === reading.layout) {
			const order = reading.order;
			const added = new Map(change.added.map((note) => [note.id, note]));
			// Stored where they were computed (the first write): the same places in reading order.
			const inPlace =
				change.added.length === change.removed.length &&
				change.removed.every((note) => added.get(note.id)?.rect === note.rect);
			if (inPlace) {
				for (const note of change.removed) {
					const at = this.#search(order, note);
					if (order[at] === note) order[at] = added.get(note.id) ?? note;
				}
				reading.layout = layout;
				return order;
			}
			if (change.added.length + change.removed.length <= MAX_PATCHED_MOVES) {
				for (const note of change.removed) {
					const at = this.#search(order, note);
					if (order[at] === note) order.splice(at, 1);
				}
				for (const note of change.added) order.splice(this.#search(order, note), 0, note);
				reading.layout = layout;
				return order;
			}
		}
		const order = [...layout.notes].sort(byPlace);
		this.#reading = { layout, order };
		return order;
	}

	#search(order: readonly LaidOutNote[], note: LaidOutNote): number {
		let low = 0;
		let high = order.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (byPlace(order[middle]!, note) < 0) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** Frames near the viewport. */
	renderedFrames(): { frame: LaidOutFrame; rect: Rect }[] {
		const moved = this.layout.frames.map((frame) => ({
			frame,
			rect: this.displayFrameRect(frame)
		}));
		return visibleItems(moved, this.view, this.size);
	}

	/** Notes in reading order (top to bottom, left to right): the keyboard's order. */
	readingOrder(): readonly LaidOutNote[] {
		return this.#readingOrder();
	}

	// ---- view ------------------------------------------------------------------------------

	/** The component routes programmatic view changes through d3-zoom, so its state stays in step. */
	connectView(apply: ((view: View) => void) | null): void {
		this.#applyView = apply;
	}

	setView(view: View): void {
		const next = clampView(view);
		if (this.#applyView) this.#applyView(next);
		else this.moveView(next, false);
	}

	/**
	 * Shows `view`. A `gesture` (wheel, drag, pinch) renders the notes it brings into view after
	 * the frame that moves the picture, and not at all while those rendered already cover it;
	 * anything else (keys, "Fit all", revealing a note) renders them at once, so the note that is
	 * to take the focus is there.
	 */
	moveView(view: View, gesture: boolean): void {
		this.view = view;
		if (!gesture) {
			this.#renderView = view;
			return;
		}
		if (!this.#capped && coversView(this.#renderView, view, this.size, RENDER_MARGIN)) return;
		this.#cancelRender ??= afterPaint(() => {
			this.#cancelRender = null;
			this.#renderView = this.view;
		});
	}

	setSize(size: Size): void {
		if (size.width !== this.size.width || size.height !== this.size.height) this.size = size;
	}

	/** `+`, `-`, `0`: true when the key was one of them. */
	zoomKey(key: string): boolean {
		const next = viewForKey(this.view, key, this.size);
		if (!next) return false;
		this.setView(next);
		return true;
	}

	fitAll(): void {
		this.setView(fitAll(this.#rects(), this.size));
	}

	/** The view a board opens with: whole, unless its notes would be too small to touch. */
	open(): void {
		this.setView(openingView(this.#rects(), this.size));
	}

	#rects(): Rect[] {
		return [
			...this.layout.notes.map((note) => note.rect),
			...this.layout.frames.map((frame) => frame.rect)
		];
	}

	/** Pans so that a note is in view (keeping the zoom), when it is not already. */
	reveal(id: string): void {
		const note = this.laidOut(id);
		if (!note) return;
		const world = visibleWorld(this.view, this.size, -24);
		const inside =
			note.rect.x >= world.x &&
			note.rect.y >= world.y &&
			note.rect.x + note.rect.width <= world.x + world.width &&
			note.rect.y + note.rect.height <= world.y + world.height;
		if (!inside)
			this.setView(
				centreOn(this.view, this.size, {
					x: note.rect.x + note.rect.width / 2,
					y: note.rect.y + note.rect.height / 2
				})
			);
	}

	// ---- selection -------------------------------------------------------------------------

	select(id: string, additive = false): void {
		if (!additive) this.selection = [id];
		else if (this.selection.includes(id))
			this.selection = this.selection.filter((other) => other !== id);
		else this.selection = [...this.selection, id];
		this.active = id;
		this.#share();
	}

	/** The notes a lasso (world rectangle) touches; with `additive`, added to the selection. */
	selectIn(rect: Rect, additive = false): void {
		const inside = this.layout.notes.filter((note) => overlaps(note.rect, rect)).map((n) => n.id);
		this.selection = additive ? [...new Set([...this.selection, ...inside])] : inside;
		if (inside[0]) this.active = inside[0];
		this.#share();
	}

	clearSelection(): void {
		if (this.selection.length === 0) return;
		this.selection = [];
		this.#share();
	}

	/** Moves the keyboard focus to the next (+1) or previous (-1) note in reading order. */
	focusNext(by: 1 | -1 | 'first' | 'last'): string | null {
		const order = this.readingOrder();
		if (order.length === 0) return null;
		const index = order.findIndex((note) => note.id === this.active);
		const next =
			by === 'first'
				? 0
				: by === 'last'
					? order.length - 1
					: index < 0
						? 0
						: Math.min(order.length - 1, Math.max(0, index + by));
		const id = order[next]?.id ?? null;
		if (id) {
			this.active = id;
			this.selection = [id];
			this.reveal(id);
			this.#share();
		}
		return id;
	}

	// ---- presence --------------------------------------------------------------------------

	/** The pointer over the canvas, in world units (null when it leaves). */
	pointerAt(point: Point | null): void {
		this.#pointer = point ? [Math.round(point.x), Math.round(point.y)] : null;
		this.#share();
	}

	/** What this person tells the others about the canvas now. */
	presence(): CanvasPresence {
		const drag = this.drag;
		return {
			step: this.step,
			pointer: this.#pointer,
			// During a drag the dragged ids say which notes are held; the selection would repeat them.
			selection: drag ? [] : this.selection.slice(0, MAX_CANVAS_PRESENCE_IDS),
			drag: drag
				? {
						ids: drag.ids.slice(0, MAX_CANVAS_PRESENCE_IDS),
						dx: Math.round(drag.dx),
						dy: Math.round(drag.dy)
					}
				: null
		};
	}

	/** Sends presence now if the last message is old enough, else once when it is (≤ 20/s). */
	#share(): void {
		if (this.#timer !== null) return;
		const wait = this.#lastSent + PRESENCE_INTERVAL_MS - performance.now();
		if (wait <= 0) {
			this.#send();
			return;
		}
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#send();
		}, wait);
	}

	#send(): void {
		this.#lastSent = performance.now();
		this.presenceSent++;
		// An event nobody but the benchmark listens to (it counts updates per second during a drag).
		if (typeof dispatchEvent === 'function') dispatchEvent(new Event(PRESENCE_EVENT));
		this.session.presence.set('canvas', this.presence());
	}

	// ---- drags -----------------------------------------------------------------------------

	/** Starts dragging `id`: the whole selection when it is selected, else only that note. */
	startDrag(id: string): void {
		if (!this.editable) return;
		if (!this.selection.includes(id)) this.selection = [id];
		this.active = id;
		this.drag = { ids: [...this.selection], dx: 0, dy: 0 };
		this.#share();
	}

	dragTo(dx: number, dy: number): void {
		if (!this.drag) return;
		this.drag = { ...this.drag, dx, dy };
		this.#share();
	}

	/** Writes the drag (one undo step); a drag that did not move writes nothing. */
	drop(): boolean {
		const drag = this.drag;
		this.drag = null;
		this.#share();
		if (!drag || (drag.dx === 0 && drag.dy === 0)) return false;
		return this.moveBy(drag.ids, drag.dx, drag.dy);
	}

	cancelDrag(): void {
		this.drag = null;
		this.frameDrag = null;
		this.#share();
	}

	/** Arrow keys: moves the selection one grid step (Shift: a larger one). */
	nudge(key: string, shift: boolean): boolean {
		const by = arrowMove(key, shift);
		if (!by || this.selection.length === 0 || !this.editable) return false;
		this.moveBy(this.selection, by.x, by.y);
		return true;
	}

	moveBy(ids: readonly string[], dx: number, dy: number): boolean {
		const moves = new Map<string, Point>();
		for (const id of ids) {
			const note = this.laidOut(id);
			if (note) moves.set(id, { x: note.rect.x + dx, y: note.rect.y + dy });
		}
		return this.moveNotes(moves);
	}

	/** Writes new top-left corners; notes that land in another frame join its group. */
	moveNotes(moves: ReadonlyMap<string, Point>): boolean {
		if (moves.size === 0) return false;
		const frames = this.#framesAfterFirstWrite();
		const moved = [...moves].flatMap(([id, point]) => {
			const note = this.laidOut(id);
			if (!note) return [];
			const [x, y] = storedPoint(point);
			return [{ id, cluster: note.cluster, point: [x, y] as [number, number] }];
		});
		const changes = clusterChanges(
			moved.map(({ id, cluster, point }) => ({
				id,
				cluster,
				rect: rectAt({ x: point[0], y: point[1] }, NOTE_SIZE)
			})),
			frames
		);
		const ok = this.#write((plan) => {
			for (const { id, point } of moved) plan.update('notes', id, { position: point });
			for (const [id, cluster] of changes) plan.update('notes', id, { cluster });
		});
		if (ok)
			this.#announceMove(
				moved.length,
				moved.map((m) => changes.get(m.id) ?? m.cluster)
			);
		return ok;
	}

	#announceMove(count: number, clusters: string[]): void {
		const distinct = [...new Set(clusters)];
		const where =
			distinct.length === 1
				? distinct[0]
					? m.canvas_moved_to({ notes: noteCount(count), group: distinct[0] })
					: m.canvas_moved_ungrouped({ notes: noteCount(count) })
				: m.canvas_moved_into({
						notes: noteCount(count),
						groups: m.canvas_group_count(counted(distinct.length))
					});
		this.announcement = where;
	}

	// ---- frames ----------------------------------------------------------------------------

	startFrameDrag(id: string): void {
		if (this.editable) this.frameDrag = { id, dx: 0, dy: 0 };
	}

	frameDragTo(dx: number, dy: number): void {
		if (this.frameDrag) this.frameDrag = { ...this.frameDrag, dx, dy };
	}

	dropFrame(): boolean {
		const drag = this.frameDrag;
		this.frameDrag = null;
		if (!drag || (drag.dx === 0 && drag.dy === 0)) return false;
		return this.moveFrameBy(drag.id, drag.dx, drag.dy);
	}

	/** Moves a frame and the notes in it. */
	moveFrameBy(id: string, dx: number, dy: number): boolean {
		const frames = this.#framesAfterFirstWrite();
		const frame = frames.find((f) => f.id === id);
		if (!frame) return false;
		const result = moveFrame(frame, frames, this.layout.notes, dx, dy);
		const after = frames.map((f) => (f.id === id ? { ...f, rect: result.rect } : f));
		const ok = this.#write((plan) => {
			plan.update('frames', id, { rect: storedRect(result.rect) });
			for (const [noteId, point] of result.notes)
				plan.update('notes', noteId, { position: storedPoint(point) });
			this.#regroup(plan, after, result.notes);
		});
		if (ok)
			this.announcement = m.canvas_moved_group({
				group: frame.name,
				notes: noteCount(result.notes.size)
			});
		return ok;
	}

	/** "New group from selection": a frame around the selected notes, named `name`. */
	groupSelection(name: string): string | null {
		const title = name.trim();
		const rects = this.selection.flatMap((id) => this.laidOut(id)?.rect ?? []);
		const rect = frameAround(rects, FRAME_PADDING, FRAME_HEADER);
		if (!title || !rect) return null;
		const frames = this.#framesAfterFirstWrite();
		const derived = frameIdFor(this.step, title);
		const taken = frames.some((frame) => frame.id === derived);
		let id: string | null = null;
		const z = keyAbove(frames.map((frame) => frame.z));
		const ok = this.#write((plan) => {
			const fields = { step: this.step, name: title, rect: storedRect(rect), z };
			id = taken ? plan.add('frames', fields) : plan.add('frames', fields, derived);
			this.#regroup(plan, [...frames, { id, name: title, rect, z }]);
		});
		if (!ok) return null;
		this.announcement = m.canvas_new_group({ group: title, notes: noteCount(rects.length) });
		return id;
	}

	renameFrame(id: string, name: string): boolean {
		const title = name.trim();
		const frames = this.#framesAfterFirstWrite();
		const frame = frames.find((f) => f.id === id);
		if (!frame || !title || title === frame.name) return false;
		const after = frames.map((f) => (f.id === id ? { ...f, name: title } : f));
		const ok = this.#write((plan) => {
			plan.update('frames', id, { name: title });
			this.#regroup(plan, after);
		});
		if (ok) this.announcement = m.canvas_renamed_group({ group: frame.name, title });
		return ok;
	}

	/** Deletes a frame; its notes stay where they are, out of the group. */
	deleteFrame(id: string): boolean {
		const frames = this.#framesAfterFirstWrite();
		const frame = frames.find((f) => f.id === id);
		if (!frame) return false;
		const ok = this.#write((plan) => {
			plan.remove('frames', id);
			this.#regroup(
				plan,
				frames.filter((f) => f.id !== id)
			);
		});
		if (ok) this.announcement = m.canvas_deleted_group({ group: frame.name });
		return ok;
	}

	/** "Tidy" a frame: its notes on a grid inside it (the frame grows when they do not fit). */
	tidyFrame(id: string): boolean {
		const frames = this.#framesAfterFirstWrite();
		const frame = frames.find((f) => f.id === id);
		if (!frame) return false;
		const members = this.layout.notes.filter((note) => frameOf(note.rect, frames)?.id === id);
		const result = tidy(
			members.map((note) => ({ id: note.id, x: note.rect.x, y: note.rect.y })),
			frame.rect
		);
		const rect = grownToFit(frame.rect, result.bounds);
		const ok = this.#write((plan) => {
			if (rect !== frame.rect) plan.update('frames', id, { rect: storedRect(rect) });
			for (const [noteId, point] of result.positions)
				plan.update('notes', noteId, { position: storedPoint(point) });
		});
		if (ok)
			this.announcement = m.canvas_tidied_in({
				notes: noteCount(members.length),
				group: frame.name
			});
		return ok;
	}

	/** "Tidy" the selection: a grid from its top-left corner. */
	tidySelection(): boolean {
		const notes = this.selection.flatMap((id) => this.laidOut(id) ?? []);
		if (notes.length === 0) return false;
		const result = tidy(
			notes.map((note) => ({ id: note.id, x: note.rect.x, y: note.rect.y })),
			null
		);
		const ok = this.moveNotes(result.positions);
		if (ok) this.announcement = m.canvas_tidied({ notes: noteCount(notes.length) });
		return ok;
	}

	/** "Spread out": every overlapping note of the step moved to the nearest clear place. */
	spreadOut(): boolean {
		const notes = this.layout.notes;
		const positions = spreadOut(
			notes.map((note) => ({ id: note.id, x: note.rect.x, y: note.rect.y }))
		);
		const moves = new Map<string, Point>();
		for (const note of notes) {
			const place = positions.get(note.id);
			if (place && (place.x !== note.rect.x || place.y !== note.rect.y)) moves.set(note.id, place);
		}
		if (moves.size === 0) {
			this.announcement = m.canvas_no_overlap();
			return false;
		}
		const ok = this.moveNotes(moves);
		if (ok) this.announcement = m.canvas_spread_out({ notes: noteCount(moves.size) });
		return ok;
	}

	// ---- notes -----------------------------------------------------------------------------

	/** Adds a note centred on `at` (world units) in whatever group is there; returns its id. */
	addNote(
		at: Point,
		fields: { text?: string; color?: NoteColor; edit?: boolean } = {}
	): string | null {
		const corner = { x: at.x - NOTE_SIZE.width / 2, y: at.y - NOTE_SIZE.height / 2 };
		return this.#addAt(corner, fields);
	}

	/** `N`: a new note in the middle of the viewport, edited at once. */
	addAtCentre(fields: { text?: string; color?: NoteColor; edit?: boolean } = {}): string | null {
		const centre = viewportCentre(this.view, this.size);
		const origin = { x: centre.x - NOTE_SIZE.width / 2, y: centre.y - NOTE_SIZE.height / 2 };
		// Several notes added in a row go side by side (rows of five) instead of hiding each other;
		// the grid of the layout answers "is this spot taken" without a look at every note.
		const { grid } = this.#nearIndex();
		let corner = origin;
		for (let index = 0; index < 100; index++) {
			corner = {
				x: origin.x + (index % 5) * (NOTE_SIZE.width + NOTE_GAP),
				y: origin.y + Math.floor(index / 5) * (NOTE_SIZE.height + NOTE_GAP)
			};
			const rect = rectAt(corner, NOTE_SIZE);
			if (!grid.some(rect, 0, (other) => overlaps(rect, other))) break;
		}
		return this.#addAt(corner, { edit: true, ...fields });
	}

	/** `Tab` while editing: the next note right beside this one, in the same group. */
	addBeside(id: string): string | null {
		const note = this.laidOut(id);
		const color = this.note(id)?.color;
		if (!note) return null;
		return this.#addAt(
			{ x: note.rect.x + note.rect.width + NOTE_GAP, y: note.rect.y },
			{ color, edit: true }
		);
	}

	#addAt(
		corner: Point,
		{
			text = '',
			color = 'yellow',
			edit = true
		}: { text?: string; color?: NoteColor; edit?: boolean }
	): string | null {
		const frames = this.#framesAfterFirstWrite();
		const [x, y] = storedPoint(corner);
		const rect = rectAt({ x, y }, NOTE_SIZE);
		const cluster = frameOf(rect, frames)?.name ?? '';
		const z = keyAbove(this.notes.map((note) => note.z));
		let id: string | null = null;
		const ok = this.#write((plan) => {
			id = plan.add('notes', { step: this.step, text, color, position: [x, y], z, cluster });
		});
		if (!ok || !id) return null;
		this.selection = [id];
		this.active = id;
		if (edit) this.editing = id;
		this.announcement = cluster ? m.canvas_added_to({ group: cluster }) : m.canvas_added();
		this.#share();
		return id;
	}

	/** Starts editing a note and brings it to the front. */
	edit(id: string): void {
		if (!this.editable) return;
		this.editing = id;
		this.active = id;
		this.bringToFront(id);
	}

	stopEditing(): void {
		this.editing = null;
	}

	setText(id: string, text: string): boolean {
		return this.session.edit((plan) => plan.setText('notes', id, 'text', text));
	}

	bringToFront(id: string): boolean {
		const notes = this.notes;
		const note = notes.find((n) => n.id === id);
		if (!note) return false;
		const top = notes.reduce<string>((best, n) => (n.z > best ? n.z : best), '');
		if (note.z !== '' && note.z === top && notes.filter((n) => n.z === top).length === 1)
			return false;
		const z = keyAbove(notes.map((n) => n.z));
		return this.#write((plan) => plan.update('notes', id, { z }));
	}

	setColor(color: NoteColor, ids: readonly string[] = this.selection): boolean {
		if (ids.length === 0) return false;
		return this.#write((plan) => {
			for (const id of ids) plan.update('notes', id, { color });
		});
	}

	/** Deletes the selected notes (one undo step); returns them, so they can be restored. */
	deleteSelection(): Readonly<StickyNote>[] {
		const notes = this.selection.flatMap((id) => this.note(id) ?? []);
		if (notes.length === 0) return [];
		const ok = this.#write((plan) => {
			for (const note of notes) plan.remove('notes', note.id);
		});
		if (!ok) return [];
		this.selection = [];
		if (this.editing && notes.some((note) => note.id === this.editing)) this.editing = null;
		this.announcement = m.canvas_deleted({ notes: noteCount(notes.length) });
		this.#share();
		return notes;
	}

	// ---- writing ---------------------------------------------------------------------------

	/**
	 * Someone starts to write a note (focus in the board's form): on a wall with at
	 * least `PREPARE_FROM` computed places, those places are stored now, in a write of their own
	 * after the next frame, instead of in the person's first write. On a wall of thousands that
	 * storing is slow, and the note being typed should appear at once. Smaller walls keep it in the
	 * first write (one undo step); a read-only plan, or a wall whose places are all stored, writes
	 * nothing. Returns whether a write was scheduled.
	 */
	prepare(): boolean {
		if (this.#prepared || !this.editable) return false;
		const computed = this.layout.notes.reduce((count, note) => count + (note.stored ? 0 : 1), 0);
		if (computed < PREPARE_FROM) return false;
		this.#prepared = true;
		const run = () => {
			this.#cancelPrepare = null;
			if (this.session.readOnly) return;
			const unsaved = unsavedPlaces(this.layout);
			if (unsaved.positions.size === 0) return;
			// Nothing moves on screen: a write no undo takes back (see PlanDoc.batchOutsideUndo).
			this.session.edit((plan) => plan.batchOutsideUndo(() => this.#storeUnsaved(plan, unsaved)));
		};
		// Without frames (Node) there is nothing to paint first.
		if (typeof requestAnimationFrame !== 'function') run();
		else this.#cancelPrepare = afterPaint(run);
		return true;
	}

	/** The frames as they are once the first write has stored every computed one. */
	#framesAfterFirstWrite() {
		return this.layout.frames.map((frame) => ({
			id: frame.id,
			name: frame.name,
			rect: frame.rect,
			z: frame.z
		}));
	}

	/** Rewrites the cluster of every note of the step whose frame no longer has its name. */
	#regroup(
		plan: PlanDoc,
		frames: readonly { id: string; name: string; rect: Rect; z: string }[],
		moved: ReadonlyMap<string, Point> = new Map()
	): void {
		const notes = this.layout.notes.map((note) => {
			const point = moved.get(note.id);
			return point ? { ...note, rect: clampRect({ ...note.rect, ...point }) } : note;
		});
		for (const [id, cluster] of clusterChanges(notes, frames))
			plan.update('notes', id, { cluster });
	}

	/**
	 * One canvas write: one batch, one undo step. When anything on the step is only computed, the
	 * same batch stores it first: every unplaced note's place, a record for every computed frame,
	 * and the grown rectangle of a stored frame that holds unplaced notes.
	 */
	#write(change: (plan: PlanDoc) => void): boolean {
		if (this.session.readOnly) return false;
		const unsaved = unsavedPlaces(this.layout);
		return this.session.edit((plan) => {
			plan.stopCapturing();
			plan.batch(() => {
				this.#storeUnsaved(plan, unsaved);
				change(plan);
			});
			plan.stopCapturing();
		});
	}

	/** Stores what is only computed on the step: see `#write`. */
	#storeUnsaved(plan: PlanDoc, unsaved: ReturnType<typeof unsavedPlaces>): void {
		// Read before the first write: what is stored is what was on screen.
		const layout = this.layout;
		const storedRects = new Map(this.frames.map((frame) => [frame.id, frame.rect]));
		for (const frame of unsaved.frames) {
			plan.add('frames', { step: this.step, name: frame.name, rect: frame.rect, z: '' }, frame.id);
		}
		for (const frame of layout.frames) {
			const stored = storedRects.get(frame.id);
			const rect = storedRect(frame.rect);
			if (stored && stored.some((value, index) => value !== rect[index]))
				plan.update('frames', frame.id, { rect });
		}
		for (const [id, position] of unsaved.positions)
			plan.update('notes', id, { position: storedPoint({ x: position[0], y: position[1] }) });
	}

	destroy(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#cancelPrepare?.();
		this.#cancelPrepare = null;
		this.#cancelRender?.();
		this.#cancelRender = null;
		this.#timer = null;
		this.#applyView = null;
		this.session.presence.set('canvas', null);
	}
}
