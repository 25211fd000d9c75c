import { afterEach, describe, expect, it } from 'vitest';
import { RELAY_LIMITS, REFUSALS, type Refusal } from '../../src/lib/sync/protocol';
import { recordFigures } from '../helpers/reliability';
import { AbusePeer, authFrame } from './helpers/abuse-peer';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { sampleRss, settledHeapMiB } from './helpers/relay-heap';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { readStoredPlan, storedRoomCount } from './helpers/stored';
import { sleep, waitFor } from './helpers/wait-for';

const refusalOf = new Map<string, Refusal>(
	Object.entries(REFUSALS).map(([key, text]) => [text, key as Refusal])
);

/** Tries to register `count` new rooms over one socket; what the relay answered to each. */
async function registerMany(url: string, count: number): Promise<(Refusal | 'registered')[]> {
	const peer = new AbusePeer(url);
	await peer.opened;
	const rooms = Array.from({ length: count }, () => newRoom());
	for (const room of rooms) peer.send(authFrame(room.name(), room.token('facilitator')));
	const outcomes: (Refusal | 'registered')[] = [];
	for (const room of rooms) {
		const reply = await peer.reply(room.name(), ['authenticated', 'denied']);
		outcomes.push(
			reply.kind === 'authenticated'
				? 'registered'
				: (refusalOf.get(reply.kind === 'denied' ? reply.reason : '') ?? 'unauthorized')
		);
	}
	peer.ws.terminate();
	await peer.closed;
	return outcomes;
}

describe('attack: registration flood', () => {
	let relay: RunningRelay | null = null;
	const dir = temporaryDataDir();
	afterEach(async () => {
		await relay?.stop();
		relay = null;
		dir.remove();
	});

	it('one address trying 3,000 registrations gets its hourly 20, every other one refused with its reason', async () => {
		relay = await startRelay(dir.path);
		const heapBefore = await settledHeapMiB();
		const rss = sampleRss();
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });
		// 15 a socket (a socket collecting more than 16 refusals is closed), 5 sockets at a time,
		// 200 sockets in all (new sockets per address are limited to 240 a minute).
		const perSocket = 15;
		const started = Date.now();
		const outcomes: (Refusal | 'registered')[] = [];
		for (let round = 0; round < 40; round += 1) {
			const batch = await Promise.all(
				Array.from({ length: 5 }, () => registerMany(relay!.url, perSocket))
			);
			outcomes.push(...batch.flat());
		}
		const attackMs = Date.now() - started;
		// The watch measures for two seconds at least, however quickly the attack went.
		await sleep(Math.max(0, 2_000 - attackMs));
		const figures = await watch.stop();
		const rssGrowthMiB = rss.stop();
		const heapAfter = await settledHeapMiB();
		await relay.relay.flush();

		const counts: Record<string, number> = {};
		for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
		const roomsStored = storedRoomCount(dir.path);
		const refusedLines = relay.logs.filter((line) => line.event === 'auth-refused').length;
		recordFigures('attack-registration', {
			attempts: outcomes.length,
			attackMs,
			outcomes: counts,
			roomsStored,
			refusedLogLines: refusedLines,
			heapBeforeMiB: heapBefore,
			heapAfterMiB: heapAfter,
			rssGrowthMiB,
			honest: figures
		});

		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		expect(outcomes).toHaveLength(3_000);
		expect(counts.registered).toBe(RELAY_LIMITS.registrationsPerHourPerIp);
		// Everything else is the hourly quota, but for a socket that happened to register more than
		// 8 of the 20 (how the five sockets' attempts interleave decides): it is refused more.
		expect(
			Object.keys(counts).filter(
				(outcome) => !['registered', 'registrationLimit', 'tooManyDocuments'].includes(outcome)
			)
		).toEqual([]);
		expect(counts.registrationLimit).toBeGreaterThan(2_900);
		// The attacker's 20 and the honest room, nothing else.
		expect(roomsStored).toBe(RELAY_LIMITS.registrationsPerHourPerIp + 1);
		// Refusals a peer can cause at will are logged at a bounded rate.
		expect(refusedLines).toBeLessThan(100);
		expect(heapAfter - heapBefore).toBeLessThan(24);
	}, 60_000);

	it('with a registration key, registers only rooms whose token carries it; existing rooms need none', async () => {
		relay = await startRelay(dir.path, {}, { registrationKey: 'harbour-lights' });
		const without = newRoom();
		const wrong = newRoom();
		const right = newRoom();
		const refusedWithout = relay.connect(without.name(), without.token('facilitator'));
		const refusedWrong = relay.connect(
			wrong.name(),
			wrong.token('facilitator', { key: 'harbour' })
		);
		const facilitator = relay.connect(
			right.name(),
			right.token('facilitator', { key: 'harbour-lights' })
		);
		await waitFor('both refusals', () =>
			[refusedWithout, refusedWrong].every((client) => client.refusals.length > 0)
		);
		expect(refusedWithout.refusals).toEqual([REFUSALS.registrationKey]);
		expect(refusedWrong.refusals).toEqual([REFUSALS.registrationKey]);
		await waitFor('the keyed room', () => facilitator.settled);

		// Once registered, nobody needs the key: not the participant, not the facilitator again.
		const participant = relay.connect(right.name(), right.token('participant'));
		const again = relay.connect(
			right.name('facilitation'),
			right.token('facilitator', { register: false })
		);
		await waitFor('both in', () => participant.settled && again.settled);
		expect(storedRoomCount(dir.path)).toBe(1);
	});

	it('refuses new rooms when the relay is full, and existing rooms keep working and storing', async () => {
		relay = await startRelay(dir.path, { maxRooms: 2, maxStorageBytes: 40_000 });
		const [first, second, third, fourth] = [newRoom(), newRoom(), newRoom(), newRoom()];
		const a = relay.connect(first.name(), first.token('facilitator'));
		const b = relay.connect(second.name(), second.token('facilitator'));
		await waitFor('two rooms', () => a.settled && b.settled);
		const overRooms = relay.connect(third.name(), third.token('facilitator'));
		await waitFor('the refusal', () => overRooms.refusals.length > 0);
		expect(overRooms.refusals).toEqual([REFUSALS.relayFull]);

		// Past the stored bytes, even below the room count: after a restart (counted from disk).
		a.map.set('notes', 'n'.repeat(50_000));
		await waitFor('the big edit', () => a.settled);
		await relay.stop();
		relay = await startRelay(dir.path, { maxRooms: 10, maxStorageBytes: 40_000 });
		const overBytes = relay.connect(fourth.name(), fourth.token('facilitator'));
		await waitFor('the refusal', () => overBytes.refusals.length > 0);
		expect(overBytes.refusals).toEqual([REFUSALS.relayFull]);

		const participant = relay.connect(second.name(), second.token('participant'));
		await waitFor('a participant of an existing room', () => participant.settled);
		participant.map.set('purpose', 'Still here');
		await waitFor('the edit', () => participant.settled);
		await relay.relay.flush();
		expect(readStoredPlan(dir.path, second.name())).toEqual({ purpose: 'Still here' });
		expect(storedRoomCount(dir.path)).toBe(2);
	});
});
