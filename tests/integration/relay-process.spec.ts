import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from './helpers/relay-harness';
import { spawnRelay, type RelayProcess } from './helpers/relay-process';
import { newRoom } from './helpers/rooms';
import { readStoredPlan } from './helpers/stored';
import { TestClient } from './helpers/test-client';
import { waitFor } from './helpers/wait-for';

describe('relay process: crash and shutdown', () => {
	const processes: RelayProcess[] = [];
	const clients: TestClient[] = [];
	const dataDir = temporaryDataDir();

	async function spawn(port?: number): Promise<RelayProcess> {
		const relay = await spawnRelay(dataDir.path, port);
		processes.push(relay);
		return relay;
	}

	function connect(url: string, name: string, token: string): TestClient {
		const client = new TestClient(url, name, token);
		clients.push(client);
		return client;
	}

	afterAll(() => dataDir.remove());

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const relay of processes.splice(0)) {
			if (relay.child.exitCode === null && relay.child.signalCode === null) {
				relay.child.kill('SIGKILL');
				await relay.exited;
			}
		}
	});

	it('loses no acknowledged edit to kill -9, and clients resync after a restart', async () => {
		const room = newRoom();
		const name = room.name();
		let relay = await spawn();
		const { url, port } = relay;
		const facilitator = connect(url, name, room.token('facilitator'));
		const participant = connect(url, name, room.token('participant'));

		facilitator.map.set('stored', 'Flushed before the crash');
		await waitFor('the relay to store the first edit', () => {
			return readStoredPlan(dataDir.path, name)?.stored === 'Flushed before the crash';
		});
		// Acknowledged (in the relay's memory) but inside the store debounce when the relay dies:
		// the clients still hold it and send it again once the relay is back.
		participant.map.set('acknowledged', 'Acknowledged, not yet stored');
		// Generous bounds: the suite runs beside others on two cores, and a relay process that is
		// slow to answer is not what this test is about (a lost edit is).
		await waitFor('the acknowledgement', () => participant.settled, 10_000);
		await waitFor(
			'the facilitator to receive it',
			() => facilitator.map.has('acknowledged'),
			10_000
		);

		relay.child.kill('SIGKILL');
		expect((await relay.exited).signal).toBe('SIGKILL');
		facilitator.map.set('offline', 'Written while the relay was down');
		// The kill came well inside the one-second store debounce: only the first edit is on disk.
		expect(readStoredPlan(dataDir.path, name)).toEqual({ stored: 'Flushed before the crash' });

		relay = await spawn(port);
		const newcomer = connect(url, name, room.token('observer'));
		const expected = {
			stored: 'Flushed before the crash',
			acknowledged: 'Acknowledged, not yet stored',
			offline: 'Written while the relay was down'
		};
		await waitFor(
			'every client to hold every edit',
			() =>
				[facilitator, participant, newcomer].every((client) => client.map.size === 3) &&
				facilitator.settled &&
				participant.settled,
			10_000
		);
		for (const client of [facilitator, participant, newcomer]) {
			expect(client.map.toJSON()).toEqual(expected);
		}

		relay.child.kill('SIGTERM');
		expect(await relay.exited).toEqual({ code: 0, signal: null });
		expect(readStoredPlan(dataDir.path, name)).toEqual(expected);
	}, 30_000);

	it('stores pending changes on SIGTERM', async () => {
		const room = newRoom();
		const relay = await spawn();
		const client = connect(relay.url, room.name(), room.token('facilitator'));
		client.map.set('purpose', 'Stored on the way out');
		await waitFor('the acknowledgement', () => client.settled);

		relay.child.kill('SIGTERM');

		expect(await relay.exited).toEqual({ code: 0, signal: null });
		expect(readStoredPlan(dataDir.path, room.name())).toEqual({ purpose: 'Stored on the way out' });
		expect(relay.lines.map((line) => line.event)).toEqual(
			expect.arrayContaining(['start', 'stopping', 'stop'])
		);
	}, 20_000);
});
