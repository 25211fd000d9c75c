import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { largeWorkshop, referenceWorkshop } from '../../../tests/factories/workshop';
import { compareVersions } from './compare-versions';
import { VersionCache } from './version-cache';
import { ROOT, SCHEMA_VERSION } from './schema';
import { PlanDoc } from './plan-doc';
import {
	CorruptVersion,
	decodeVersion,
	encodeState,
	encodeVersion,
	MAX_VERSION_STATE_BYTES,
	versionState
} from './version-codec';

describe('the version codec', () => {
	test('a version reads back as the plan it was saved from', async () => {
		const doc = new Y.Doc();
		const plan = referenceWorkshop(1, doc);
		const bytes = await encodeVersion(doc);
		const decoded = await decodeVersion(bytes);
		expect(decoded).toMatchObject({ status: 'ok', readOnly: false, schemaVersion: SCHEMA_VERSION });
		expect(decoded.status === 'ok' && decoded.plan).toEqual(plan.toJSON());
	});

	test('the large workshop’s version is far smaller than its state', async () => {
		const doc = new Y.Doc();
		largeWorkshop(2, doc);
		const state = Y.encodeStateAsUpdate(doc);
		const bytes = await encodeVersion(doc);
		expect(bytes.length / state.length).toBeLessThan(0.25);
		expect(await versionState(bytes)).toEqual({
			format: 2,
			state: Y.encodeStateAsUpdateV2(doc)
		});
	}, 30_000);

	test('a version saved in the first format (before format 2) still reads back', async () => {
		const doc = new Y.Doc();
		const plan = referenceWorkshop(1, doc);
		const bytes = await encodeState(Y.encodeStateAsUpdate(doc), 1);
		expect(bytes[2]).toBe(1);
		const decoded = await decodeVersion(bytes);
		expect(decoded.status === 'ok' && decoded.plan).toEqual(plan.toJSON());
	});

	test('a later edit does not change a version already saved', async () => {
		const doc = new Y.Doc();
		const plan = referenceWorkshop(1, doc);
		const before = plan.toJSON();
		const bytes = await encodeVersion(doc);
		plan.setPurposeText('statement', 'Changed after saving.');
		const decoded = await decodeVersion(bytes);
		expect(decoded.status === 'ok' && decoded.plan).toEqual(before);
	});

	test.each<[string, () => Promise<Uint8Array>, RegExp]>([
		['empty bytes', async () => new Uint8Array(), /not a saved version/],
		[
			'some other file',
			async () => new TextEncoder().encode('%PDF-1.7 not a version'),
			/not a saved version/
		],
		[
			'a later format',
			async () => Uint8Array.of(0x43, 0x56, 9, 1, 2, 3),
			/format this Canal cannot read \(format 9\)/
		],
		[
			'damaged compressed data',
			async () => {
				const bytes = await encodeVersion(docOf());
				return Uint8Array.of(...bytes.subarray(0, 3), ...bytes.subarray(3).map((b) => b ^ 0x5a));
			},
			/damaged/
		],
		[
			'a truncated version',
			async () => (await encodeVersion(docOf())).subarray(0, 40),
			/damaged|incomplete/
		],
		[
			'a state that is no Yjs update',
			async () => encodeState(new TextEncoder().encode('hello world, not yjs')),
			/damaged/
		],
		[
			'a first-format state that is no Yjs update',
			async () => encodeState(new TextEncoder().encode('hello world, not yjs'), 1),
			/damaged/
		],
		['an empty document', async () => encodeVersion(new Y.Doc()), /holds no plan/]
	])('%s is reported as corrupt, never thrown', async (_, bytes, message) => {
		const decoded = await decodeVersion(await bytes());
		expect(decoded.status).toBe('corrupt');
		if (decoded.status !== 'corrupt') return;
		expect(decoded.error).toBeInstanceOf(CorruptVersion);
		expect(decoded.error.message).toMatch(message);
	});

	test('a version that would unpack past the limit is refused', async () => {
		const huge = new Uint8Array(MAX_VERSION_STATE_BYTES + 1024);
		const decoded = await decodeVersion(await encodeState(huge));
		expect(decoded.status === 'corrupt' && decoded.error.message).toMatch(
			/more than a plan may hold/
		);
	});

	test('a version from a newer Canal reads for comparison only, with a note', async () => {
		const doc = new Y.Doc();
		const plan = referenceWorkshop(1, doc);
		doc.getMap(ROOT.meta).set('schemaVersion', SCHEMA_VERSION + 1);
		const decoded = await decodeVersion(await encodeVersion(doc));
		expect(decoded).toMatchObject({
			status: 'newer',
			readOnly: true,
			schemaVersion: SCHEMA_VERSION + 1
		});
		expect(decoded.status === 'newer' && decoded.note).toMatch(/newer Canal/);
		expect(decoded.status === 'newer' && decoded.plan.stakeholders).toEqual(
			plan.toJSON().stakeholders
		);
	});

	test('a version from an older Canal is migrated in its own document', async () => {
		const doc = new Y.Doc();
		PlanDoc.create({ title: 'Old' }, doc, 0);
		const notes = doc.getMap<Y.Map<unknown>>(ROOT.record('notes'));
		doc.transact(() => {
			doc.getMap(ROOT.meta).set('schemaVersion', 1);
			const note = new Y.Map<unknown>();
			note.set('x', 10);
			note.set('y', 20);
			note.set('text', new Y.Text('old note'));
			notes.set('oldnote000000001', note);
		});
		const decoded = await decodeVersion(await encodeVersion(doc));
		expect(decoded).toMatchObject({ status: 'ok', schemaVersion: 1 });
		expect(decoded.status === 'ok' && decoded.plan.notes[0]?.position).toEqual([10, 20]);
		// The saved version itself is untouched.
		expect(doc.getMap(ROOT.meta).get('schemaVersion')).toBe(1);
	});
});

describe('compareVersions', () => {
	test('the large workshop against itself: no changes', async () => {
		const doc = new Y.Doc();
		largeWorkshop(2, doc);
		const bytes = await encodeVersion(doc);
		expect(await compareVersions(bytes, bytes)).toEqual({
			status: 'ok',
			changes: { steps: [] },
			readOnly: false,
			notes: []
		});
	}, 30_000);

	test('a corrupt side is named, not thrown', async () => {
		const good = await encodeVersion(docOf());
		expect(await compareVersions(good, Uint8Array.of(1, 2, 3, 4))).toMatchObject({
			status: 'failed',
			side: 'after'
		});
	});
});

describe('comparing with the plan now, and the cache of decoded versions', () => {
	test('a plan as plain data compares like its encoded version', async () => {
		const doc = new Y.Doc();
		const plan = referenceWorkshop(1, doc);
		const before = await encodeVersion(doc);
		const [stakeholder] = plan.list('stakeholders');
		plan.update('stakeholders', stakeholder!.id, { name: 'Renamed now' });
		const encoded = await compareVersions(before, await encodeVersion(doc));
		const direct = await compareVersions(before, plan.toJSON());
		expect(direct).toEqual(encoded);
		expect(direct.status === 'ok' && direct.changes.steps[0]?.records[0]?.title).toBe(
			'Renamed now'
		);
	});

	test('decodes a version once while it is among the last few', async () => {
		const cache = new VersionCache(2);
		const versions = await Promise.all(
			[1, 2, 3].map(async (seed) => {
				const doc = new Y.Doc();
				PlanDoc.create({ title: `Plan ${seed}` }, doc, 0);
				return encodeVersion(doc);
			})
		);
		const first = await cache.decode(versions[0]!);
		// Equal bytes in another array are the same version.
		expect(await cache.decode(versions[0]!.slice())).toBe(first);
		await cache.decode(versions[1]!);
		await cache.decode(versions[2]!);
		// Two kept: the first, least recently used, was let go and is decoded afresh.
		const again = await cache.decode(versions[0]!);
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});
});

function docOf(): Y.Doc {
	const doc = new Y.Doc();
	referenceWorkshop(1, doc);
	return doc;
}
