import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openRelayDatabase } from '../../src/lib/server/relay/database';
import { DocumentStore } from '../../src/lib/server/relay/document-store';
import { REFUSALS } from '../../src/lib/sync/protocol';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { readStoredPlan, readStoredRow, writeStoredState } from './helpers/stored';
import { sleep, waitFor } from './helpers/wait-for';

function planDoc(entries: Record<string, string>): Y.Doc {
	const doc = new Y.Doc();
	for (const [key, value] of Object.entries(entries)) doc.getMap('plan').set(key, value);
	return doc;
}

function planOf(state: Uint8Array): Record<string, unknown> {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	return doc.getMap('plan').toJSON();
}

describe('relay: storage', () => {
	let dataDir: ReturnType<typeof temporaryDataDir>;
	const running: RunningRelay[] = [];

	async function start(limits = {}): Promise<RunningRelay> {
		const relay = await startRelay(dataDir.path, limits);
		running.push(relay);
		return relay;
	}

	beforeEach(() => {
		dataDir = temporaryDataDir();
	});

	afterEach(async () => {
		for (const relay of running.splice(0)) await relay.stop();
		dataDir.remove();
	});

	it('stores on a debounce, flushes on demand and reloads after a restart', async () => {
		const first = await start();
		const room = newRoom();
		const writer = first.connect(room.name(), room.token('facilitator'));
		writer.map.set('purpose', 'Recruit volunteers');
		await waitFor('the edit to be acknowledged', () => writer.settled);
		expect(first.relay.stats().pendingStores).toBe(1);
		expect(readStoredRow(dataDir.path, room.name())).toBeNull();

		await first.relay.flush();
		expect(first.relay.stats().pendingStores).toBe(0);
		expect(readStoredPlan(dataDir.path, room.name())).toEqual({ purpose: 'Recruit volunteers' });
		await first.stop();

		const second = await start({ storeDebounceMs: 50, storeMaxDebounceMs: 200 });
		const reader = second.connect(room.name(), room.token('participant'));
		await waitFor('the stored plan to arrive', () => reader.map.has('purpose'));
		reader.map.set('audience', 'Students');
		await waitFor('the debounced store', () => {
			return readStoredPlan(dataDir.path, room.name())?.audience === 'Students';
		});
	});

	it('never writes an empty document over a stored one', async () => {
		const db = openRelayDatabase(dataDir.path);
		const store = new DocumentStore(db);
		const name = newRoom().name();
		const written = store.store(name, planDoc({ purpose: 'Keep me' }), null);
		expect(written).toMatchObject({ kind: 'written', revision: 1 });
		const before = readStoredRow(dataDir.path, name);

		expect(store.store(name, new Y.Doc(), null).kind).toBe('skipped-empty');
		expect(store.store(name, new Y.Doc(), 1).kind).toBe('skipped-empty');
		expect(store.store(newRoom().name(), new Y.Doc(), null).kind).toBe('skipped-empty');
		expect(readStoredRow(dataDir.path, name)).toEqual(before);
		db.close();

		// Through the relay: a fresh device with an empty plan syncs and leaves.
		const relay = await start();
		const room = newRoom();
		const facilitator = relay.connect(room.name(), room.token('facilitator'));
		facilitator.map.set('purpose', 'Keep me too');
		await waitFor('the facilitator to sync', () => facilitator.settled);
		await relay.relay.flush();
		const stored = readStoredRow(dataDir.path, room.name());
		facilitator.destroy();
		await waitFor('the document to unload', () => relay.relay.stats().documents === 0);

		const fresh = relay.connect(room.name(), room.token('participant'));
		await waitFor('the fresh device to receive the plan', () => fresh.map.has('purpose'));
		fresh.destroy();
		await waitFor('the document to unload again', () => relay.relay.stats().documents === 0);
		await relay.relay.flush();
		expect(readStoredRow(dataDir.path, room.name())).toEqual(stored);
	});

	it('merges with what is stored when the row changed underneath', async () => {
		const relay = await start();
		const room = newRoom();
		const client = relay.connect(room.name(), room.token('facilitator'));
		client.map.set('purpose', 'From the relay');
		await waitFor('the client to sync', () => client.settled);
		await relay.relay.flush();

		// Another writer (a restored backup, a second relay by mistake) adds to the row.
		const other = new Y.Doc();
		Y.applyUpdate(other, readStoredRow(dataDir.path, room.name())!.state);
		other.getMap('plan').set('restored', 'From elsewhere');
		writeStoredState(dataDir.path, room.name(), Y.encodeStateAsUpdate(other));

		client.map.set('audience', 'Parents');
		await waitFor('the edit to be acknowledged', () => client.settled);
		await relay.relay.flush();

		expect(readStoredPlan(dataDir.path, room.name())).toEqual({
			purpose: 'From the relay',
			restored: 'From elsewhere',
			audience: 'Parents'
		});
		await waitFor('the client to receive the merged change', () => client.map.has('restored'));
		expect(relay.logs.some((entry) => entry.event === 'store-merged')).toBe(true);
	});

	it('never stores over a document whose load failed', async () => {
		const room = newRoom();
		const first = await start();
		const facilitator = first.connect(room.name(), room.token('facilitator'));
		facilitator.map.set('purpose', 'Precious');
		facilitator.doc.getText('notes').insert(0, 'Weeks of work. '.repeat(50));
		await waitFor('the facilitator to sync', () => facilitator.settled);
		await first.stop();
		const good = readStoredRow(dataDir.path, room.name())!.state;
		const corrupt = good.slice(0, Math.floor(good.byteLength / 2));
		writeStoredState(dataDir.path, room.name(), corrupt);

		const second = await start({ storeDebounceMs: 20, storeMaxDebounceMs: 50 });
		const client = second.connect(room.name(), room.token('facilitator'));
		await waitFor('the refusal', () => client.refusals.length > 0);
		expect(client.refusals).toEqual([REFUSALS.unavailable]);
		client.map.set('purpose', 'Overwrite attempt');
		const participant = second.connect(room.name(), room.token('participant'));
		await waitFor('the second refusal', () => participant.refusals.length > 0);
		await sleep(150);
		await second.relay.flush();

		expect(readStoredRow(dataDir.path, room.name())!.state).toEqual(corrupt);
		expect(second.relay.stats()).toMatchObject({ failedLoads: 1, documents: 0 });
		expect(second.logs.filter((entry) => entry.event === 'load-failed')).toHaveLength(2);

		// Once an operator repairs the row, the next connection loads it again.
		writeStoredState(dataDir.path, room.name(), good);
		const later = second.connect(room.name(), room.token('participant'));
		await waitFor('the repaired plan', () => later.map.get('purpose') === 'Precious');
		expect(second.relay.stats().failedLoads).toBe(0);
		expect(planOf(readStoredRow(dataDir.path, room.name())!.state)).toEqual({
			purpose: 'Precious'
		});
	});
});
