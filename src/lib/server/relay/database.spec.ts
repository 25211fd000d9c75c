import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openRelayDatabase, retryWhileBusy } from './database';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
	const path = mkdtempSync(join(tmpdir(), 'canal-db-'));
	folders.push(path);
	return path;
}

/**
 * Another relay process in the middle of creating the file: a connection on another thread that
 * writes and holds its write lock for `holdMs`. Resolves once the lock is held.
 */
function anotherRelayWriting(file: string, holdMs: number): Promise<Worker> {
	const worker = new Worker(
		`const Database = require('better-sqlite3');
		const { parentPort, workerData } = require('node:worker_threads');
		const db = new Database(workerData.file);
		db.exec('CREATE TABLE IF NOT EXISTS early (x)');
		db.exec('BEGIN IMMEDIATE');
		parentPort.postMessage('held');
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
		db.exec('COMMIT');
		db.close();`,
		{ eval: true, workerData: { file, holdMs } }
	);
	return new Promise((resolve, reject) => {
		worker.once('message', () => resolve(worker));
		worker.once('error', reject);
	});
}

describe('opening the relay database', () => {
	it('waits for another process creating the same file, instead of failing at once', async () => {
		const dataDir = folder();
		const other = await anotherRelayWriting(join(dataDir, DATABASE_FILE), 400);
		const started = Date.now();
		// SQLite refuses the switch to WAL at once while another connection holds its write lock,
		// whatever the busy timeout: without retries this throws SQLITE_BUSY in 0 ms.
		const db = openRelayDatabase(dataDir);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'rooms'").get()).toBeTruthy();
		db.close();
		await other.terminate();
	});

	it.each([
		['busy twice, then done', ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT'], 1_000, 'done', 2],
		['a different error at once', ['SQLITE_CORRUPT'], 1_000, 'SQLITE_CORRUPT', 0],
		['busy past the deadline', ['SQLITE_BUSY', 'SQLITE_BUSY', 'SQLITE_BUSY'], 0, 'SQLITE_BUSY', 0]
	])('retries while busy: %s', (_case, failures, retryMs, outcome, pauses) => {
		const left = [...failures];
		let waited = 0;
		const run = () =>
			retryWhileBusy(
				() => {
					const code = left.shift();
					if (code) throw Object.assign(new Error(code), { code });
					return 'done';
				},
				retryMs,
				() => (waited += 1)
			);
		if (outcome === 'done') expect(run()).toBe('done');
		else expect(run).toThrow(outcome);
		expect(waited).toBe(pauses);
	});
});
