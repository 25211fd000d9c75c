import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentSizeGuard } from './document-size-guard';

function edit(doc: Y.Doc, text: string): Uint8Array {
	const before = Y.encodeStateVector(doc);
	doc.getText('t').insert(0, text);
	return Y.encodeStateAsUpdate(doc, before);
}

describe('DocumentSizeGuard', () => {
	it('grows by what is applied, not by what is sent', () => {
		const guard = new DocumentSizeGuard(10_000);
		const source = new Y.Doc();
		const doc = new Y.Doc();
		guard.reset(doc, 0);
		const update = edit(source, 'x'.repeat(500));
		Y.applyUpdate(doc, update);
		const after = guard.estimate(doc);
		expect(after).toBeGreaterThanOrEqual(500);
		// The same update again changes nothing, so it adds nothing.
		for (let i = 0; i < 100; i += 1) Y.applyUpdate(doc, update);
		expect(guard.estimate(doc)).toBe(after);
	});

	const cases = [
		{ name: 'under the limit', measured: 8_000, incoming: 1_000, admitted: true },
		{ name: 'exactly at the limit', measured: 8_000, incoming: 2_000, admitted: true },
		{ name: 'over the limit', measured: 8_000, incoming: 2_001, admitted: false },
		{ name: 'a full document, a tiny frame', measured: 10_000, incoming: 1, admitted: false }
	];
	for (const { name, measured, incoming, admitted } of cases) {
		it(`admits a frame ${name}: ${admitted}`, () => {
			const guard = new DocumentSizeGuard(10_000);
			const doc = new Y.Doc();
			guard.reset(doc, measured);
			expect(guard.admit(doc, incoming)).toBe(admitted);
		});
	}

	it('a store measuring the real size resets the bound', () => {
		const guard = new DocumentSizeGuard(10_000);
		const doc = new Y.Doc();
		guard.reset(doc, 9_999);
		expect(guard.admit(doc, 10)).toBe(false);
		guard.reset(doc, 4_000);
		expect(guard.admit(doc, 10)).toBe(true);
	});

	it('a smaller limit of its own (a person’s drafts) applies, a larger one never', () => {
		const guard = new DocumentSizeGuard(10_000);
		const doc = new Y.Doc();
		guard.reset(doc, 1_500);
		expect(guard.admit(doc, 100, 2_000)).toBe(true);
		expect(guard.admit(doc, 600, 2_000)).toBe(false);
		guard.reset(doc, 9_999);
		expect(guard.admit(doc, 10, 50_000)).toBe(false);
	});

	it('measures a document whose bound went stale before refusing it, at most once per while', () => {
		let now = 0;
		const guard = new DocumentSizeGuard(10_000, { remeasureAfterMs: 10_000, now: () => now });
		const doc = new Y.Doc();
		guard.reset(doc, 0);
		// A slider moved 2,000 times: every update adds to the bound, the document keeps one value.
		const overwrite = (times: number) => {
			for (let i = 0; i < times; i += 1) doc.getMap('m').set('influence', i);
		};
		overwrite(2_000);
		expect(guard.estimate(doc)).toBeGreaterThan(10_000);
		expect(guard.admit(doc, 10), 'just measured: the bound stands').toBe(false);
		now = 10_000;
		expect(guard.admit(doc, 10), 'measured again: far under the limit').toBe(true);
		expect(guard.estimate(doc)).toBeLessThan(1_000);
		overwrite(2_000);
		now = 15_000;
		expect(guard.admit(doc, 10), 'not measured again within the while').toBe(false);
		now = 20_000;
		expect(guard.admit(doc, 10)).toBe(true);
	});

	it('still refuses a document that is really full after measuring it', () => {
		let now = 0;
		const guard = new DocumentSizeGuard(10_000, { now: () => now });
		const doc = new Y.Doc();
		guard.reset(doc, 0);
		doc.getText('t').insert(0, 'x'.repeat(10_500));
		now = 60_000;
		expect(guard.admit(doc, 10)).toBe(false);
		expect(guard.estimate(doc)).toBeGreaterThan(10_000);
	});
});
