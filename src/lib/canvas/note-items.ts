/**
 * What each rendered note of the canvas shows, worked out in one pass instead of by several
 * reactive reads per note. A pan over a wall of thousands brings a hundred notes into view at a
 * time: each new note then costs one object and one template update, not a handful of derived
 * values, and a note that stays in view keeps its very object, so nothing of it is drawn again.
 */
import type { LaidOutNote } from './board-layout';
import type { Rect } from './geometry';

export interface NoteItem<N, M> {
	readonly id: string;
	readonly laid: LaidOutNote;
	/** Where it is drawn now (its place, or where a drag holds it). */
	readonly rect: Rect;
	readonly note: N;
	/** Someone else's selection or drag of it. */
	readonly mark: M | undefined;
	readonly selected: boolean;
	readonly dragging: boolean;
	/** Its place in reading order, from 1. */
	readonly position: number;
	/** Its accessible name. */
	readonly label: string;
	/** What `position` was read from: a new reading order reads it again. */
	readonly order: unknown;
}

export interface NoteItemSources<N, M> {
	note(id: string): N | undefined;
	mark(id: string): M | undefined;
	selected(id: string): boolean;
	dragging(id: string): boolean;
	/** Changes whenever reading positions may have changed (the layout). */
	readonly order: unknown;
	position(laid: LaidOutNote): number;
	label(laid: LaidOutNote, note: N): string;
}

/**
 * Turns the rendered notes into items, reusing the item of a note whose inputs did not change
 * (its label is read again only when its text or group did, its position only with a new order).
 * A note without a record (deleted a moment ago) is left out.
 */
export class NoteItems<N, M> {
	#items = new WeakMap<LaidOutNote, NoteItem<N, M>>();

	list(
		rendered: readonly { note: LaidOutNote; rect: Rect }[],
		sources: NoteItemSources<N, M>
	): NoteItem<N, M>[] {
		const items: NoteItem<N, M>[] = [];
		for (const { note: laid, rect } of rendered) {
			const note = sources.note(laid.id);
			if (note === undefined) continue;
			const mark = sources.mark(laid.id);
			const selected = sources.selected(laid.id);
			const dragging = sources.dragging(laid.id);
			const before = this.#items.get(laid);
			if (
				before &&
				before.rect === rect &&
				before.note === note &&
				before.mark === mark &&
				before.selected === selected &&
				before.dragging === dragging &&
				before.order === sources.order
			) {
				items.push(before);
				continue;
			}
			const item: NoteItem<N, M> = {
				id: laid.id,
				laid,
				rect,
				note,
				mark,
				selected,
				dragging,
				position:
					before && before.order === sources.order ? before.position : sources.position(laid),
				label: before && before.note === note ? before.label : sources.label(laid, note),
				order: sources.order
			};
			this.#items.set(laid, item);
			items.push(item);
		}
		return items;
	}
}
