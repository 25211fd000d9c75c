import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentName, encodeToken, REFUSALS, type Role } from '../../src/lib/sync/protocol';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36 } from './helpers/rooms';
import { sleep, waitFor } from './helpers/wait-for';

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

		const ballotId = randomBase36(26);
		const ballotSecret = randomBase36(32);
		const ballot = documentName(room.roomId, 'ballot', ballotId);
		const token = (role: Role, ballotKey?: string) =>
			encodeToken({ v: 1, role, secret: room.secrets[role], ballot: ballotKey });

		const owner = running.connect(ballot, token('participant', ballotSecret));
		await waitFor('the owner to open their ballot', () => owner.settled);
		expect(owner.scope).toBe('read-write');
		owner.map.set('vote:item', 2);

		const counter = running.connect(ballot, token('facilitator'));
		await waitFor('the facilitator to read the ballot', () => counter.map.get('vote:item') === 2);
		expect(counter.scope).toBe('readonly');

		// Another participant, with or without a ballot secret of their own, cannot open it.
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
});
