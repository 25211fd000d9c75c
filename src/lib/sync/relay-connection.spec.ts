import { WebSocketStatus } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newRoom, type RoomCredentials } from './credentials';
import { decodeToken, encodeBallotList, REFUSALS, type RelayToken } from './protocol';
import { RelayConnection, RelaySocket, refusalOf } from './relay-connection';
import type { SyncStatus } from './status';

/**
 * A stand-in relay that keeps only the contract the app relies on: it records each sign-in,
 * refuses documents named in `refuse`, and tells facilitation connections the room's ballots.
 */
async function contractRelay() {
	const signIns: { documentName: string; socketId: string; token: RelayToken | null }[] = [];
	const refuse = new Set<string>();
	const ballots = ['b'.repeat(26)];
	const server = new Server({
		port: 0,
		quiet: true,
		async onAuthenticate({ documentName, socketId, token }) {
			signIns.push({ documentName, socketId, token: decodeToken(token) });
			// Hocuspocus sends a thrown error's `reason` as the refusal.
			if (refuse.has(documentName))
				throw Object.assign(new Error(), { reason: REFUSALS.unauthorized });
		},
		async connected({ documentName, connection }) {
			if (documentName.endsWith('.facilitation'))
				connection.sendStateless(encodeBallotList(ballots));
		}
	});
	await server.listen();
	return { server, url: `ws://127.0.0.1:${server.address.port}`, signIns, refuse };
}

/** A port nothing listens on yet. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

const until = async (check: () => boolean, what: string) => {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
	if (!check()) throw new Error(`Timed out waiting for ${what}`);
};

describe('RelayConnection over one RelaySocket', () => {
	let relay: Awaited<ReturnType<typeof contractRelay>>;
	let cleanup: (() => void)[] = [];
	beforeEach(async () => {
		relay = await contractRelay();
	});
	afterEach(async () => {
		for (const close of cleanup.reverse()) close();
		cleanup = [];
		await relay.server.destroy();
	});

	function session(initial: RoomCredentials) {
		let room = initial;
		const socket = new RelaySocket({ url: relay.url, WebSocketPolyfill: WebSocket });
		const open = (kind: 'plan' | 'facilitation' | 'ballot', extra = {}) => {
			const connection = new RelayConnection({
				socket,
				ydoc: new Y.Doc(),
				credentials: () => room,
				kind,
				...extra
			});
			cleanup.push(() => connection.destroy());
			return connection;
		};
		cleanup.push(() => socket.destroy());
		return {
			socket,
			open,
			confirm: () => (room = { ...room, confirmed: true })
		};
	}

	it('signs every document in over the same socket, presence only on the plan', async () => {
		const facilitator = session(newRoom());
		const lists: string[] = [];
		let authenticated = 0;
		const plan = facilitator.open('plan', {
			presence: true,
			onAuthenticated: () => authenticated++
		});
		facilitator.open('facilitation', { onStateless: (payload: string) => lists.push(payload) });
		facilitator.open('ballot', { ballotId: 'c'.repeat(26) });
		facilitator.open('ballot', { ballotId: 'd'.repeat(26) });
		await until(() => relay.signIns.length === 4 && lists.length === 1, 'four sign-ins');

		expect(new Set(relay.signIns.map((entry) => entry.socketId)).size).toBe(1);
		expect(plan.provider.awareness).not.toBeNull();
		expect(authenticated).toBe(1);
		expect(JSON.parse(lists[0] as string)).toMatchObject({ ids: ['b'.repeat(26)] });
		// Until confirmed, every token registers the room; every token names this device's ballot.
		for (const { token } of relay.signIns) {
			expect(token?.register).toBeDefined();
			expect(token?.ballot).toMatch(/^[0-9a-z]{32}$/);
		}
	});

	it('stops sending the other roles’ secrets once the room is confirmed', async () => {
		const facilitator = session(newRoom());
		let confirmed = false;
		facilitator.open('plan', {
			presence: true,
			onAuthenticated: () => {
				facilitator.confirm();
				confirmed = true;
			}
		});
		await until(() => relay.signIns.length === 1, 'the first sign-in');
		// The relay's answer, not only the sign-in's arrival: under load the next document could
		// otherwise sign in before the answer was read.
		await until(() => confirmed, 'the room confirmed');
		await until(() => facilitator.socket.websocket.status === 'connected', 'the socket');
		facilitator.open('facilitation');
		await until(() => relay.signIns.length === 2, 'the second sign-in');
		expect(relay.signIns[0]?.token?.register).toBeDefined();
		expect(relay.signIns[1]?.token?.register).toBeUndefined();
	});

	it('a refused document leaves the socket; the others carry on; all refused stops it', async () => {
		const room = newRoom();
		relay.refuse.add(`${room.roomId}.facilitation`);
		const facilitator = session(room);
		const statuses: SyncStatus[] = [];
		const refused = facilitator.open('facilitation');
		refused.subscribe((status) => statuses.push(status));
		const plan = facilitator.open('plan', { presence: true });
		await until(() => statuses.some((status) => status.kind === 'refused'), 'the refusal');
		expect(statuses.at(-1)).toEqual({
			kind: 'refused',
			reason: REFUSALS.unauthorized,
			refusal: 'unauthorized'
		});
		await until(() => plan.status.kind === 'synced', 'the plan to sync');
		expect(facilitator.socket.websocket.shouldConnect).toBe(true);

		relay.refuse.add(room.roomId);
		const other = session(room);
		const lone = other.open('plan', { presence: true });
		await until(() => lone.status.kind === 'refused', 'the lone refusal');
		expect(other.socket.websocket.shouldConnect).toBe(false);

		// Signing in again (say, with the registration key the relay asked for) reconnects.
		relay.refuse.delete(room.roomId);
		lone.retry();
		await until(() => lone.status.kind === 'synced', 'the retried plan to sync');
	});
});

describe('RelayConnection after a refusal', () => {
	let relay: Awaited<ReturnType<typeof contractRelay>>;
	const cleanup: (() => void)[] = [];
	beforeEach(async () => {
		relay = await contractRelay();
	});
	afterEach(async () => {
		for (const close of cleanup.splice(0).reverse()) close();
		await relay.server.destroy();
	});

	it('signs in again by itself, showing the refusal until the relay accepts', async () => {
		const room = newRoom();
		relay.refuse.add(room.roomId);
		const socket = new RelaySocket({ url: relay.url, WebSocketPolyfill: WebSocket });
		const connection = new RelayConnection({
			socket,
			ydoc: new Y.Doc(),
			credentials: () => room,
			presence: true,
			retryAfterRefusalMs: [50, 100]
		});
		cleanup.push(
			() => socket.destroy(),
			() => connection.destroy()
		);
		const statuses: SyncStatus['kind'][] = [];
		connection.subscribe((status) => statuses.push(status.kind));
		await until(() => connection.status.kind === 'refused', 'the refusal');
		await until(() => relay.signIns.length >= 3, 'two more attempts');
		// While refused, attempts do not make the status flicker.
		expect(statuses.slice(statuses.indexOf('refused'))).toEqual(['refused']);

		relay.refuse.delete(room.roomId);
		await until(() => connection.status.kind === 'synced', 'the plan to sync');
		expect(new Set(relay.signIns.map((entry) => entry.documentName))).toEqual(
			new Set([room.roomId])
		);
	});
});

describe('RelaySocket when the network comes back', () => {
	it('tries at once on "online" instead of waiting out its back-off', async () => {
		const port = await freePort();
		const network = new EventTarget();
		// A back-off of a minute: without the "online" handling the next attempt is that far away.
		const socket = new RelaySocket({
			url: `ws://127.0.0.1:${port}`,
			WebSocketPolyfill: WebSocket,
			network,
			backOff: { delay: 60_000, minDelay: 60_000, maxDelay: 60_000 }
		});
		let connected = false;
		socket.websocket.on('status', ({ status }: { status: WebSocketStatus }) => {
			if (status === WebSocketStatus.Connected) connected = true;
		});
		const relay = new Server({ port, quiet: true });
		try {
			// The first attempt finds nothing listening; the socket then waits its back-off.
			await until(() => socket.websocket.status === WebSocketStatus.Disconnected, 'a failed try');
			await relay.listen();
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(connected).toBe(false);

			network.dispatchEvent(new Event('online'));
			await until(() => connected, 'the socket to connect');
		} finally {
			socket.destroy();
			await relay.destroy();
		}
	});
});

describe('refusalOf', () => {
	it.each([
		[REFUSALS.unknownRoom, 'unknownRoom'],
		['unknownRoom', 'unknownRoom'],
		[REFUSALS.relayFull, 'relayFull'],
		['Something else', null]
	])('%s', (reason, expected) => {
		expect(refusalOf(reason)).toBe(expected);
	});
});
