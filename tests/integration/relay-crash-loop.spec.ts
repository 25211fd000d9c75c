import { afterAll, describe, expect, it } from 'vitest';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import type { Role } from '../../src/lib/sync/protocol';
import { Random } from '../factories/random';
import { longRun, recordFigures, scale } from '../helpers/reliability';
import { temporaryDataDir } from './helpers/relay-harness';
import { spawnRelay, type RelayProcess } from './helpers/relay-process';
import { newRoom } from './helpers/rooms';
import {
	countAuditedWrites,
	installStoreAudit,
	readStoreAudit,
	shrinkageOf
} from './helpers/store-audit';
import { notesIn, readStoredRow } from './helpers/stored';
import { TestClient } from './helpers/test-client';
import { sleep, waitFor } from './helpers/wait-for';

const kills = scale(3, 30);
const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

function missing(expected: readonly string[], held: readonly string[]): string[] {
	const have = new Set(held);
	return expected.filter((text) => !have.has(text));
}

const MOMENTS = ['anytime', 'afterStore', 'duringResync'] as const;
type Moment = (typeof MOMENTS)[number];

/** Each kind of kill moment once in every round of three, in a random order. */
function killSchedule(random: Random, count: number): Moment[] {
	const schedule: Moment[] = [];
	while (schedule.length < count) {
		const round = [...MOMENTS];
		while (round.length > 0) schedule.push(round.splice(random.int(0, round.length - 1), 1)[0]!);
	}
	return schedule.slice(0, count);
}

interface Editor {
	tag: string;
	client: TestClient;
	plan: PlanDoc;
	made: string[];
}

describe('relay process: kill -9 in a loop while three people edit', () => {
	const dataDir = temporaryDataDir();
	const clients: TestClient[] = [];
	let relay: RelayProcess | null = null;

	afterAll(async () => {
		for (const client of clients) client.destroy();
		if (relay && relay.child.exitCode === null && relay.child.signalCode === null) {
			relay.child.kill('SIGKILL');
			await relay.exited;
		}
		dataDir.remove();
	});

	it(
		'keeps every edit and never stores a smaller document',
		async () => {
			const random = new Random(seed);
			const started = Date.now();
			installStoreAudit(dataDir.path);
			relay = await spawnRelay(dataDir.path);
			const lives = [relay];
			const { port, url } = relay;
			const room = newRoom();
			const name = room.name();

			function connect(role: Role): TestClient {
				const client = new TestClient(url, name, room.token(role));
				clients.push(client);
				return client;
			}
			const editors: Editor[] = [];
			const join = (tag: string, role: Role) => {
				const client = connect(role);
				editors.push({ tag, client, plan: new PlanDoc(client.doc), made: [] });
			};
			// The facilitator registers the room; the participants can only join once it exists.
			join('f', 'facilitator');
			await waitFor('the facilitator to register the room', () => editors[0]!.client.settled);
			join('p1', 'participant');
			join('p2', 'participant');
			await waitFor('everyone to sync', () => editors.every((e) => e.client.settled), 10_000);

			let relayUp = true;
			let editsWhileDown = 0;
			let editing = true;
			// Now and then everyone stops typing for a moment, so the relay's one-second debounce
			// fires and stores land between the kills, not only every five seconds.
			let quietUntil = 0;
			let nextPause = Date.now() + random.int(1_500, 4_000);
			const pauses = (async () => {
				while (editing) {
					await sleep(50);
					if (Date.now() < nextPause) continue;
					quietUntil = Date.now() + random.int(1_100, 1_800);
					nextPause = quietUntil + random.int(1_500, 4_000);
				}
			})();
			const editLoops = editors.map(async (editor) => {
				while (editing) {
					if (Date.now() < quietUntil) {
						await sleep(quietUntil - Date.now());
						continue;
					}
					// Mostly single notes, sometimes a burst in one go, as pasting several would.
					const burst = random.chance(0.1) ? random.int(2, 5) : 1;
					for (let n = 0; n < burst; n += 1) {
						const text = `${editor.tag}-${editor.made.length}`;
						editor.plan.add('notes', { text });
						editor.made.push(text);
						if (!relayUp) editsWhileDown += 1;
					}
					await sleep(random.int(15, 120));
				}
			});

			// Kill moments: any time, right after a store committed, or while clients resync.
			const moments = { anytime: 0, afterStore: 0, duringResync: 0 };
			let killed = 0;
			for (const moment of killSchedule(random, kills)) {
				moments[moment] += 1;
				if (moment === 'anytime') {
					await sleep(random.int(100, 4_000));
				} else if (moment === 'afterStore') {
					const before = countAuditedWrites(dataDir.path);
					// Stores come after a quiet second or every five seconds of steady editing.
					await waitFor(
						'a store to commit',
						() => countAuditedWrites(dataDir.path) > before,
						15_000
					).catch(() => {});
					await sleep(random.int(0, 20));
				} else {
					await waitFor('a client to resync', () => editors.some((e) => e.client.synced), 10_000);
					await sleep(random.int(0, 50));
				}
				relay.child.kill('SIGKILL');
				expect((await relay.exited).signal).toBe('SIGKILL');
				killed += 1;
				relayUp = false;
				await sleep(random.int(50, 1_500));
				relay = await respawn(dataDir.path, port);
				lives.push(relay);
				relayUp = true;
			}

			editing = false;
			await Promise.all([...editLoops, pauses]);
			const all = editors.flatMap((editor) => editor.made);
			expect(new Set(all).size).toBe(all.length);

			await waitFor(
				'every client to hold every edit, acknowledged',
				() =>
					editors.every(
						(editor) => editor.client.settled && editor.plan.count('notes') === all.length
					),
				longRun ? 120_000 : 30_000
			);
			for (const editor of editors) {
				expect(
					missing(
						all,
						editor.plan.list('notes').map((note) => note.text)
					)
				).toEqual([]);
			}
			const newcomer = connect('observer');
			const newcomerPlan = new PlanDoc(newcomer.doc);
			await waitFor(
				'a fresh client to receive every edit',
				() => newcomer.synced && newcomerPlan.count('notes') === all.length,
				30_000
			);
			expect(
				missing(
					all,
					newcomerPlan.list('notes').map((note) => note.text)
				)
			).toEqual([]);

			relay.child.kill('SIGTERM');
			expect(await relay.exited).toEqual({ code: 0, signal: null });
			const stored = readStoredRow(dataDir.path, name);
			expect(stored).not.toBeNull();
			const storedNotes = notesIn(stored!.state);
			expect(missing(all, storedNotes)).toEqual([]);
			expect(storedNotes).toHaveLength(all.length);

			const audit = readStoreAudit(dataDir.path).filter((write) => write.name === name);
			expect(audit.length).toBeGreaterThan(0);
			const counts = new Map<Uint8Array, number>();
			const countEdits = (state: Uint8Array): number => {
				let count = counts.get(state);
				if (count === undefined) counts.set(state, (count = notesIn(state).length));
				return count;
			};
			const problems = audit.flatMap((write) => shrinkageOf(write, countEdits));
			expect(problems).toEqual([]);
			// The audit is complete: each write starts from the row the previous one left.
			audit.forEach((write, index) => {
				expect(write.oldRevision).toBe(index === 0 ? null : audit[index - 1]!.newRevision);
			});
			expect(audit.at(-1)!.newRevision).toBe(stored!.revision);

			expect(killed).toBe(kills);
			// No life of the relay failed to load or store the plan (an incomplete row, say).
			const errors = lives.flatMap((life) => life.lines.filter((line) => line.level === 'error'));
			expect(errors).toEqual([]);

			recordFigures('relay-crash', {
				seed,
				kills: killed,
				moments,
				clients: editors.length,
				edits: all.length,
				editsWhileDown,
				auditedWrites: audit.length,
				storedRevision: stored!.revision,
				seconds: Math.round((Date.now() - started) / 1_000),
				failures: problems.length
			});
		},
		longRun ? 900_000 : 120_000
	);
});

/** A restart on the same port; the port can take a moment to be free after a kill. */
async function respawn(dataDir: string, port: number): Promise<RelayProcess> {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await spawnRelay(dataDir, port);
		} catch (error) {
			if (attempt >= 5) throw error;
			await sleep(200 * attempt);
		}
	}
}
