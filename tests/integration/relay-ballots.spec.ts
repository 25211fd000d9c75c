import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	ballotIdFor,
	decodeBallotList,
	documentName,
	encodeToken,
	REFUSALS,
	type Role
} from '../../src/lib/sync/protocol';
import type { TestClient } from './helpers/test-client';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36 } from './helpers/rooms';
import { sleep, waitFor } from './helpers/wait-for';

/** The ballot lists the relay sent this client, in order. */
function ballotLists(client: TestClient): string[][] {
	const lists: string[][] = [];
	client.provider.on('stateless', ({ payload }: { payload: string }) => {
		const ids = decodeBallotList(payload);
		if (ids) lists.push(ids);
	});
	return lists;
}

describe('relay: ballots stay hidden until the facilitator reveals them', () => {
	let dataDir: ReturnType<typeof temporaryDataDir>;
	let running: RunningRelay;

	beforeEach(async () => {
		dataDir = temporaryDataDir();
		running = await startRelay(dataDir.path);
	});

	afterEach(async () => {
		await running.stop();
		dataDir.remove();
	});

	it('lets a voter write their own ballot, the facilitator only read it, and nobody else in', async () => {
		const room = newRoom();
		const facilitator = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room to be registered', () => facilitator.settled);

		const ballotSecret = room.ballotSecrets.participant;
		const ballot = room.ballotName('participant');
		const token = (role: Role, ballotKey?: string) =>
			encodeToken({ v: 1, role, secret: room.secrets[role], ballot: ballotKey });

		const owner = running.connect(ballot, token('participant', ballotSecret));
		await waitFor('the owner to open their ballot', () => owner.settled);
		expect(owner.scope).toBe('read-write');
		owner.map.set('vote:item', 2);

		const counter = running.connect(ballot, token('facilitator', room.ballotSecrets.facilitator));
		await waitFor('the facilitator to read the ballot', () => counter.map.get('vote:item') === 2);
		expect(counter.scope).toBe('readonly');

		// Another participant, with or without a ballot secret of their own, cannot open it, and
		// observers never open a ballot, not even with its secret.
		const snoop = running.connect(ballot, token('participant'));
		const thief = running.connect(ballot, token('participant', randomBase36(32)));
		const watcher = running.connect(ballot, token('observer', ballotSecret));
		const intruders = [snoop, thief, watcher];
		await waitFor('every intruder to be refused', () =>
			intruders.every((c) => c.refusals.length > 0)
		);
		for (const intruder of intruders) {
			expect(intruder.refusals).toEqual([REFUSALS.unauthorized]);
			expect(intruder.map.get('vote:item')).toBeUndefined();
		}

		// The facilitator's attempt to change a ballot never reaches its owner.
		counter.map.set('vote:item', 99);
		await sleep(300);
		expect(owner.map.get('vote:item')).toBe(2);

		// The owner comes back later with the same secret and finds their ballot.
		const again = running.connect(ballot, token('participant', ballotSecret));
		await waitFor('the owner to reopen their ballot', () => again.map.get('vote:item') === 2);
	});

	it('opens a ballot only under the id its secret derives, and the facilitator only existing ones', async () => {
		const room = newRoom();
		const facilitator = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room to be registered', () => facilitator.settled);
		const secret = randomBase36(32);
		const token = (role: Role, ballot?: string) =>
			encodeToken({ v: 1, role, secret: room.secrets[role], ballot });

		// An id chosen by the opener (the old rule) is nobody's: refused, and no row is made.
		const chosen = documentName(room.roomId, 'ballot', randomBase36(26));
		const squatter = running.connect(chosen, token('participant', secret));
		// The facilitator cannot open a ballot nobody created.
		const early = running.connect(
			documentName(room.roomId, 'ballot', ballotIdFor(secret)),
			token('facilitator', room.ballotSecrets.facilitator)
		);
		await waitFor('both refusals', () => squatter.refusals.length > 0 && early.refusals.length > 0);
		expect(squatter.refusals).toEqual([REFUSALS.unauthorized]);
		expect(early.refusals).toEqual([REFUSALS.unauthorized]);

		const owner = running.connect(
			documentName(room.roomId, 'ballot', ballotIdFor(secret)),
			token('participant', secret)
		);
		await waitFor('the owner to open it', () => owner.settled);
		const counter = running.connect(
			documentName(room.roomId, 'ballot', ballotIdFor(secret)),
			token('facilitator', room.ballotSecrets.facilitator)
		);
		await waitFor('the facilitator to read it', () => counter.synced);
		expect(counter.scope).toBe('readonly');
	});

	it("sends the room's ballot list to the facilitator's facilitation document only", async () => {
		const room = newRoom();
		const facilitation = running.connect(room.name('facilitation'), room.token('facilitator'));
		const lists = ballotLists(facilitation);
		await waitFor('the facilitator to connect', () => facilitation.settled);
		await waitFor('the first list', () => lists.length === 1);
		expect(lists[0]).toEqual([]);

		const participantView = running.connect(room.name('facilitation'), room.token('participant'));
		const participantLists = ballotLists(participantView);
		const plan = running.connect(room.name(), room.token('facilitator'));
		const planLists = ballotLists(plan);
		await waitFor('both to connect', () => participantView.synced && plan.synced);

		const own = running.connect(room.ballotName('facilitator'), room.token('facilitator'));
		const voter = running.connect(room.ballotName('participant'), room.token('participant'));
		await waitFor('both ballots to open', () => own.settled && voter.settled);
		await waitFor('a list with both ballots', () => lists.at(-1)?.length === 2);
		expect([...lists.at(-1)!].sort()).toEqual(
			[room.ballotId('facilitator'), room.ballotId('participant')].sort()
		);

		// Opening an existing ballot again creates nothing: no new list.
		const count = lists.length;
		voter.destroy();
		const back = running.connect(room.ballotName('participant'), room.token('participant'));
		await waitFor('the voter to come back', () => back.settled);
		await sleep(150);
		expect(lists).toHaveLength(count);

		// A facilitator connecting later gets the list straight away.
		const later = running.connect(room.name('facilitation'), room.token('facilitator'));
		const laterLists = ballotLists(later);
		await waitFor('the later list', () => laterLists.length === 1);
		expect(laterLists[0]).toHaveLength(2);

		expect(participantLists).toEqual([]);
		expect(planLists).toEqual([]);
	});
});
