import type * as Y from 'yjs';

type Entry = {
	state: Uint8Array;
	/** Updates stored after `state` (each a merged batch), then those applied since the last store. */
	stored: Uint8Array[];
	since: Uint8Array[];
	/** How many updates the document had applied before `since[0]` (see `mark`). */
	sinceStart: number;
	bytes: number;
};

/**
 * Answers full-sync requests on large documents without encoding them. Yjs answers a request by
 * encoding the whole document (even a small difference walks every item to collect deletions):
 * about 0.2 s for a 16 MiB plan of many records, during which the relay serves nobody. The
 * relay already holds an encoding for free at every load and compaction; that state plus the
 * updates stored and applied since is the whole document, and a client merges what it already
 * has. A cache that fell behind (its updates outweigh a quarter of the state) is dropped until the
 * next compaction.
 */
export class FullStateCache {
	readonly #entries = new WeakMap<Y.Doc, Entry>();
	/** Updates each watched document applied, counted from when it was first remembered. */
	readonly #applied = new WeakMap<Y.Doc, number>();
	readonly #minBytes: number;

	/** Documents below `minBytes` are answered by the sync engine itself, which is cheap for them. */
	constructor(minBytes: number) {
		this.#minBytes = minBytes;
	}

	/**
	 * Where the document is now, for a store that takes a while: updates applied after the mark
	 * are not in what it stores, and stay in the cache after `stored` or `remember` with it.
	 */
	mark(doc: Y.Doc): number {
		return this.#applied.get(doc) ?? 0;
	}

	/**
	 * The document as of `state` and the `updates` stored after it (after a load or a compaction),
	 * plus whatever it applied after `mark` (by default, nothing).
	 */
	remember(
		doc: Y.Doc,
		state: Uint8Array,
		updates: readonly Uint8Array[] = [],
		mark = this.mark(doc)
	): void {
		if (!this.#applied.has(doc)) {
			this.#applied.set(doc, 0);
			doc.on('update', (update: Uint8Array) => this.#append(doc, update));
		}
		const later = this.#appliedAfter(doc, mark);
		// Updates applied since the mark that the cache did not keep: `state` alone would lack them.
		if (state.byteLength < this.#minBytes || mark + later.length !== this.mark(doc)) {
			this.#entries.delete(doc);
			return;
		}
		const entry = { state, stored: [...updates], since: later, sinceStart: mark, bytes: 0 };
		for (const update of [...updates, ...later]) entry.bytes += update.byteLength;
		this.#entries.set(doc, entry);
		this.#trim(doc, entry);
	}

	/**
	 * The updates applied since the last call (or `remember`), up to `mark` (by default all), were
	 * stored as `update`, one merged batch: it replaces them, which keeps the cache as small as
	 * the stored rows.
	 */
	stored(doc: Y.Doc, update: Uint8Array, mark = this.mark(doc)): void {
		const entry = this.#entries.get(doc);
		if (!entry) return;
		const replaced = entry.since.splice(0, Math.max(0, mark - entry.sinceStart));
		for (const bytes of replaced) entry.bytes -= bytes.byteLength;
		entry.sinceStart += replaced.length;
		entry.stored.push(update);
		entry.bytes += update.byteLength;
		this.#trim(doc, entry);
	}

	/**
	 * The updates that together make the whole document now, in the order to send them (the
	 * stored state last, so a client reports itself synced once everything is in); null when
	 * none is kept.
	 */
	answer(doc: Y.Doc): { updates: Uint8Array[]; state: Uint8Array } | null {
		const entry = this.#entries.get(doc);
		return entry ? { updates: [...entry.stored, ...entry.since], state: entry.state } : null;
	}

	/** The updates the cache holds that `doc` applied after `mark`; none without an entry. */
	#appliedAfter(doc: Y.Doc, mark: number): Uint8Array[] {
		const entry = this.#entries.get(doc);
		if (!entry) return [];
		return entry.since.slice(Math.max(0, mark - entry.sinceStart));
	}

	#append(doc: Y.Doc, update: Uint8Array): void {
		this.#applied.set(doc, (this.#applied.get(doc) ?? 0) + 1);
		const entry = this.#entries.get(doc);
		if (!entry) return;
		entry.since.push(update);
		entry.bytes += update.byteLength;
		this.#trim(doc, entry);
	}

	#trim(doc: Y.Doc, entry: Entry): void {
		if (entry.bytes > entry.state.byteLength / 4) this.#entries.delete(doc);
	}
}
