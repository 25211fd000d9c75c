import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../scripts/cluster.js';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { DATABASE_FILE, openRelayDatabase } from '../../src/lib/server/relay/database';
import { CLOSE_CODES } from '../../src/lib/server/relay/frame-policy';
import { writePresenceFrame } from '../../src/lib/server/relay/presence-guard';
import { decodeBallotList, RELAY_LIMITS, REFUSALS, type Role } from '../../src/lib/sync/protocol';
import { relayUrlForRoom } from '../../src/lib/sync/relay-url';
import { AbusePeer, authFrame } from './helpers/abuse-peer';
import { newRoom, randomBase36, type TestRoom } from './helpers/rooms';
import { notesIn, readStoredRow, storedRoomCount } from './helpers/stored';
import { TestClient } from './helpers/test-client';
import { sleep, waitFor } from './helpers/wait-for';

/**
 * Every store of a document (a new compacted state, or an update row with its revision bump) is
 * one change of its `documents` row: a trigger in the relays' own file writes down when. Two
 * processes storing the same window would show as two stores well under a debounce apart.
 */
const STORE_TIMES = `
	CREATE TABLE IF NOT EXISTS store_times (name TEXT NOT NULL, revision INTEGER NOT NULL, at REAL NOT NULL);
	CREATE TRIGGER IF NOT EXISTS store_times_insert AFTER INSERT ON documents BEGIN
		INSERT INTO store_times VALUES (NEW.name, NEW.revision, (julianday('now') - 2440587.5) * 86400000.0);
	END;
	CREATE TRIGGER IF NOT EXISTS store_times_update AFTER UPDATE ON documents BEGIN
		INSERT INTO store_times VALUES (NEW.name, NEW.revision, (julianday('now') - 2440587.5) * 86400000.0);
	END;
`;

function armStoreTimes(dataDir: string): void {
	const db = openRelayDatabase(dataDir);
	try {
		db.exec(STORE_TIMES);
	} finally {
		db.close();
	}
}

/** Pairs of stores of one document closer than `withinMs`: the same window stored twice. */
function storesTooClose(dataDir: string, name: string, withinMs: number): number[][] {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		const times = db
			.prepare<[string], { at: number }>('SELECT at FROM store_times WHERE name = ? ORDER BY at')
			.all(name)
			.map(({ at }) => at);
		const close: number[][] = [];
		for (let i = 1; i < times.length; i += 1) {
			if (times[i]! - times[i - 1]! < withinMs) close.push([times[i - 1]!, times[i]!]);
		}
		return close;
	} finally {
		db.close();
	}
}

function storeCount(dataDir: string, name: string): number {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		return (
			db
				.prepare<[string], { count: number }>(
					'SELECT COUNT(*) AS count FROM store_times WHERE name = ?'
				)
				.get(name)?.count ?? 0
		);
	} finally {
		db.close();
	}
}

function notesOf(client: TestClient): Set<string> {
	const plan = new PlanDoc(client.doc);
	const texts = new Set(plan.list('notes').map((note) => note.text));
	plan.destroy();
	return texts;
}

function hasAll(client: TestClient, texts: readonly string[]): boolean {
	const held = notesOf(client);
	return texts.every((text) => held.has(text));
}

async function readiness(port: number): Promise<{ status: number; body: unknown }> {
	const response = await fetch(`http://127.0.0.1:${port}/readyz`);
	return { status: response.status, body: await response.json() };
}

async function stopRelay(cluster: Cluster, index: number): Promise<void> {
	const relay = cluster.relays[index]!;
	if (relay.child.exitCode !== null || relay.child.signalCode !== null) return;
	relay.child.kill('SIGTERM');
	await relay.exited;
}

/** Sign-ins wait for Redis: counting starts once every relay hears it. */
async function everyRelayReady(cluster: Cluster): Promise<void> {
	for (const relay of cluster.relays) {
		await waitFor(
			'the relay to be ready',
			async () => (await readiness(relay.port)).status === 200
		);
	}
}

/** Less than this between two stores of one document: two processes stored the same window. */
const sameWindowMs = RELAY_LIMITS.storeDebounceMs / 2;

/** A cluster for one describe's tests (started before them, stopped after), and their clients. */
function clusterForSuite(
	options: { prepareData?: (dataDir: string) => void; env?: Record<string, string> } = {}
) {
	const suite = {
		cluster: null as unknown as Cluster,
		clients: [] as TestClient[],
		connect(url: string, name: string, token: string): TestClient {
			const client = new TestClient(url, name, token);
			suite.clients.push(client);
			return client;
		}
	};
	beforeAll(async () => {
		const started = Date.now();
		suite.cluster = await startCluster({ app: false, ...options });
		console.info(`cluster started in ${Date.now() - started} ms`);
	}, 120_000);
	afterAll(async () => {
		for (const client of suite.clients) client.destroy();
		await suite.cluster?.stop();
	}, 30_000);
	return suite;
}

describe('relays sharing rooms through Redis, behind haproxy', () => {
	const suite = clusterForSuite({ prepareData: armStoreTimes });
	const connect = suite.connect;

	it('brings the clients of one room on two processes together: plan, presence, facilitation, ballots', async () => {
		const { cluster } = suite;
		const [one, two] = cluster.relays;
		const room = newRoom();
		const facilitator = connect(one!.url, room.name(), room.token('facilitator'));
		await waitFor('the facilitator to register the room', () => facilitator.settled, 20_000);
		const participant = connect(two!.url, room.name(), room.token('participant'));
		await waitFor(
			'the participant to join on the other process',
			() => participant.settled,
			10_000
		);

		// Plan edits, both ways, timed across processes.
		const latencies: number[] = [];
		const fPlan = new PlanDoc(facilitator.doc);
		const pPlan = new PlanDoc(participant.doc);
		for (let n = 0; n < 6; n += 1) {
			const [from, to, plan] =
				n % 2 === 0 ? [facilitator, participant, fPlan] : [participant, facilitator, pPlan];
			const text = `note-${n}`;
			const sent = performance.now();
			plan.add('notes', { text });
			await waitFor(`${text} to cross`, () => hasAll(to, [text]), 5_000);
			latencies.push(performance.now() - sent);
			expect(hasAll(from, [text])).toBe(true);
			// A quiet store debounce after each: every edit is a store window of its own, which
			// either process could take.
			await sleep(RELAY_LIMITS.storeDebounceMs + 100);
		}
		latencies.sort((a, b) => a - b);
		console.info(
			`edit → remote client across processes: median ${latencies[latencies.length >> 1]!.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`
		);

		// Presence.
		facilitator.provider.setAwarenessField('user', { name: 'Fran' });
		participant.provider.setAwarenessField('user', { name: 'Pat' });
		const names = (client: TestClient) =>
			[...client.provider.awareness!.getStates().values()]
				.map((state) => (state.user as { name?: string } | undefined)?.name)
				.filter(Boolean)
				.sort();
		await waitFor('each to see the other', () => {
			return names(facilitator).join() === 'Fran,Pat' && names(participant).join() === 'Fran,Pat';
		});

		// The facilitation document and its ballot list, facilitator on one, voter on the other.
		const facilitation = connect(one!.url, room.name('facilitation'), room.token('facilitator'));
		const lists: string[][] = [];
		facilitation.provider.on('stateless', ({ payload }: { payload: string }) => {
			const ids = decodeBallotList(payload);
			if (ids) lists.push(ids);
		});
		const follower = connect(two!.url, room.name('facilitation'), room.token('participant'));
		await waitFor(
			'both on the facilitation document',
			() => facilitation.settled && follower.synced
		);
		facilitation.doc.getMap('round').set('phase', 'voting');
		await waitFor('the round to reach the other process', () => {
			return follower.doc.getMap('round').get('phase') === 'voting';
		});

		const voter = connect(two!.url, room.ballotName('participant'), room.token('participant'));
		await waitFor('the voter to open their ballot', () => voter.settled);
		voter.map.set('vote:goal-1', 3);
		await waitFor(
			"the facilitator's list to hold the voter's ballot",
			() => lists.at(-1)?.includes(room.ballotId('participant')) === true
		);
		const counter = connect(
			one!.url,
			room.ballotName('participant'),
			// The facilitator counts with its own ballot secret, as the app does.
			tokenFor(room, 'facilitator')
		);
		await waitFor('the facilitator to count the vote', () => counter.map.get('vote:goal-1') === 3);

		// Both processes held the plan; one stored each window.
		await sleep(RELAY_LIMITS.storeDebounceMs + 500);
		expect(storeCount(cluster.dataDir, room.name())).toBeGreaterThanOrEqual(5);
		expect(storesTooClose(cluster.dataDir, room.name(), sameWindowMs)).toEqual([]);
		for (const client of suite.clients.splice(0)) client.destroy();
	}, 60_000);

	it('keeps every edit when a relay is killed -9 under three editors behind the proxy', async () => {
		const { cluster } = suite;
		const room = newRoom();
		const name = room.name();
		const url = relayUrlForRoom(cluster.syncUrl, room.roomId);
		const editors: { client: TestClient; plan: PlanDoc; made: string[]; tag: string }[] = [];
		const join = (tag: string, role: Role) => {
			const client = connect(url, name, room.token(role));
			editors.push({ client, plan: new PlanDoc(client.doc), made: [], tag });
		};
		const linesBefore = cluster.relays.map((relay) => relay.lines.length);
		join('f', 'facilitator');
		await waitFor('the room to be registered', () => editors[0]!.client.settled, 20_000);
		join('p1', 'participant');
		join('p2', 'participant');
		await waitFor('everyone to sync', () => editors.every((e) => e.client.settled), 10_000);

		// The proxy sends a room to one relay: that is the one to kill.
		const holder = cluster.relays.findIndex((relay, index) =>
			relay.lines
				.slice(linesBefore[index])
				.some((line) => line.includes('"event":"connection-open"'))
		);
		expect(holder).toBeGreaterThanOrEqual(0);
		// Someone on the other relay edits too: both processes hold the room with changes of their
		// own, so both would store each window without the store lease, and only Redis brings
		// this one's edits to the three and theirs to it.
		const other = connect(cluster.relays[1 - holder]!.url, name, room.token('participant'));
		editors.push({ client: other, plan: new PlanDoc(other.doc), made: [], tag: 'w' });
		await waitFor('the one on the other relay to sync', () => other.settled, 10_000);
		let editing = true;
		let quiet = false;
		const loops = editors.map(async (editor) => {
			while (editing) {
				if (!quiet) {
					const text = `${editor.tag}-${editor.made.length}`;
					editor.plan.add('notes', { text });
					editor.made.push(text);
				}
				await sleep(60 + Math.random() * 80);
			}
		});
		// Pauses longer than the store debounce: store windows both processes would take (the
		// first store of a new document is a merge that finds nothing new; the later ones count).
		for (let window = 0; window < 2; window += 1) {
			await sleep(1_200);
			quiet = true;
			await sleep(RELAY_LIMITS.storeDebounceMs + 400);
			quiet = false;
		}
		await sleep(1_200);
		const before = editors.flatMap((editor) => editor.made);
		await waitFor('everyone to see every edit before the kill', () =>
			editors.every((editor) => hasAll(editor.client, before))
		);
		const killedAt = performance.now();
		await cluster.killRelay(holder);
		await sleep(2_500);
		editing = false;
		await Promise.all(loops);
		const made = editors.flatMap((editor) => editor.made);
		await waitFor(
			'every client to hold every edit',
			() => editors.every((e) => e.client.settled && hasAll(e.client, made)),
			20_000
		);
		console.info(
			`kill -9 → every client holds every edit: ${(performance.now() - killedAt).toFixed(0)} ms (edits kept coming for 2500 ms of it); ${made.length} edits`
		);

		// The survivor stores what the dead one could not: stop it and read the file.
		await stopRelay(cluster, 1 - holder);
		const stored = readStoredRow(cluster.dataDir, name);
		expect(stored).not.toBeNull();
		const held = new Set(notesIn(stored!.state));
		expect(made.filter((text) => !held.has(text))).toEqual([]);
		expect(storesTooClose(cluster.dataDir, name, sameWindowMs)).toEqual([]);
	}, 60_000);
});

/** The facilitator's token without the room registration, with its own ballot secret. */
function tokenFor(room: TestRoom, role: Role): string {
	return room.token(role, { register: false });
}

describe('relays losing Redis for a while', () => {
	const suite = clusterForSuite();

	it('say they are not ready, refuse new rooms, keep their clients, and converge when Redis is back', async () => {
		const { cluster, connect } = suite;
		const [one, two] = cluster.relays;
		const room = newRoom();
		const name = room.name();
		// A relay says it started only once all its Redis connections are ready.
		const unready = [...one!.lines, ...two!.lines].filter((line) =>
			line.includes('"redis-unavailable"')
		);
		expect(unready).toEqual([]);
		const facilitator = connect(one!.url, name, room.token('facilitator'));
		await waitFor('the room to be registered', () => facilitator.settled, 20_000);
		const participant = connect(two!.url, name, room.token('participant'));
		// A relay that had just started used to refuse sign-ins until its Redis subscriber was ready
		// (this client then waited ~10 s); joining now takes tens of milliseconds.
		await waitFor('the participant to join', () => participant.settled, 5_000);
		const fPlan = new PlanDoc(facilitator.doc);
		const pPlan = new PlanDoc(participant.doc);
		fPlan.add('notes', { text: 'before' });
		await waitFor('the first note to cross', () => hasAll(participant, ['before']));

		await cluster.stopRedis();
		for (const relay of [one!, two!]) {
			await waitFor('the relay to say it is not ready', async () => {
				const { status } = await readiness(relay.port);
				return status === 503;
			});
			const { body } = await readiness(relay.port);
			expect(body).toMatchObject({ ok: false, reason: expect.stringMatching(/^redis: /) });
		}
		// A new connection to a shared room is refused, with the reason people see.
		const late = connect(two!.url, room.name('facilitation'), room.token('participant'));
		await waitFor('the late connection to be refused', () => late.refusals.length > 0);
		expect(late.refusals[0]).toBe(REFUSALS.unavailable);
		late.destroy();

		// Both keep editing, each with its own relay.
		const made: string[] = ['before'];
		for (let n = 0; n < 5; n += 1) {
			fPlan.add('notes', { text: `f-${n}` });
			pPlan.add('notes', { text: `p-${n}` });
			made.push(`f-${n}`, `p-${n}`);
			await sleep(100);
		}
		await waitFor('each relay to take its own client’s edits', () => {
			return facilitator.settled && participant.settled;
		});
		expect(hasAll(facilitator, ['f-4'])).toBe(true);

		const restarted = performance.now();
		await cluster.startRedis();
		for (const relay of [one!, two!]) {
			await waitFor(
				'the relay to be ready again',
				async () => (await readiness(relay.port)).status === 200,
				10_000
			);
		}
		await waitFor(
			'both to hold every edit',
			() => hasAll(facilitator, made) && hasAll(participant, made),
			10_000
		);
		console.info(
			`Redis back → both clients converged: ${(performance.now() - restarted).toFixed(0)} ms`
		);

		await stopRelay(cluster, 0);
		await stopRelay(cluster, 1);
		const stored = readStoredRow(cluster.dataDir, name);
		const held = new Set(notesIn(stored!.state));
		expect(made.filter((text) => !held.has(text))).toEqual([]);
	}, 60_000);
});

/** A bare socket to one relay, from `address` as the proxy in front would report it. */
function socketFrom(url: string, address: string): AbusePeer {
	return new AbusePeer(url, { headers: { 'x-forwarded-for': address } } as { autoPong?: boolean });
}

/** The relay's answer to a sign-in: the scope granted, or the refusal's text. */
async function signIn(peer: AbusePeer, document: string, token: string): Promise<string> {
	await peer.opened;
	peer.send(authFrame(document, token));
	const reply = await peer.reply(document, ['authenticated', 'denied']);
	if (reply.kind === 'authenticated') return `granted ${reply.scope}`;
	return reply.kind === 'denied' ? reply.reason : reply.kind;
}

const encoder = new TextEncoder();
const shared = { maxRooms: 8, registrationsPerHour: 2, connectionsPerMinute: 6 };

describe('limits, quotas and presence owners are the same on every relay process', () => {
	const suite = clusterForSuite({
		env: {
			CANAL_MAX_ROOMS: String(shared.maxRooms),
			CANAL_REGISTRATIONS_PER_HOUR_PER_IP: String(shared.registrationsPerHour),
			CANAL_CONNECTIONS_PER_MINUTE_PER_IP: String(shared.connectionsPerMinute)
		}
	});
	const peers: AbusePeer[] = [];
	const peerFrom = (url: string, address: string) => {
		const peer = socketFrom(url, address);
		peers.push(peer);
		return peer;
	};
	beforeAll(() => everyRelayReady(suite.cluster), 30_000);
	afterAll(() => {
		for (const peer of peers) peer.ws.terminate();
	});

	it('counts an address’s new rooms across processes', async () => {
		const urls = suite.cluster.relays.map((relay) => relay.url);
		const address = '192.0.2.50';
		const answers: string[] = [];
		for (let n = 0; n <= shared.registrationsPerHour; n += 1) {
			const room = newRoom();
			const peer = peerFrom(urls[n % 2]!, address);
			answers.push(await signIn(peer, room.name(), room.token('facilitator')));
		}
		expect(answers.slice(0, -1)).toEqual(
			Array(shared.registrationsPerHour).fill('granted read-write')
		);
		expect(answers.at(-1)).toBe(REFUSALS.registrationLimit);
	}, 30_000);

	it('counts an address’s new connections across processes', async () => {
		const urls = suite.cluster.relays.map((relay) => relay.url);
		const address = '198.51.100.7';
		const opened: AbusePeer[] = [];
		for (let n = 0; n < shared.connectionsPerMinute + 2; n += 1) {
			const peer = peerFrom(urls[n % 2]!, address);
			await peer.opened;
			opened.push(peer);
		}
		await sleep(1_000);
		const throttled = opened.filter((peer) => peer.closedWith?.code === CLOSE_CODES.throttled);
		expect(throttled).toHaveLength(2);
		expect(opened.slice(0, shared.connectionsPerMinute).every((peer) => peer.isOpen)).toBe(true);
	}, 30_000);

	it('presence: a socket on one process cannot set the presence of a person on the other', async () => {
		const { cluster, connect } = suite;
		const [one, two] = cluster.relays;
		const room = newRoom();
		const plan = room.name();
		const facilitator = connect(two!.url, plan, room.token('facilitator'));
		await waitFor('the room to be registered', () => facilitator.settled, 20_000);
		const person = connect(two!.url, plan, room.token('participant'));
		person.provider.awareness!.setLocalState({
			name: 'Pat',
			role: 'participant',
			ballot: room.ballotId('participant'),
			step: null
		});
		const watcher = connect(one!.url, plan, room.token('observer'));
		const personId = person.doc.clientID;
		/** Every name each honest device saw for the person's presence. */
		const seen = new Set<string>();
		for (const client of [facilitator, watcher]) {
			client.provider.awareness!.on('change', () => {
				const state = client.provider.awareness!.getStates().get(personId);
				if (typeof state?.name === 'string') seen.add(state.name);
			});
		}
		await waitFor('the other process to hold the person’s presence', () => {
			return watcher.provider.awareness!.getStates().get(personId)?.name === 'Pat';
		});

		// Someone else with the participant link, on the other process, writes over it.
		const attacker = peerFrom(one!.url, '203.0.113.66');
		expect(
			await signIn(attacker, plan, room.token('participant', { ballot: randomBase36(32) }))
		).toBe('granted read-write');
		const clock = watcher.provider.awareness!.meta.get(personId)!.clock;
		for (const step of [1, 2, 3]) {
			attacker.send(
				writePresenceFrame(plan, [
					{
						clientId: personId,
						clock: clock + step,
						state: encoder.encode(JSON.stringify({ name: 'Mallory', role: 'participant' }))
					}
				])
			);
		}
		await sleep(1_500);
		expect([...seen]).toEqual(['Pat']);
		expect(
			one!.lines.some((line) => line.includes('"reason":"presenceNotOwned"') && line.includes(plan))
		).toBe(true);
		// The person still changes their own presence, and both processes carry it.
		person.provider.setAwarenessField('name', 'Pat B.');
		await waitFor('the change to reach the other process', () => {
			return watcher.provider.awareness!.getStates().get(personId)?.name === 'Pat B.';
		});
	}, 60_000);

	it('counts the rooms every process registered against the relays’ room limit', async () => {
		const { cluster } = suite;
		const urls = cluster.relays.map((relay) => relay.url);
		const answers: string[] = [];
		for (let n = 0; n < shared.maxRooms + 2; n += 1) {
			const room = newRoom();
			const peer = peerFrom(urls[n % 2]!, `192.0.2.${100 + n}`);
			const answer = await signIn(peer, room.name(), room.token('facilitator'));
			answers.push(answer);
			if (answer !== 'granted read-write') break;
			// The totals of other processes are counted again at most once a second (see Recount).
			await sleep(1_100);
		}
		expect(answers.at(-1)).toBe(REFUSALS.relayFull);
		expect(storedRoomCount(cluster.dataDir)).toBe(shared.maxRooms);
	}, 60_000);
});

/** The open sockets of `address` that Redis holds, over every process (dead ones too). */
async function countedSockets(redisUrl: string, address: string): Promise<number> {
	const redis = new Redis(redisUrl, { lazyConnect: true });
	try {
		await redis.connect();
		const counts = await redis.hvals(`canal:sockets:${address}`);
		return counts.reduce((sum, count) => sum + Number(count), 0);
	} finally {
		redis.disconnect();
	}
}

describe('an address’s open sockets, counted over every relay process', () => {
	const socketsPerIp = 3;
	const suite = clusterForSuite({ env: { CANAL_SOCKETS_PER_IP: String(socketsPerIp) } });
	const peers: AbusePeer[] = [];
	afterAll(() => {
		for (const peer of peers) peer.ws.terminate();
	});
	const open = async (url: string, address: string) => {
		const peer = socketFrom(url, address);
		peers.push(peer);
		await peer.opened;
		return peer;
	};
	beforeAll(() => everyRelayReady(suite.cluster), 30_000);

	it('refuses one more than the allowance across processes, and frees a slot as a socket closes', async () => {
		const [one, two] = suite.cluster.relays.map((relay) => relay.url);
		const address = '198.51.100.77';
		const held = [await open(one!, address), await open(two!, address), await open(one!, address)];
		await waitFor(
			'the sockets to be counted',
			async () => (await countedSockets(suite.cluster.redisUrl, address)) === socketsPerIp,
			15_000
		);
		const extra = await open(two!, address);
		await waitFor('the socket past the allowance to be closed', () => extra.closedWith !== null);
		expect(extra.closedWith?.code).toBe(CLOSE_CODES.tooManySockets);
		await sleep(500);
		expect(held.every((peer) => peer.isOpen)).toBe(true);
		// One closes on the first process; a new one on the second process is let in.
		held[0]!.ws.close();
		await waitFor('the first to close', () => !held[0]!.isOpen);
		await sleep(300);
		const again = await open(two!, address);
		await sleep(1_000);
		expect(again.isOpen).toBe(true);
	}, 30_000);

	it('stops counting the sockets of a process killed -9 within seconds', async () => {
		const { cluster } = suite;
		const [one, two] = cluster.relays.map((relay) => relay.url);
		const address = '198.51.100.78';
		for (let n = 0; n < socketsPerIp; n += 1) await open(two!, address);
		// A socket is counted a moment after it opens (on a busy machine, seconds): the next one is
		// judged by what Redis holds then.
		await waitFor(
			'the second process’s sockets to be counted',
			async () => (await countedSockets(cluster.redisUrl, address)) === socketsPerIp,
			15_000
		);
		const refused = await open(one!, address);
		await waitFor('the socket past the allowance to be closed', () => refused.closedWith !== null);
		await cluster.killRelay(1);
		await sleep(6_000);
		const after = await open(one!, address);
		await sleep(1_000);
		expect(after.isOpen).toBe(true);
	}, 30_000);
});
