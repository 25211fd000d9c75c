import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSALS, RELAY_LIMITS } from '../../src/lib/sync/protocol';
import type { RelayLimits } from '../../src/lib/server/relay/relay-config';
import { frame, openRawSocket, seededBytes } from './helpers/raw-socket';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, type TestRoom } from './helpers/rooms';
import { readStoredPlan } from './helpers/stored';
import { sleep, waitFor } from './helpers/wait-for';
import type { TestClient } from './helpers/test-client';

const queryAwareness = 3;
const awareness = 1;

describe('relay: limits', () => {
	const cleanups: (() => Promise<void> | void)[] = [];

	afterEach(async () => {
		for (const cleanup of cleanups.reverse()) await cleanup();
		cleanups.length = 0;
	});

	async function relayWith(
		limits: Partial<RelayLimits> = {},
		options: { heartbeatMs?: number } = {}
	): Promise<RunningRelay> {
		const dataDir = temporaryDataDir();
		const running = await startRelay(dataDir.path, limits, options);
		cleanups.push(dataDir.remove, running.stop);
		return running;
	}

	/** Two clients in one room, synced; the test checks they keep syncing after a violation. */
	async function pair(
		running: RunningRelay
	): Promise<{ room: TestRoom; a: TestClient; b: TestClient }> {
		const room = newRoom();
		const a = running.connect(room.name(), room.token('facilitator'));
		await waitFor('a to sync', () => a.settled);
		const b = running.connect(room.name(), room.token('participant'));
		await waitFor('b to sync', () => b.settled);
		return { room, a, b };
	}

	async function stillSyncing(a: TestClient, b: TestClient, key: string): Promise<void> {
		a.map.set(key, 'from a');
		await waitFor(`b to receive ${key}`, () => b.map.get(key) === 'from a');
	}

	function violations(running: RunningRelay, reason: string) {
		return running.logs.filter((entry) => entry.event === 'violation' && entry.reason === reason);
	}

	it('closes only the connection that sends a 10 MiB message', async () => {
		const running = await relayWith();
		const { a, b } = await pair(running);
		const raw = await openRawSocket(running.url);

		raw.ws.send(new Uint8Array(10 * 1024 * 1024));

		expect((await raw.closed).code).toBe(1009);
		await stillSyncing(a, b, 'afterLargeMessage');
		expect(violations(running, 'tooLarge')).toHaveLength(1);
		expect(running.relay.stats().sockets).toBe(2);
	});

	it('caps what a connection may send before it is authenticated', async () => {
		const running = await relayWith();
		const { room, a, b } = await pair(running);

		const chatty = await openRawSocket(running.url);
		for (let index = 0; index <= RELAY_LIMITS.preAuthMessages; index += 1) {
			chatty.ws.send(frame(room.name(), queryAwareness));
		}
		expect(await chatty.closed).toEqual({ code: 4400, reason: REFUSALS.tooChatty });

		const bulky = await openRawSocket(running.url);
		const chunk = new Uint8Array(100 * 1024);
		for (let index = 0; index < 3; index += 1) {
			bulky.ws.send(frame(room.name(), awareness, (e) => encoding.writeVarUint8Array(e, chunk)));
		}
		expect(await bulky.closed).toEqual({ code: 4400, reason: REFUSALS.tooChatty });

		await stillSyncing(a, b, 'afterChatter');
		expect(violations(running, 'tooChatty')).toHaveLength(2);
	});

	it('throttles new connections per address', async () => {
		const running = await relayWith({ connectionsPerMinutePerIp: 3 });
		const admitted = await Promise.all([1, 2, 3].map(() => openRawSocket(running.url)));
		const refused = await openRawSocket(running.url);

		expect(await refused.closed).toEqual({ code: 4429, reason: REFUSALS.throttled });
		expect(admitted.every((socket) => socket.isOpen())).toBe(true);
		expect(violations(running, 'throttled')).toEqual([
			expect.objectContaining({ level: 'warn', ip: '127.0.0.1' })
		]);
		for (const socket of admitted) socket.ws.close();
	});

	it('refuses growth past the document size limit and closes the writer', async () => {
		const running = await relayWith({ maxDocumentBytes: 64 * 1024 });
		const { room, a, b } = await pair(running);
		a.map.set('purpose', 'Small and fine');
		await waitFor('b to receive the small edit', () => b.map.has('purpose'));

		b.doc.getText('essay').insert(0, 'x'.repeat(100 * 1024));

		await waitFor('the writer to be closed', () =>
			b.closes.some((close) => close.code === 4413 && close.reason === REFUSALS.documentFull)
		);
		b.destroy();
		await sleep(100);
		expect(a.doc.getText('essay').length).toBe(0);
		await stillSyncing(a, running.connect(room.name(), room.token('participant')), 'afterFull');
		await running.relay.flush();
		expect(readStoredPlan(running.dataDir, room.name())).toMatchObject({
			purpose: 'Small and fine'
		});
		expect(violations(running, 'documentFull').length).toBeGreaterThan(0);
	});

	it('survives malformed frames and random bytes', async () => {
		const running = await relayWith();
		const { room, a, b } = await pair(running);
		const payloads: (Uint8Array | string)[] = [
			new Uint8Array(0),
			new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]),
			'a text frame',
			frame(room.name(), 99),
			frame(room.name(), 6, (e) => encoding.writeVarString(e, 'broadcast to everyone')),
			frame(room.name(), 0, (e) => encoding.writeVarUint(e, 7)),
			...Array.from({ length: 20 }, (_, seed) => seededBytes(seed + 1, 64 + seed * 97))
		];

		const closes = await Promise.all(
			payloads.map(async (payload) => {
				const raw = await openRawSocket(running.url);
				raw.ws.send(payload);
				// Random bytes can parse as a harmless frame; such a socket just stays open.
				await Promise.race([raw.closed, sleep(300)]);
				raw.ws.terminate();
				return raw.closed;
			})
		);

		expect(closes.slice(0, 6).map((close) => close.code)).toEqual([
			1007, 1007, 1007, 1007, 1007, 1007
		]);
		await stillSyncing(a, b, 'afterGarbage');
		expect(running.relay.stats()).toMatchObject({ sockets: 2, documents: 1 });
	});

	it('cuts off a peer that stops answering pings', async () => {
		const running = await relayWith({}, { heartbeatMs: 100 });
		const { a, b } = await pair(running);
		const silent = await openRawSocket(running.url, { autoPong: false });

		expect((await silent.closed).code).toBe(1006);
		await stillSyncing(a, b, 'afterSilentPeer');
		expect(running.relay.stats().sockets).toBe(2);
	});

	it('logs violations as structured lines without document content', async () => {
		const running = await relayWith({ connectionsPerMinutePerIp: 4 });
		const { a, b } = await pair(running);
		const secretText = 'Confidential launch plan for the spring campaign';
		a.map.set('secret', secretText);
		await waitFor('b to receive the text', () => b.map.get('secret') === secretText);
		const raw = await openRawSocket(running.url);
		raw.ws.send(new Uint8Array(RELAY_LIMITS.maxMessageBytes + 1));
		await raw.closed;
		const malformed = await openRawSocket(running.url);
		malformed.ws.send(new Uint8Array(0));
		await malformed.closed;
		const throttled = await openRawSocket(running.url);
		await throttled.closed;

		for (const entry of running.logs.filter((line) => line.event === 'violation')) {
			expect(entry).toMatchObject({ level: 'warn', ip: '127.0.0.1' });
			expect(typeof entry.reason).toBe('string');
		}
		expect(running.logs.filter((line) => line.event === 'connection-open')).toHaveLength(4);
		expect(running.logs.filter((line) => line.event === 'connection-close').length).toBe(2);
		expect(JSON.stringify(running.logs)).not.toContain(secretText);
	});
});
