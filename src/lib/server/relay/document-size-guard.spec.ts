import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentSizeGuard, REMEASURE_MS } from './document-size-guard';

function docOfBytes(bytes: number): Y.Doc {
	const doc = new Y.Doc();
	doc.getText('t').insert(0, 'x'.repeat(bytes));
	return doc;
}

describe('DocumentSizeGuard', () => {
	it('admits growth while the running bound stays under the limit, without measuring', () => {
		const guard = new DocumentSizeGuard(1_000);
		const doc = new Y.Doc();
		guard.reset(doc, 100);
		expect(guard.admit(doc, 400)).toBe(true);
		expect(guard.admit(doc, 500)).toBe(true);
		expect(guard.estimate(doc)).toBe(1_000);
	});

	it('near the limit, measures at most once per interval and refuses in between', () => {
		let now = 0;
		const guard = new DocumentSizeGuard(2_000, () => now);
		const doc = docOfBytes(1_500);
		guard.reset(doc, Y.encodeStateAsUpdate(doc).byteLength);
		// Duplicates of 300 bytes: the bound crosses after the first, the real size never moves.
		const cases = [
			{ at: 0, expected: true },
			{ at: 10, expected: false },
			{ at: REMEASURE_MS - 1, expected: false },
			{ at: REMEASURE_MS, expected: true },
			{ at: REMEASURE_MS + 1, expected: false },
			{ at: 2 * REMEASURE_MS, expected: true }
		];
		for (const { at, expected } of cases) {
			now = at;
			expect(guard.admit(doc, 300), `at ${at} ms`).toBe(expected);
		}
	});

	it('refuses growth that the real size cannot take', () => {
		let now = 0;
		const guard = new DocumentSizeGuard(2_000, () => now);
		const doc = docOfBytes(1_900);
		guard.reset(doc, 1_600);
		now = REMEASURE_MS;
		expect(guard.admit(doc, 500)).toBe(false);
		expect(guard.estimate(doc)).toBeGreaterThan(1_900);
	});
});
