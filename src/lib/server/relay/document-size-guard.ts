import * as Y from 'yjs';

/**
 * Keeps documents under a size limit at a cost that does not depend on the document: it never
 * encodes one. A document's size is the one last measured, which every load and store measures
 * for free, plus the byte lengths of the updates applied since (the document's own update
 * events, so a duplicate that changes nothing adds nothing). A frame is refused when that bound
 * plus its own length would cross the limit. The bound is a little high between stores (merged
 * updates encode smaller, overwritten values are dropped), never low.
 *
 * The bound only ever grows between measures, and a relay process that never stores a shared
 * document (another process holds its store lease) never gets a store's measure: its bound would
 * grow for the whole session until it refused edits to a document far under the limit. So a frame
 * the bound would refuse makes the guard measure the document itself (encode it), at most once
 * per `remeasureAfterMs` per document: a cost only at the limit, and bounded there.
 */
export class DocumentSizeGuard {
	readonly #maxBytes: number;
	readonly #estimates = new WeakMap<Y.Doc, number>();
	readonly #measuredAt = new WeakMap<Y.Doc, number>();
	readonly #remeasureAfterMs: number;
	readonly #now: () => number;

	constructor(maxBytes: number, options: { remeasureAfterMs?: number; now?: () => number } = {}) {
		this.#maxBytes = maxBytes;
		this.#remeasureAfterMs = options.remeasureAfterMs ?? 10_000;
		this.#now = options.now ?? Date.now;
	}

	/** Records the document's real size, e.g. after a load or a store. */
	reset(doc: Y.Doc, bytes: number): void {
		if (!this.#estimates.has(doc)) {
			doc.on('update', (update: Uint8Array) => {
				this.#estimates.set(doc, (this.#estimates.get(doc) ?? 0) + update.byteLength);
			});
		}
		this.#estimates.set(doc, bytes);
		this.#measuredAt.set(doc, this.#now());
	}

	/** The current upper bound of the document's size. */
	estimate(doc: Y.Doc): number {
		return this.#estimates.get(doc) ?? 0;
	}

	/**
	 * Whether `doc` may take a frame of `incomingBytes`; false means it must be refused. Some kinds
	 * of documents (a person's drafts) have a smaller `maxBytes` of their own.
	 */
	admit(doc: Y.Doc, incomingBytes: number, maxBytes = this.#maxBytes): boolean {
		const limit = Math.min(maxBytes, this.#maxBytes);
		if (this.estimate(doc) + incomingBytes <= limit) return true;
		const measuredAt = this.#measuredAt.get(doc) ?? -Infinity;
		if (this.#now() - measuredAt < this.#remeasureAfterMs) return false;
		this.reset(doc, Y.encodeStateAsUpdate(doc).byteLength);
		return this.estimate(doc) + incomingBytes <= limit;
	}
}
