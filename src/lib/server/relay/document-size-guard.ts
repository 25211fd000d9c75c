import * as Y from 'yjs';

/** The real size of a document near its limit is measured at most this often. */
export const REMEASURE_MS = 5_000;

type Entry = { estimate: number; measuredAt: number };

/**
 * Keeps documents under a size limit at a cost that does not grow with the document. It adds up
 * the byte lengths of incoming updates (an upper bound of the growth: a duplicate or an update
 * that only deletes adds less) on top of the size last measured, which every store measures for
 * free. Only when that bound would cross the limit is the document encoded to learn its real
 * size, and at most once per `REMEASURE_MS`: in between, a frame that would cross is refused.
 * A flood of duplicate updates near the limit therefore costs one encode per few seconds, not
 * one per frame.
 */
export class DocumentSizeGuard {
	readonly #maxBytes: number;
	readonly #now: () => number;
	readonly #entries = new WeakMap<Y.Doc, Entry>();

	constructor(maxBytes: number, now: () => number = Date.now) {
		this.#maxBytes = maxBytes;
		this.#now = now;
	}

	/** Records the document's real size, e.g. after a load or a store. */
	reset(doc: Y.Doc, bytes: number): void {
		this.#entries.set(doc, { estimate: bytes, measuredAt: this.#now() });
	}

	/** The current upper bound of the document's size. */
	estimate(doc: Y.Doc): number {
		return this.#entries.get(doc)?.estimate ?? 0;
	}

	/** Whether `doc` may take `incomingBytes` more; false means the frame must be refused. */
	admit(doc: Y.Doc, incomingBytes: number): boolean {
		const entry = this.#entries.get(doc) ?? { estimate: 0, measuredAt: 0 };
		if (entry.estimate + incomingBytes <= this.#maxBytes) {
			entry.estimate += incomingBytes;
			this.#entries.set(doc, entry);
			return true;
		}
		const now = this.#now();
		if (now - entry.measuredAt < REMEASURE_MS) return false;
		const actual = Y.encodeStateAsUpdate(doc).byteLength;
		this.#entries.set(doc, { estimate: actual, measuredAt: now });
		if (actual + incomingBytes > this.#maxBytes) return false;
		this.#entries.set(doc, { estimate: actual + incomingBytes, measuredAt: now });
		return true;
	}
}
