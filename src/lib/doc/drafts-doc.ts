import * as Y from 'yjs';
import { isId, newId } from '../domain/ids';
import { TEXT_LIMITS } from '../domain/limits';
import { isStepId, type StepId } from '../domain/steps';
import { clipCharacters } from '../domain/text';
import { isKeyOf, NOTE_COLORS, type NoteColor } from '../domain/vocabulary';
import { TxOrigin } from './origins';

/** One private note of a private round, as its writer sees it. */
export interface Draft {
	/** Also the id of the note it becomes at the reveal: publishing twice never adds it twice. */
	id: string;
	/** The round it was written in. */
	round: string;
	step: StepId;
	text: string;
	color: NoteColor;
	/** When it was written (ms); orders a person's notes in their column. */
	created: number;
}

export type DraftPatch = Partial<Pick<Draft, 'text' | 'color'>>;

/** Most drafts read from one document: a hostile or damaged one cannot make every read slow. */
export const MAX_DRAFTS_READ = 1_000;

/** A stored draft as this app promises it; null for anything that is not one. */
export function readDraft(id: string, value: unknown): Draft | null {
	const stored = value as Partial<Record<keyof Draft, unknown>> | null;
	if (!isId(id) || !stored || typeof stored !== 'object' || Array.isArray(stored)) return null;
	if (!isId(stored.round) || !isStepId(stored.step)) return null;
	const text = typeof stored.text === 'string' ? clipCharacters(stored.text, TEXT_LIMITS.long) : '';
	const created =
		typeof stored.created === 'number' && Number.isFinite(stored.created) ? stored.created : 0;
	return {
		id,
		round: stored.round,
		step: stored.step,
		text,
		color: isKeyOf(NOTE_COLORS, stored.color) ? stored.color : 'yellow',
		created
	};
}

/** Writer's order: oldest first, then by id, the same on each of their devices. */
export function compareDrafts(a: Draft, b: Draft): number {
	if (a.created !== b.created) return a.created - b.created;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * One person's private notes: a document of its own that the relay lets only its owner open, so
 * nobody else (not even the facilitator) can read a note before its writer's device publishes it
 * at the reveal. Each draft is one plain value (last writer wins): only its writer's devices edit it.
 */
export class DraftsDoc {
	readonly origin = new TxOrigin('local', 'drafts');
	#listeners = new Set<() => void>();
	#cache: Draft[] | null = null;

	constructor(readonly ydoc: Y.Doc = new Y.Doc()) {
		this.#drafts.observe(this.#changed);
	}

	get #drafts(): Y.Map<unknown> {
		return this.ydoc.getMap('drafts');
	}

	#changed = () => {
		this.#cache = null;
		for (const listener of this.#listeners) listener();
	};

	/** Every readable draft, in writer's order (malformed entries dropped). */
	get all(): readonly Draft[] {
		if (!this.#cache) {
			const drafts: Draft[] = [];
			for (const [id, value] of this.#drafts) {
				if (drafts.length >= MAX_DRAFTS_READ) break;
				const draft = readDraft(id, value);
				if (draft) drafts.push(draft);
			}
			this.#cache = drafts.sort(compareDrafts);
		}
		return this.#cache;
	}

	/** The drafts of one round. */
	of(round: string): Draft[] {
		return this.all.filter((draft) => draft.round === round);
	}

	/** Adds a draft and returns its id; the text is clipped to a note's limit. */
	add(init: Omit<Draft, 'id' | 'created'>, created = Date.now(), id = newId()): string {
		const draft: Draft = { ...init, id, created, text: clip(init.text) };
		this.#write(() => this.#drafts.set(id, stored(draft)));
		return id;
	}

	/** Changes a draft's text or colour; nothing for a draft that is gone. */
	update(id: string, patch: DraftPatch): void {
		const current = readDraft(id, this.#drafts.get(id));
		if (!current) return;
		const next: Draft = {
			...current,
			...(patch.text !== undefined ? { text: clip(patch.text) } : {}),
			...(patch.color !== undefined && isKeyOf(NOTE_COLORS, patch.color)
				? { color: patch.color }
				: {})
		};
		this.#write(() => this.#drafts.set(id, stored(next)));
	}

	/** Removes drafts (deleted by their writer, or published). */
	remove(ids: Iterable<string>): void {
		this.#write(() => {
			for (const id of ids) this.#drafts.delete(id);
		});
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#write(change: () => void): void {
		this.ydoc.transact(change, this.origin);
	}

	destroy(): void {
		this.#drafts.unobserve(this.#changed);
		this.#listeners.clear();
	}
}

function clip(text: string): string {
	return clipCharacters(text, TEXT_LIMITS.long);
}

function stored(draft: Draft): Record<string, unknown> {
	const { id: _id, ...fields } = draft;
	void _id;
	return fields;
}
