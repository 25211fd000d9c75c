import type * as Y from 'yjs';

/**
 * Keeps documents under a size limit at a cost that does not depend on the document: it never
 * encodes one. A document's size is the one last measured, which every load and store measures
 * for free, plus the byte lengths of the updates applied since (the document's own update
 * events, so a duplicate that changes nothing adds nothing). A frame is refused when that bound
 * plus its own length would cross the limit. The bound is a little high between stores (merged
 * updates encode smaller), never low.
 */
export class DocumentSizeGuard {
	readonly #maxBytes: number;
	readonly #estimates = new WeakMap<Y.Doc, number>();

	constructor(maxBytes: number) {
		this.#maxBytes = maxBytes;
	}

	/** Records the document's real size, e.g. after a load or a store. */
	reset(doc: Y.Doc, bytes: number): void {
		if (!this.#estimates.has(doc)) {
			doc.on('update', (update: Uint8Array) => {
				this.#estimates.set(doc, (this.#estimates.get(doc) ?? 0) + update.byteLength);
			});
		}
		this.#estimates.set(doc, bytes);
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
		return this.estimate(doc) + incomingBytes <= Math.min(maxBytes, this.#maxBytes);
	}
}
