import type * as Y from 'yjs';

type Entry = {
	state: Uint8Array;
	/** Updates stored after `state` (each a merged batch), then those applied since the last store. */
	stored: Uint8Array[];
	since: Uint8Array[];
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
	readonly #watched = new WeakSet<Y.Doc>();
	readonly #minBytes: number;

	/** Documents below `minBytes` are answered by the sync engine itself, which is cheap for them. */
	constructor(minBytes: number) {
		this.#minBytes = minBytes;
	}

	/** The document as of `state` and the `updates` stored after it (after a load or a compaction). */
	remember(doc: Y.Doc, state: Uint8Array, updates: readonly Uint8Array[] = []): void {
		if (!this.#watched.has(doc)) {
			this.#watched.add(doc);
			doc.on('update', (update: Uint8Array) => this.#append(doc, update));
		}
		if (state.byteLength < this.#minBytes) {
			this.#entries.delete(doc);
			return;
		}
		const entry = { state, stored: [...updates], since: [], bytes: 0 };
		for (const update of updates) entry.bytes += update.byteLength;
		this.#entries.set(doc, entry);
		this.#trim(doc, entry);
	}

	/**
	 * The updates applied since the last call (or `remember`) were stored as `update`, one merged
	 * batch: it replaces them, which keeps the cache as small as the stored rows.
	 */
	stored(doc: Y.Doc, update: Uint8Array): void {
		const entry = this.#entries.get(doc);
		if (!entry) return;
		for (const replaced of entry.since) entry.bytes -= replaced.byteLength;
		entry.since = [];
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

	#append(doc: Y.Doc, update: Uint8Array): void {
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
