import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_TYPE } from '../../src/lib/server/relay/frame-header';
import { CLOSE_CODES } from '../../src/lib/server/relay/frame-policy';
import { writePresenceFrame, type PresenceEntry } from '../../src/lib/server/relay/presence-guard';
import { PRESENCE_RATE } from '../../src/lib/server/relay/presence-owners';
import { ballotIdFor, RELAY_LIMITS } from '../../src/lib/sync/protocol';
import { recordFigures } from '../helpers/reliability';
import { AbusePeer, authFrame } from './helpers/abuse-peer';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { sampleRss, settledHeapMiB } from './helpers/relay-heap';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36 } from './helpers/rooms';
import type { TestClient } from './helpers/test-client';
import { sleep, waitFor } from './helpers/wait-for';

const text = new TextEncoder();

function entry(clientId: number, clock: number, state: unknown): PresenceEntry {
	return { clientId, clock, state: text.encode(JSON.stringify(state)) };
}

/**
 * An attacker's socket. Its frames go out unmasked-in-effect (a zero mask): masking megabytes in
 * this process, which is also the relay's, would block the relay for the attacker's work.
 */
function attacker(url: string): AbusePeer {
	const zeroMask = (mask: Buffer) => mask.fill(0);
	return new AbusePeer(url, { generateMask: zeroMask } as { autoPong?: boolean });
}

function fakeBallot(): string {
	return ballotIdFor(randomBase36(32));
}

/** Every presence entry a provider received from the relay. */
function countReceived(client: TestClient): { count: number } {
	const counter = { count: 0 };
	const awareness = client.provider.awareness!;
	awareness.on(
		'update',
		(changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
			if (origin !== client.provider) return;
			counter.count += changes.added.length + changes.updated.length + changes.removed.length;
		}
	);
	return counter;
}

describe('attack: fake and oversized presence', () => {
	let relay: RunningRelay | null = null;
	const peers: AbusePeer[] = [];
	const dir = temporaryDataDir();
	afterEach(async () => {
		for (const peer of peers.splice(0)) peer.ws.terminate();
		await relay?.stop();
		relay = null;
		dir.remove();
	});

	it('a participant and an observer cannot add, change, remove, freeze or bloat anyone’s presence', async () => {
		relay = await startRelay(dir.path);
		const running = relay;
		const room = newRoom();
		const plan = room.name();
		const facilitator = running.connect(plan, room.token('facilitator'));
		const facilitatorState = {
			name: 'Inès',
			role: 'facilitator',
			ballot: room.ballotId('facilitator'),
			step: null
		};
		facilitator.provider.awareness!.setLocalState(facilitatorState);
		await waitFor('the room to be registered', () => facilitator.settled);
		const participant = running.connect(plan, room.token('participant'));
		const participantState = {
			name: 'Ada',
			role: 'participant',
			ballot: room.ballotId('participant'),
			step: null
		};
		participant.provider.awareness!.setLocalState(participantState);
		const facilitatorId = facilitator.doc.clientID;
		const participantId = participant.doc.clientID;
		await waitFor(
			'each to see the other',
			() =>
				participant.provider.awareness!.getStates().has(facilitatorId) &&
				facilitator.provider.awareness!.getStates().has(participantId)
		);
		const received = countReceived(participant);
		const facilitatorClock = () => facilitator.provider.awareness!.meta.get(facilitatorId)!.clock;

		// Every frame is built before the watch starts: building 3.5 MiB states and 20,000 updates
		// in this process (the relay's) would block it by itself.
		const fakes = (count: number, from: number, role: string) =>
			Array.from({ length: count }, (_, i) =>
				entry(from + i, 1, { name: `Fake ${i}`, role, ballot: fakeBallot() })
			);
		const earlyFakes = fakes(300, 10_000, 'participant');
		const participantFakes = fakes(300, 20_000, 'participant');
		const singleFakes = fakes(300, 30_000, 'participant').map((fake) => [fake]);
		const observerFakes = fakes(300, 60_000, 'observer');
		const huge = { name: 'Big', role: 'participant', blob: 'x'.repeat(3.5 * 1024 * 1024) };
		const hugeFrames = [1, 2, 3].map((clock) =>
			writePresenceFrame(plan, [entry(40_001, clock, huge)])
		);
		const flooderId = 70_000;
		const floodFrames = Array.from({ length: 20_000 }, (_, i) =>
			writePresenceFrame(plan, [
				entry(flooderId, i + 1, {
					name: 'Flood',
					role: 'participant',
					ballot: room.ballotId('participant'),
					step: i
				})
			])
		);

		const heapBefore = await settledHeapMiB();
		const rss = sampleRss();
		const watch = await startHonestWatch({ url: running.url, httpUrl: running.httpUrl });
		const phases: Record<string, number> = {};
		let loop = monitorEventLoopDelay({ resolution: 5 });
		loop.enable();
		/** The relay's longest event-loop delay in each phase of the attack, in ms. */
		const phase = (name: string) => {
			loop.disable();
			phases[name] = Math.round(loop.max / 1e6);
			loop = monitorEventLoopDelay({ resolution: 5 });
			loop.enable();
		};

		const signIn = async (role: 'participant' | 'observer') => {
			const peer = attacker(running.url);
			peers.push(peer);
			await peer.authenticate(plan, room.token(role));
			// Established once the relay asks for the presence it dropped before the sign-in.
			await waitFor('the relay to ask for presence', () =>
				peer.replies.some(
					(reply) => reply.kind === 'other' && reply.type === MESSAGE_TYPE.queryAwareness
				)
			);
			return peer;
		};
		let framesSent = 0;
		const send = (peer: AbusePeer, entries: PresenceEntry[] | Uint8Array) => {
			peer.send(entries instanceof Uint8Array ? entries : writePresenceFrame(plan, entries));
			framesSent += 1;
		};

		// Before signing in: 300 fake peers, sent with the sign-in, as a provider queues them.
		const early = attacker(running.url);
		peers.push(early);
		await early.opened;
		early.send(authFrame(plan, room.token('participant')));
		send(early, earlyFakes);

		await sleep(300);
		phase('early');
		// A participant: 300 fake peers in one frame, then one per frame, each with a ballot.
		const mallory = await signIn('participant');
		send(mallory, participantFakes);
		for (const fake of singleFakes) send(mallory, fake);
		await sleep(200);
		phase('fakes');
		// ...overwriting, removing and freezing the facilitator's presence...
		send(mallory, [
			entry(facilitatorId, facilitatorClock() + 1, { name: 'Mallory', role: 'facilitator' })
		]);
		send(mallory, [entry(facilitatorId, facilitatorClock(), null)]);
		send(mallory, [entry(facilitatorId, facilitatorClock() + 1, null)]);
		send(mallory, [entry(facilitatorId, 2 ** 53, { name: 'Frozen' })]);
		// ...the participant's too, and its own at 2^53 and 3.5 MiB.
		send(mallory, [entry(participantId, 2 ** 53, null)]);
		send(mallory, [entry(40_000, 2 ** 53, { name: 'Far future', role: 'participant' })]);
		for (const hugeFrame of hugeFrames) send(mallory, hugeFrame);

		await sleep(300);
		phase('huge');
		// An observer announcing itself as the facilitator, by name and role, and as a voter.
		const eve = await signIn('observer');
		send(eve, [entry(50_000, 1, { name: 'Inès', role: 'facilitator' })]);
		send(eve, [
			entry(50_001, 1, { name: 'Inès', role: 'observer', ballot: room.ballotId('facilitator') })
		]);
		send(eve, observerFakes);
		send(eve, [entry(facilitatorId, facilitatorClock(), null)]);
		await sleep(300);

		phase('observer');
		// 20,000 updates in 5 s of its own presence, paced as a network would deliver them.
		const flooder = await signIn('participant');
		const receivedBeforeFlood = received.count;
		const floodStarted = Date.now();
		let floodSent = 0;
		for (let tick = 0; tick < 100; tick += 1) {
			for (let i = 0; i < 200; i += 1) {
				send(flooder, floodFrames[floodSent]!);
				floodSent += 1;
			}
			await sleep(Math.max(0, floodStarted + (tick + 1) * 50 - Date.now()));
		}
		await sleep(500);
		phase('flood');
		const floodReceived = received.count - receivedBeforeFlood;
		const flooderClosed = flooder.closedWith;

		loop.disable();
		const figures = await watch.stop();
		const rssGrowthMiB = rss.stop();
		const heapAfter = await settledHeapMiB();
		await running.relay.flush();

		// What the real people in the room see.
		const seen = participant.provider.awareness!.getStates();
		const seenByFacilitator = facilitator.provider.awareness!.getStates();
		const strangers = [...seen.keys()].filter((id) => id !== facilitatorId && id !== participantId);
		const largestState = Math.max(
			...[...seen.values()].map((state) => text.encode(JSON.stringify(state)).byteLength)
		);
		const violations: Record<string, number> = {};
		for (const line of running.logs) {
			if (line.event === 'violation') {
				const reason = String(line.reason);
				violations[reason] = (violations[reason] ?? 0) + 1;
			}
		}
		recordFigures('attack-presence', {
			framesSent,
			fakePeersSent: 300 * 5 + 2,
			floodSent,
			floodMs: Date.now() - floodStarted,
			floodReceived,
			flooderClosed,
			strangersSeen: strangers.length,
			largestStateSeenBytes: largestState,
			violations,
			eventLoopMaxMsByPhase: phases,
			honestCloses: facilitator.closes.length + participant.closes.length,
			heapBeforeMiB: heapBefore,
			heapAfterMiB: heapAfter,
			rssGrowthMiB,
			honest: figures
		});

		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		// Their echoes of the flood cost them nothing: neither real person was cut off.
		expect(facilitator.closes).toEqual([]);
		expect(participant.closes).toEqual([]);
		expect(seen.get(facilitatorId)).toEqual(facilitatorState);
		expect(seenByFacilitator.get(participantId)).toEqual(participantState);
		// No fake peer: at most the flooder's own id, with its own role and ballot.
		expect(strangers.every((id) => id === flooderId)).toBe(true);
		for (const id of strangers) {
			expect(seen.get(id)).toMatchObject({
				role: 'participant',
				ballot: room.ballotId('participant')
			});
		}
		const roles = [...seen.values()].map((state) => (state as { role?: string }).role);
		expect(roles.filter((role) => role === 'facilitator')).toHaveLength(1);
		expect(largestState).toBeLessThanOrEqual(RELAY_LIMITS.presenceStateBytes);
		// The flood reaches others at most at the presence rate, and its socket is closed once
		// past the frame rate.
		expect(floodReceived).toBeLessThanOrEqual(PRESENCE_RATE.burst + PRESENCE_RATE.perSecond * 6);
		expect(flooderClosed?.code).toBe(CLOSE_CODES.tooFast);
		for (const reason of [
			'presenceNotOwned',
			'presenceRole',
			'presenceBallot',
			'presenceTooLarge'
		]) {
			expect(violations[reason], reason).toBeGreaterThan(0);
		}
		// The relay keeps nothing of what it dropped.
		expect(heapAfter - heapBefore).toBeLessThan(24);
	}, 60_000);
});
