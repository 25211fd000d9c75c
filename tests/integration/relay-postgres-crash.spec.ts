import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.js';
import { temporaryDataDir } from './helpers/relay-harness';
import { spawnRelay, type RelayProcess } from './helpers/relay-process';
import { newRoom } from './helpers/rooms';
import { notesIn } from './helpers/stored';
import { TestClient } from './helpers/test-client';
import { sleep, waitFor } from './helpers/wait-for';

/** The document as PostgreSQL holds it: its state and update rows merged, read by an operator. */
async function readStored(url: string, name: string): Promise<Uint8Array | null> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		const head = await client.query<{ state: Buffer }>(
			'SELECT state FROM documents WHERE name = $1',
			[name]
		);
		if (!head.rows[0]) return null;
		const updates = await client.query<{ data: Buffer }>(
			'SELECT data FROM document_updates WHERE name = $1 ORDER BY revision',
			[name]
		);
		return Y.mergeUpdates([head.rows[0].state, ...updates.rows.map((row) => row.data)]);
	} finally {
		await client.end();
	}
}

async function readiness(port: number): Promise<{ status: number; body: { reason?: string } }> {
	try {
		const response = await fetch(`http://127.0.0.1:${port}/readyz`);
		return { status: response.status, body: (await response.json()) as { reason?: string } };
	} catch {
		return { status: 0, body: {} };
	}
}

function texts(client: TestClient): Set<string> {
	const plan = new PlanDoc(client.doc);
	const held = new Set(plan.list('notes').map((note) => note.text));
	plan.destroy();
	return held;
}

let server: PostgresServer;
const dir = temporaryDataDir();
const relays: RelayProcess[] = [];
const clients: TestClient[] = [];

beforeAll(() => {
	// Durable, as a real host runs it: a crash keeps what was committed, and only that.
	server = startPostgres({ durable: true });
}, 120_000);

afterAll(async () => {
	for (const client of clients) client.destroy();
	for (const relay of relays) {
		if (relay.child.exitCode === null && relay.child.signalCode === null) {
			relay.child.kill('SIGKILL');
			await relay.exited;
		}
	}
	server?.remove();
	dir.remove();
}, 30_000);

describe('relay on PostgreSQL, each and then both killed with SIGKILL under editing clients', () => {
	it('keeps every acknowledged edit once, and /readyz says 503 with a reason while the database is away', async () => {
		const env = { CANAL_DATABASE_URL: server.url };
		// A relay that comes back under load takes its time to start: the test waits, as a
		// process manager would.
		const options = { env, startTimeoutMs: 60_000 };
		let relay = await spawnRelay(dir.path, 0, options);
		relays.push(relay);
		const { port } = relay;
		const room = newRoom();
		const name = room.name();
		const editors = (['facilitator', 'participant', 'participant'] as const).map((role, index) => {
			const client = new TestClient(relay.url, name, room.token(role));
			clients.push(client);
			return { client, plan: new PlanDoc(client.doc), made: [] as string[], tag: `e${index}` };
		});
		await waitFor('the room to be registered', () => editors[0]!.client.settled, 20_000);
		await waitFor('everyone to sync', () => editors.every((e) => e.client.settled), 20_000);

		let editing = true;
		const loops = editors.map(async (editor) => {
			while (editing) {
				const text = `${editor.tag}-${editor.made.length}`;
				editor.plan.add('notes', { text });
				editor.made.push(text);
				await sleep(80 + Math.random() * 80);
			}
		});
		await sleep(2_000);

		// The database dies mid-store; the relay keeps taking edits and says it is not ready.
		await server.crash();
		const crashedAt = performance.now();
		await waitFor('/readyz to say 503', async () => (await readiness(port)).status === 503, 10_000);
		const away = await readiness(port);
		expect(away.body.reason).toMatch(/^storage: /);
		const notReadyMs = performance.now() - crashedAt;
		await sleep(3_000);
		await waitFor('the clients’ edits to be acknowledged while the database is away', () =>
			editors.every((e) => e.client.provider.unsyncedChanges === 0)
		);

		server.start();
		const restartedAt = performance.now();
		await waitFor(
			'/readyz to say 200 again',
			async () => (await readiness(port)).status === 200,
			20_000
		);
		const readyAgainMs = performance.now() - restartedAt;
		// The stores that failed are stored now.
		await sleep(6_000);
		expect(relay.lines.some((line) => line.event === 'store-failed')).toBe(true);

		// Now the relay dies, with edits of the last window unstored; the same port comes back.
		relay.child.kill('SIGKILL');
		await relay.exited;
		await sleep(1_000);
		relay = await spawnRelay(dir.path, port, options);
		relays.push(relay);
		await sleep(2_000);

		// Both at once: the relay dies while the database is away, with edits it could not store;
		// it cannot start again before the database is back, and then its clients send them again.
		await server.crash();
		await waitFor('/readyz to say 503', async () => (await readiness(port)).status === 503, 10_000);
		await sleep(1_000);
		relay.child.kill('SIGKILL');
		await relay.exited;
		server.start();
		relay = await spawnRelay(dir.path, port, options);
		relays.push(relay);
		expect((await readiness(port)).status).toBe(200);
		await sleep(2_000);
		editing = false;
		await Promise.all(loops);

		const made = editors.flatMap((editor) => editor.made);
		const report = () =>
			JSON.stringify({
				clients: editors.map((e) => ({
					synced: e.client.synced,
					unsynced: e.client.provider.unsyncedChanges,
					missing: made.length - texts(e.client).size,
					refusals: e.client.refusals,
					closes: e.client.closes.slice(-3)
				})),
				relay: relay.lines.filter((line) => line.level !== 'info').slice(-10)
			});
		await waitFor(
			'every client to hold every edit',
			() =>
				editors.every((e) => {
					if (!e.client.settled) return false;
					const held = texts(e.client);
					return made.every((text) => held.has(text));
				}),
			60_000
		).catch((error: unknown) => {
			// Where each client stands and what the relay complained about: the failure's story.
			console.error(report());
			throw error;
		});
		// A clean stop stores what is pending.
		relay.child.kill('SIGTERM');
		await relay.exited;

		const stored = await readStored(server.url, name);
		expect(stored).not.toBeNull();
		const notes = notesIn(stored!);
		const held = new Set(notes);
		expect(made.filter((text) => !held.has(text))).toEqual([]);
		expect(notes).toHaveLength(made.length);
		expect(held.size).toBe(notes.length);
		console.info(
			`PostgreSQL crash: /readyz 503 after ${notReadyMs.toFixed(0)} ms, 200 ${readyAgainMs.toFixed(0)} ms after the restart; ${made.length} edits, all stored once`
		);
	}, 180_000);
});
