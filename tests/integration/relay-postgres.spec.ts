import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStorage } from '../../src/lib/server/relay/postgres-storage';
import type { RelayStorage } from '../../src/lib/server/relay/storage';
import { freePort } from '../../scripts/free-port.js';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.js';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { waitFor } from './helpers/wait-for';

/** A document's rows as stored, read as an operator would, through a connection of its own. */
async function readRows(
	url: string,
	name: string
): Promise<{ state: Uint8Array; updates: Uint8Array[]; revision: number } | null> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		const head = await client.query<{ state: Buffer; revision: number }>(
			'SELECT state, revision FROM documents WHERE name = $1',
			[name]
		);
		const row = head.rows[0];
		if (!row) return null;
		const updates = await client.query<{ data: Buffer }>(
			'SELECT data FROM document_updates WHERE name = $1 ORDER BY revision',
			[name]
		);
		return { state: row.state, updates: updates.rows.map((r) => r.data), revision: row.revision };
	} finally {
		await client.end();
	}
}

/** The stored plan as JSON (state and update rows merged), or null. */
async function readPlan(url: string, name: string): Promise<Record<string, unknown> | null> {
	const rows = await readRows(url, name);
	if (!rows) return null;
	const doc = new Y.Doc();
	for (const update of [rows.state, ...rows.updates]) Y.applyUpdate(doc, update);
	return doc.getMap('plan').toJSON();
}

function tracked(doc: Y.Doc): Uint8Array[] {
	const changes: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => changes.push(update));
	return changes;
}

let server: PostgresServer;
const cleanup: (() => unknown)[] = [];

beforeAll(() => {
	server = startPostgres();
}, 120_000);

afterAll(() => server?.remove());

afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

async function storage(): Promise<RelayStorage> {
	const opened = await openPostgresStorage(server.url, () => {});
	cleanup.push(() => opened.close());
	return opened;
}

async function relayOn(url = server.url, limits = {}): Promise<RunningRelay> {
	const dataDir = temporaryDataDir();
	const relay = await startRelay(dataDir.path, limits, { databaseUrl: url });
	cleanup.push(
		() => dataDir.remove(),
		() => relay.stop().catch(() => {})
	);
	return relay;
}

describe('relay storage on PostgreSQL', () => {
	it('merges with what is stored, never writes an empty document, never shrinks one', async () => {
		// Two relays' storages on one database, each with its own pool.
		const [a, b] = [await storage(), await storage()];
		const name = newRoom().name();
		const seen: Record<string, unknown>[] = [];
		/** Each store leaves every key stored before in place. */
		const grew = async () => {
			const plan = (await readPlan(server.url, name)) ?? {};
			for (const before of seen) expect(plan).toMatchObject(before);
			seen.push(plan);
			return plan;
		};

		const docA = new Y.Doc();
		docA.getMap('plan').set('purpose', 'Shared');
		const first = await a.documents.store(name, docA, null);
		expect(first).toMatchObject({ kind: 'written', revision: 1 });
		await grew();

		// An empty document is never written, whatever revision its writer knows.
		const before = await readRows(server.url, name);
		expect((await a.documents.store(name, new Y.Doc(), null)).kind).toBe('skipped-empty');
		expect((await b.documents.store(name, new Y.Doc(), 1, [])).kind).toBe('skipped-empty');
		expect((await a.documents.store(newRoom().name(), new Y.Doc(), null)).kind).toBe(
			'skipped-empty'
		);
		expect(await readRows(server.url, name)).toEqual(before);

		const docB = new Y.Doc();
		for (const update of (await b.documents.load(name))!.updates) Y.applyUpdate(docB, update);
		const changesA = tracked(docA);
		const changesB = tracked(docB);

		// A appends on top of the revision both know; B, now behind, merges instead of appending.
		docA.getMap('plan').set('fromA', 'a');
		const byA = await a.documents.store(name, docA, first.revision, changesA.splice(0));
		expect(byA).toMatchObject({ kind: 'appended', revision: 2 });
		await grew();
		docB.getMap('plan').set('fromB', 'b');
		const byB = await b.documents.store(name, docB, first.revision, changesB.splice(0));
		expect(await grew()).toEqual({ purpose: 'Shared', fromA: 'a', fromB: 'b' });
		expect(byB.kind).toBe('written');
		if (byB.kind !== 'written') return;
		expect(byB.merged).not.toBeNull();

		// A is behind in turn, and merges: nothing of B's goes.
		docA.getMap('plan').set('again', 'a2');
		const again = await a.documents.store(name, docA, byA.revision, changesA.splice(0));
		expect(again.kind).toBe('written');
		expect(await grew()).toEqual({ purpose: 'Shared', fromA: 'a', fromB: 'b', again: 'a2' });

		// A stale writer that never saw the document (a device's old copy) cannot shrink it, even
		// as a compaction.
		const stale = new Y.Doc();
		stale.getMap('plan').set('stale', 'old copy');
		expect((await b.documents.store(name, stale, null)).kind).toBe('written');
		expect(await grew()).toMatchObject({ purpose: 'Shared', fromB: 'b', stale: 'old copy' });
		const loaded = (await a.documents.load(name))!;
		expect(loaded.revision).toBe((await readRows(server.url, name))!.revision);
	});

	it('two relays on one database: each stores the other’s edits too, reopening has them all', async () => {
		const [relayA, relayB] = [await relayOn(), await relayOn()];
		const room = newRoom();
		const name = room.name();
		const onA = relayA.connect(name, room.token('facilitator'));
		onA.map.set('purpose', 'One database');
		await waitFor('the room on relay A', () => onA.settled);
		await relayA.relay.flush();
		const onB = relayB.connect(name, room.token('participant'));
		await waitFor('relay B to load it', () => onB.map.get('purpose') === 'One database');

		// Without Redis the relays do not pass edits live: each stores what its clients sent,
		// merging what the other stored meanwhile.
		const edits = 6;
		for (let edit = 0; edit < edits; edit += 1) {
			onA.map.set(`a-${edit}`, edit);
			onB.map.set(`b-${edit}`, edit);
			await waitFor('both acknowledged', () => onA.settled && onB.settled);
			await relayA.relay.flush();
			await relayB.relay.flush();
		}
		onA.destroy();
		onB.destroy();
		await waitFor(
			'both relays to unload (and store) the document',
			() => relayA.relay.stats().documents === 0 && relayB.relay.stats().documents === 0
		);

		const expected: Record<string, unknown> = { purpose: 'One database' };
		for (let edit = 0; edit < edits; edit += 1) {
			expected[`a-${edit}`] = edit;
			expected[`b-${edit}`] = edit;
		}
		expect(await readPlan(server.url, name)).toEqual(expected);
		for (const relay of [relayA, relayB]) {
			const reader = relay.connect(name, room.token('observer'));
			await waitFor('the reopened plan', () => reader.map.has(`b-${edits - 1}`));
			await waitFor('every edit of both', () => reader.map.has(`a-${edits - 1}`));
			expect(reader.map.toJSON()).toEqual(expected);
		}
		for (const relay of [relayA, relayB]) {
			expect(relay.logs.filter((line) => line.level === 'error')).toEqual([]);
			// They did store over each other, and merged rather than overwrote.
			expect(relay.logs.some((line) => line.event === 'store-merged')).toBe(true);
		}
	}, 30_000);

	it('a database that goes away: a clear error, /readyz 503, nothing stored lost', async () => {
		const relay = await relayOn();
		const room = newRoom();
		const name = room.name();
		const client = relay.connect(name, room.token('facilitator'));
		client.map.set('purpose', 'Before the outage');
		await waitFor('the edit', () => client.settled);
		await relay.relay.flush();
		expect((await fetch(`${relay.httpUrl}/readyz`)).status).toBe(200);

		server.stop();
		try {
			const down = await fetch(`${relay.httpUrl}/readyz`);
			expect(down.status).toBe(503);
			const body = (await down.json()) as { ok: boolean; reason: string };
			expect(body.reason).toMatch(/^storage: \S/);
			client.map.set('during', 'While the database is down');
			await waitFor('the edit', () => client.settled);
			await expect(relay.relay.flush()).rejects.toThrow(/could not be stored/);
			const failed = relay.logs.find((line) => line.event === 'store-failed');
			expect(failed).toMatchObject({ level: 'error', document: name });
			expect(String(failed?.message)).not.toBe('');
		} finally {
			server.start();
		}
		await waitFor('/readyz to recover', async () => {
			return (await fetch(`${relay.httpUrl}/readyz`)).status === 200;
		});
		// The change that could not be stored is still held, and goes in now.
		await relay.relay.flush();
		expect(await readPlan(server.url, name)).toEqual({
			purpose: 'Before the outage',
			during: 'While the database is down'
		});
	}, 30_000);
});

describe('CANAL_DATABASE_URL', () => {
	const script = fileURLToPath(new URL('../../scripts/relay.js', import.meta.url));

	/** Runs `npm run relay` with `url`; resolves with its exit code and what it logged. */
	function startWith(url: string): Promise<{ code: number | null; output: string }> {
		const dataDir = temporaryDataDir();
		cleanup.push(() => dataDir.remove());
		return new Promise((resolve) => {
			const child = execFile(
				process.execPath,
				[script],
				{
					env: {
						...process.env,
						PORT: '0',
						HOST: '127.0.0.1',
						CANAL_DATA_DIR: dataDir.path,
						CANAL_DATABASE_URL: url
					},
					timeout: 20_000
				},
				(_error, stdout, stderr) => resolve({ code: child.exitCode, output: stdout + stderr })
			);
		});
	}

	it('wrong: the relay refuses to start and says why, without the password', async () => {
		const nobody = freePort();
		const [unreachable, missing, notPostgres] = await Promise.all([
			startWith(`postgres://canal:hunter2@127.0.0.1:${nobody}/canal`),
			startWith(server.url.replace(/\/canal$/, '/no_such_database')),
			startWith('mysql://canal@127.0.0.1/canal')
		]);
		for (const run of [unreachable, missing, notPostgres]) {
			expect(run.code).toBe(1);
			expect(run.output).toContain('"event":"bad-config"');
			expect(run.output).not.toContain('"event":"start"');
		}
		expect(unreachable.output).toMatch(
			new RegExp(
				`Cannot use PostgreSQL at postgres://canal:\\*\\*\\*@127\\.0\\.0\\.1:${nobody}/canal`
			)
		);
		expect(unreachable.output).toContain('ECONNREFUSED');
		expect(unreachable.output).not.toContain('hunter2');
		expect(missing.output).toMatch(/database \\?"no_such_database\\?" does not exist/);
		expect(notPostgres.output).toContain('CANAL_DATABASE_URL must start with postgres://');
	}, 30_000);
});
