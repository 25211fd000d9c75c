import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/lib/server/relay/database';
import { MESSAGE_TYPE } from '../../src/lib/server/relay/frame-header';
import {
	ballotIdFor,
	decodeBallotList,
	documentName,
	encodeToken,
	MAX_BALLOTS_PER_ROOM,
	RELAY_LIMITS,
	REFUSALS,
	type Refusal
} from '../../src/lib/sync/protocol';
import { recordFigures } from '../helpers/reliability';
import { AbusePeer, authFrame } from './helpers/abuse-peer';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { frame } from './helpers/raw-socket';
import { sampleRss, settledHeapMiB } from './helpers/relay-heap';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36, type TestRoom } from './helpers/rooms';
import type { TestClient } from './helpers/test-client';
import { waitFor } from './helpers/wait-for';

const refusalOf = new Map<string, Refusal>(
	Object.entries(REFUSALS).map(([key, text]) => [text, key as Refusal])
);

function ballotsStored(dataDir: string, roomId: string): number {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		return db
			.prepare<[string], { count: number }>(
				'SELECT COUNT(*) AS count FROM ballots WHERE room_id = ?'
			)
			.get(roomId)!.count;
	} finally {
		db.close();
	}
}

function ballotLists(client: TestClient): string[][] {
	const lists: string[][] = [];
	client.provider.on('stateless', ({ payload }: { payload: string }) => {
		const ids = decodeBallotList(payload);
		if (ids) lists.push(ids);
	});
	return lists;
}

/**
 * A participant's device creating ballot after ballot in `room`, each with a fresh secret, over
 * as few sockets as it can: one ballot open at a time (a socket has one own ballot per room),
 * closed again before the next; a new socket once the relay closed one for its refusals.
 */
async function createBallots(
	url: string,
	room: TestRoom,
	count: number,
	outcomes: (Refusal | 'created')[]
): Promise<void> {
	let peer: AbusePeer | null = null;
	for (let i = 0; i < count; i += 1) {
		if (!peer?.isOpen) {
			peer?.ws.terminate();
			peer = new AbusePeer(url);
			if (!(await peer.opened)) throw new Error('the relay refused a socket');
		}
		const secret = randomBase36(32);
		const name = documentName(room.roomId, 'ballot', ballotIdFor(secret));
		const token = encodeToken({
			v: 1,
			role: 'participant',
			secret: room.secrets.participant,
			ballot: secret
		});
		peer.send(authFrame(name, token));
		const reply = await peer.reply(name, ['authenticated', 'denied']).catch(() => null);
		if (!reply) {
			i -= 1; // closed for its refusals before answering: the same ballot on a new socket
			continue;
		}
		if (reply.kind === 'denied') {
			outcomes.push(refusalOf.get(reply.reason) ?? 'unauthorized');
			continue;
		}
		outcomes.push('created');
		peer.send(frame(name, MESSAGE_TYPE.close));
		await peer.reply(name, ['closed']).catch(() => null);
	}
	peer?.ws.terminate();
}

describe('attack: ballot squatting and ballot floods', () => {
	let relay: RunningRelay | null = null;
	const dir = temporaryDataDir();
	afterEach(async () => {
		await relay?.stop();
		relay = null;
		dir.remove();
	});

	it('an id seen in presence cannot be taken, 2,000 creations stop at the caps, the facilitator gets the list', async () => {
		relay = await startRelay(dir.path);
		const running = relay;
		const room = newRoom();
		const other = newRoom();
		const facilitation = running.connect(room.name('facilitation'), room.token('facilitator'));
		const lists = ballotLists(facilitation);
		const otherFacilitator = running.connect(other.name(), other.token('facilitator'));
		await waitFor('both rooms', () => facilitation.settled && otherFacilitator.settled);
		// Ada votes; her ballot id is public (presence carries it).
		const ada = running.connect(room.ballotName('participant'), room.token('participant'));
		ada.map.set('vote:goal', 3);
		await waitFor('her ballot', () => ada.settled);
		await waitFor('the list with her ballot', () => lists.at(-1)?.length === 1);
		const participantView = running.connect(room.name('facilitation'), room.token('participant'));
		const participantLists = ballotLists(participantView);

		const heapBefore = await settledHeapMiB();
		const rss = sampleRss();
		const watch = await startHonestWatch({ url: running.url, httpUrl: running.httpUrl });
		const started = Date.now();

		// Squatting: her id with another secret, without one, as an observer with hers.
		const squatters = [
			running.connect(
				room.ballotName('participant'),
				room.token('participant', { ballot: randomBase36(32) })
			),
			running.connect(room.ballotName('participant'), room.token('participant', { ballot: null })),
			running.connect(
				room.ballotName('participant'),
				room.token('observer', { ballot: room.ballotSecrets.participant })
			)
		];
		await waitFor('every squatter refused', () => squatters.every((c) => c.refusals.length > 0));

		// 1,500 creations in her room, then 500 in another, from one address, several devices at once.
		const outcomes: (Refusal | 'created')[] = [];
		const otherOutcomes: (Refusal | 'created')[] = [];
		await Promise.all(
			Array.from({ length: 10 }, () => createBallots(running.url, room, 150, outcomes))
		);
		await Promise.all(
			Array.from({ length: 5 }, () => createBallots(running.url, other, 100, otherOutcomes))
		);
		const attackMs = Date.now() - started;
		await waitFor('the full list', () => lists.at(-1)?.length === MAX_BALLOTS_PER_ROOM);
		const figures = await watch.stop();
		const rssGrowthMiB = rss.stop();
		const heapAfter = await settledHeapMiB();
		await running.relay.flush();

		const tally = (list: (Refusal | 'created')[]) => {
			const counts: Record<string, number> = {};
			for (const outcome of list) counts[outcome] = (counts[outcome] ?? 0) + 1;
			return counts;
		};
		const counts = tally(outcomes);
		const otherCounts = tally(otherOutcomes);
		recordFigures('attack-ballots', {
			squattersRefused: squatters.map((c) => c.refusals[0]),
			creations: outcomes.length + otherOutcomes.length,
			attackMs,
			room: counts,
			otherRoom: otherCounts,
			ballotsStored: ballotsStored(dir.path, room.roomId),
			otherBallotsStored: ballotsStored(dir.path, other.roomId),
			listsToFacilitator: lists.length,
			lastListLength: lists.at(-1)?.length,
			listsToParticipant: participantLists.length,
			heapBeforeMiB: heapBefore,
			heapAfterMiB: heapAfter,
			rssGrowthMiB,
			honest: figures
		});

		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		for (const squatter of squatters) expect(squatter.refusals).toEqual([REFUSALS.unauthorized]);
		expect(ada.map.get('vote:goal')).toBe(3);
		// Her room stops at its cap (her ballot is one of them) ...
		expect(counts.created).toBe(MAX_BALLOTS_PER_ROOM - 1);
		expect(counts.documentFull).toBe(1_500 - counts.created!);
		expect(ballotsStored(dir.path, room.roomId)).toBe(MAX_BALLOTS_PER_ROOM);
		// ... and the address at its hourly quota (her ballot was created from it too).
		expect(1 + counts.created! + otherCounts.created!).toBe(RELAY_LIMITS.ballotsPerHourPerIp);
		expect(otherCounts.tooFast).toBe(500 - otherCounts.created!);
		// The facilitator learns every ballot, in few messages; participants learn none.
		expect(lists.at(-1)).toContain(room.ballotId('participant'));
		expect(lists.length).toBeLessThan(200);
		expect(participantLists).toEqual([]);
		expect(heapAfter - heapBefore).toBeLessThan(24);
	}, 60_000);
});
