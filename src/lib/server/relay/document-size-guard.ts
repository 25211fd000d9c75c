import * as Y from 'yjs';

/**
 * Keeps documents under a size limit without encoding them on every frame: it adds up incoming
 * frame sizes (an upper bound of the growth) and only measures the real size when that bound
 * would cross the limit.
 */
export class DocumentSizeGuard {
	readonly #maxBytes: number;
	readonly #estimates = new WeakMap<Y.Doc, number>();

	constructor(maxBytes: number) {
		this.#maxBytes = maxBytes;
	}

	/** Records the document's real size, e.g. after a load or a store. */
	reset(doc: Y.Doc, bytes: number): void {
		this.#estimates.set(doc, bytes);
	}

	/** Whether `doc` may take `incomingBytes` more; false means the frame must be refused. */
	admit(doc: Y.Doc, incomingBytes: number): boolean {
		const estimate = this.#estimates.get(doc) ?? 0;
		if (estimate + incomingBytes <= this.#maxBytes) {
			this.#estimates.set(doc, estimate + incomingBytes);
			return true;
		}
		const actual = Y.encodeStateAsUpdate(doc).byteLength;
		if (actual + incomingBytes > this.#maxBytes) {
			this.#estimates.set(doc, actual);
			return false;
		}
		this.#estimates.set(doc, actual + incomingBytes);
		return true;
	}
}
