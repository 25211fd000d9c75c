import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DATABASE_FILE, openRelayDatabase } from '../../src/lib/server/relay/database';
import {
	COMPACTION,
	DocumentStore,
	needsCompaction
} from '../../src/lib/server/relay/document-store';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { readStoredPlan, readStoredRows } from './helpers/stored';
import { waitFor } from './helpers/wait-for';

/** A store as the relay drives it: the document's updates since its last store, collected. */
function tracked(doc: Y.Doc): { changes: Uint8Array[] } {
	const tracker = { changes: [] as Uint8Array[] };
	doc.on('update', (update: Uint8Array) => tracker.changes.push(update));
	return tracker;
}

function planOf(updates: Uint8Array[]): Record<string, unknown> {
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	return doc.getMap('plan').toJSON();
}

describe('relay storage: incremental', () => {
	let dataDir: ReturnType<typeof temporaryDataDir>;
	const running: RunningRelay[] = [];

	beforeEach(() => {
		dataDir = temporaryDataDir();
	});

	afterEach(async () => {
		for (const relay of running.splice(0)) await relay.stop();
		dataDir.remove();
	});

	it('appends each store as one update row that weighs what the edit weighs', () => {
		const db = openRelayDatabase(dataDir.path);
		const store = new DocumentStore(db);
		const name = newRoom().name();
		const doc = new Y.Doc();
		const plan = doc.getMap('plan');
		plan.set('notes', 'x'.repeat(50_000));
		const first = store.store(name, doc, null);
		expect(first).toMatchObject({ kind: 'written', revision: 1 });

		const tracker = tracked(doc);
		let revision = first.revision!;
		for (let edit = 0; edit < 5; edit += 1) {
			plan.set(`edit-${edit}`, edit);
			plan.set(`other-${edit}`, 'two changes, one row');
			const outcome = store.store(name, doc, revision, tracker.changes.splice(0));
			expect(outcome.kind).toBe('appended');
			if (outcome.kind !== 'appended') return;
			expect(outcome.revision).toBe(revision + 1);
			// The edit, not the 50 kB document.
			expect(outcome.bytes).toBeLessThan(200);
			revision = outcome.revision;
		}
		expect(store.store(name, doc, revision, []).kind).toBe('unchanged');
		const rows = readStoredRows(dataDir.path, name)!;
		expect(rows.updates).toHaveLength(5);
		expect(rows.revision).toBe(6);
		expect(planOf([rows.state, ...rows.updates])).toEqual(plan.toJSON());
		const loaded = store.load(name)!;
		expect(loaded.revision).toBe(6);
		expect(planOf(loaded.updates)).toEqual(plan.toJSON());
		expect(store.storedBytes).toBe(loaded.baseBytes + loaded.appendedBytes);

		// A compaction folds the rows into the state, and the bytes the relay counts follow.
		const compacted = store.store(name, doc, revision, null);
		expect(compacted).toMatchObject({ kind: 'written', revision: 7, merged: null });
		const after = readStoredRows(dataDir.path, name)!;
		expect(after.updates).toEqual([]);
		expect(planOf([after.state])).toEqual(plan.toJSON());
		expect(store.storedBytes).toBe(after.state.byteLength);
		db.close();
	});

	it('merges instead of appending when another writer stored meanwhile, losing neither', () => {
		// Two processes on one file: each its own connection and store.
		const name = newRoom().name();
		const dbA = openRelayDatabase(dataDir.path);
		const dbB = openRelayDatabase(dataDir.path);
		const a = new DocumentStore(dbA);
		const b = new DocumentStore(dbB);
		const docA = new Y.Doc();
		docA.getMap('plan').set('purpose', 'Shared');
		const first = a.store(name, docA, null);
		const docB = new Y.Doc();
		for (const update of b.load(name)!.updates) Y.applyUpdate(docB, update);
		const trackA = tracked(docA);
		const trackB = tracked(docB);

		docA.getMap('plan').set('fromA', 'a');
		const byA = a.store(name, docA, first.revision, trackA.changes.splice(0));
		expect(byA.kind).toBe('appended');
		docB.getMap('plan').set('fromB', 'b');
		const byB = b.store(name, docB, first.revision, trackB.changes.splice(0));
		// B's known revision is behind: it merges what A stored and writes the union.
		expect(byB.kind).toBe('written');
		if (byB.kind !== 'written') return;
		expect(byB.merged).not.toBeNull();
		const stored = readStoredPlan(dataDir.path, name);
		expect(stored).toEqual({ purpose: 'Shared', fromA: 'a', fromB: 'b' });

		// A is behind now too, and merges in turn: nothing of B's is lost.
		docA.getMap('plan').set('again', 'a2');
		const again = a.store(name, docA, byA.revision, trackA.changes.splice(0));
		expect(again.kind).toBe('written');
		expect(readStoredPlan(dataDir.path, name)).toEqual({ ...stored, again: 'a2' });
		dbA.close();
		dbB.close();
	});

	it('opens a database of the previous version and keeps its documents', () => {
		// A version 2 file, as the relay before incremental storing wrote it.
		const file = join(dataDir.path, DATABASE_FILE);
		const old = new Database(file);
		old.exec(`
			CREATE TABLE documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, revision INTEGER NOT NULL, updated_at INTEGER NOT NULL);
			CREATE TABLE rooms (room_id TEXT PRIMARY KEY, facilitator_hash BLOB NOT NULL, participant_hash BLOB NOT NULL, observer_hash BLOB NOT NULL, created_at INTEGER NOT NULL, joined_at INTEGER);
			CREATE TABLE ballots (room_id TEXT NOT NULL, ballot_id TEXT NOT NULL, secret_hash BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (room_id, ballot_id));
		`);
		const doc = new Y.Doc();
		doc.getMap('plan').set('purpose', 'Written by version 2');
		const name = newRoom().name();
		const state = Y.encodeStateAsUpdate(doc);
		old
			.prepare<[string, Buffer]>('INSERT INTO documents VALUES (?, ?, 7, 0)')
			.run(name, Buffer.from(state));
		old.pragma('user_version = 2');
		old.close();

		const db = openRelayDatabase(dataDir.path);
		expect(db.pragma('user_version', { simple: true })).toBe(3);
		const store = new DocumentStore(db);
		const loaded = store.load(name)!;
		expect(loaded).toMatchObject({ revision: 7, appendedBytes: 0 });
		expect(loaded.updates).toEqual([state]);
		expect(store.storedBytes).toBe(state.byteLength);

		const again = new Y.Doc();
		Y.applyUpdate(again, loaded.updates[0]!);
		const tracker = tracked(again);
		again.getMap('plan').set('audience', 'Added after the upgrade');
		expect(store.store(name, again, 7, tracker.changes).kind).toBe('appended');
		db.close();
		expect(readStoredPlan(dataDir.path, name)).toEqual({
			purpose: 'Written by version 2',
			audience: 'Added after the upgrade'
		});
	});

	it('compacts after many rows or once they outweigh a quarter of the state', () => {
		const base = { baseBytes: 1_000_000, appendedBytes: 0, appendedRows: 0 };
		expect(needsCompaction(base)).toBe(false);
		expect(needsCompaction({ ...base, appendedRows: COMPACTION.maxRows })).toBe(true);
		expect(needsCompaction({ ...base, appendedBytes: 249_999, appendedRows: 10 })).toBe(false);
		expect(needsCompaction({ ...base, appendedBytes: 250_000, appendedRows: 10 })).toBe(true);
		// A small document is left alone until its rows reach a floor: compacting it often would
		// save nothing.
		const small = { baseBytes: 2_000, appendedBytes: 10_000, appendedRows: 10 };
		expect(needsCompaction(small)).toBe(false);
		expect(needsCompaction({ ...small, appendedBytes: COMPACTION.minBytes })).toBe(true);
	});

	it('the relay appends while people edit, compacts off the store, and reloads the lot', async () => {
		const relay = await startRelay(dataDir.path);
		running.push(relay);
		const room = newRoom();
		const writer = relay.connect(room.name(), room.token('facilitator'));
		writer.map.set('purpose', 'x'.repeat(2_000));
		await waitFor('the first edit', () => writer.settled);
		await relay.relay.flush();
		const first = readStoredRows(dataDir.path, room.name())!;

		// One store per edit (as while someone keeps editing), until past the row limit.
		const stores = COMPACTION.maxRows + 10;
		let largest = 0;
		for (let edit = 0; edit < stores; edit += 1) {
			writer.map.set(`edit-${edit}`, edit);
			await waitFor('the edit', () => writer.settled);
			await relay.relay.flush();
			const rows = readStoredRows(dataDir.path, room.name())!;
			largest = Math.max(largest, rows.updates.length);
			if (edit < COMPACTION.maxRows - 1) {
				// Until then the state stays as it was: each store only adds its row.
				expect(rows.state).toEqual(first.state);
				expect(rows.updates).toHaveLength(edit + 1);
			}
		}
		// The compaction followed the store that reached the limit, before the next store.
		expect(largest).toBe(COMPACTION.maxRows);
		const rows = readStoredRows(dataDir.path, room.name())!;
		expect(rows.updates.length).toBeLessThan(20);
		// Every store moved the revision on, and the compaction once more unless it took in the
		// next edit (leaving that store nothing to add).
		expect(rows.revision).toBeGreaterThanOrEqual(first.revision + stores);
		await relay.stop();
		running.splice(0);

		const again = await startRelay(dataDir.path);
		running.push(again);
		const reader = again.connect(room.name(), room.token('participant'));
		await waitFor('the stored plan', () => reader.map.has(`edit-${stores - 1}`));
		expect(reader.map.toJSON()).toEqual(writer.map.toJSON());
	}, 60_000);
});
