import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/lib/server/relay/database';
import { startRelay, temporaryDataDir } from './helpers/relay-harness';
import { spawnRelay, type RelayProcess } from './helpers/relay-process';
import { newRoom } from './helpers/rooms';
import { readStoredPlan } from './helpers/stored';
import { TestClient } from './helpers/test-client';
import { sleep, waitFor } from './helpers/wait-for';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

async function stop(relay: RelayProcess): Promise<{ code: number | null; signal: string | null }> {
	if (relay.child.exitCode === null && relay.child.signalCode === null) relay.child.kill('SIGTERM');
	return relay.exited;
}

async function readyz(port: number): Promise<{ status: number; body: unknown }> {
	const reply = await fetch(`http://127.0.0.1:${port}/readyz`);
	return { status: reply.status, body: await reply.json() };
}

describe('two relay processes on one data directory', () => {
	it('share the SQLite file: both store, each merges the other, nothing is lost', async () => {
		const dataDir = temporaryDataDir();
		cleanup.push(() => dataDir.remove());
		// Started together: both open (and migrate) the file at once.
		const [a, b] = await Promise.all([spawnRelay(dataDir.path), spawnRelay(dataDir.path)]);
		cleanup.push(
			() => stop(a),
			() => stop(b)
		);
		expect(await readyz(a.port)).toEqual({ status: 200, body: { ok: true } });
		expect(await readyz(b.port)).toEqual({ status: 200, body: { ok: true } });

		const room = newRoom();
		const name = room.name();
		const onA = new TestClient(a.url, name, room.token('facilitator'));
		cleanup.push(() => onA.destroy());
		onA.map.set('purpose', 'Shared file');
		await waitFor(
			'relay A to store the new room',
			() => readStoredPlan(dataDir.path, name) !== null
		);
		const onB = new TestClient(b.url, name, room.token('participant'));
		cleanup.push(() => onB.destroy());
		await waitFor('relay B to load it', () => onB.map.get('purpose') === 'Shared file', 10_000);

		// Both edit for a while, so stores of both processes interleave (each one second after a
		// pause, at least every five seconds).
		const edits = 40;
		for (let edit = 0; edit < edits; edit += 1) {
			onA.map.set(`a-${edit}`, edit);
			onB.map.set(`b-${edit}`, edit);
			await sleep(edit % 10 === 9 ? 1_200 : 60);
		}
		await waitFor('both clients acknowledged', () => onA.settled && onB.settled, 10_000);
		onA.destroy();
		onB.destroy();
		const exits = await Promise.all([stop(a), stop(b)]);
		expect(exits).toEqual([
			{ code: 0, signal: null },
			{ code: 0, signal: null }
		]);

		const stored = readStoredPlan(dataDir.path, name)!;
		for (let edit = 0; edit < edits; edit += 1) {
			expect(stored[`a-${edit}`], `a-${edit}`).toBe(edit);
			expect(stored[`b-${edit}`], `b-${edit}`).toBe(edit);
		}
		const lines = [...a.lines, ...b.lines];
		// A busy file would show as a failed store; none did.
		expect(lines.filter((line) => line.level === 'error')).toEqual([]);
		// The processes did store over each other, and merged rather than overwrote.
		expect(lines.filter((line) => line.event === 'store-merged').length).toBeGreaterThan(0);
	}, 60_000);
});

describe('/readyz', () => {
	it('answers 503 with the reason once storage fails a query', async () => {
		const dataDir = temporaryDataDir();
		cleanup.push(() => dataDir.remove());
		const relay = await startRelay(dataDir.path);
		cleanup.push(() => relay.stop().catch(() => {}));
		const ready = await fetch(`${relay.httpUrl}/readyz`);
		expect(ready.status).toBe(200);
		expect(ready.headers.get('cache-control')).toBe('no-store');
		expect(await ready.json()).toEqual({ ok: true });

		// Someone breaks the file under the relay (a restore gone wrong).
		const other = new Database(join(dataDir.path, DATABASE_FILE));
		other.exec('DROP TABLE rooms');
		other.close();

		const broken = await fetch(`${relay.httpUrl}/readyz`);
		expect(broken.status).toBe(503);
		const body = (await broken.json()) as { ok: boolean; reason: string };
		expect(body.ok).toBe(false);
		expect(body.reason).toMatch(/^storage: .*rooms/);
		// Still alive: a process manager must not restart it for this.
		expect((await fetch(`${relay.httpUrl}/healthz`)).status).toBe(200);
		const head = await fetch(`${relay.httpUrl}/readyz`, { method: 'HEAD' });
		expect(head.status).toBe(503);
	});
});
