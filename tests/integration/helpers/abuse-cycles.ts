import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeToken, REFUSALS, ROLES } from '../../../src/lib/sync/protocol';
import type { Random } from '../../factories/random';
import { AbusePeer, authFrame, contentFrame, syncStep1Frame } from './abuse-peer';
import { frame } from './raw-socket';
import { newRoom, randomBase36, type TestRoom } from './rooms';

export const CYCLE_KINDS = [
	'valid',
	'wrongSecret',
	'unknownRoom',
	'garbageToken',
	'malformed',
	'terminateConnecting',
	'terminateAfterAuth'
] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

/** Frames no provider sends; the relay must close the socket with 1007 for each. */
function malformedFrame(random: Random, room: TestRoom): Uint8Array | string {
	switch (random.int(0, 5)) {
		case 0:
			return new Uint8Array(0);
		case 1:
			return 'a text frame';
		case 2:
			return frame(room.name(), random.pick([8, 42, 99, 1_000]));
		case 3:
			return frame(room.name(), 0, (e) => encoding.writeVarUint(e, random.int(3, 200)));
		case 4:
			// A document name whose length runs past the end of the frame.
			return new Uint8Array([0xff, 0xff, 0xff, 0x7f, 0x61]);
		default:
			return frame(room.name(), 6, (e) => encoding.writeVarString(e, 'broadcast'));
	}
}

/** Rooms registered by their facilitator and holding a little content, for valid cycles. */
export async function registerRooms(url: string, count: number): Promise<TestRoom[]> {
	const rooms = Array.from({ length: count }, () => newRoom());
	for (const room of rooms) {
		const peer = new AbusePeer(url);
		await peer.authenticate(room.name(), room.token('facilitator'));
		const doc = new Y.Doc();
		doc.getMap('plan').set('purpose', `Room ${room.roomId}`);
		peer.send(contentFrame(room.name(), Y.encodeStateAsUpdate(doc)));
		const status = await peer.reply(room.name(), ['syncStatus']);
		if (status.kind !== 'syncStatus' || !status.applied) throw new Error('room content refused');
		await peer.end();
	}
	return rooms;
}

export interface CycleContext {
	url: string;
	rooms: TestRoom[];
	random: Random;
}

/**
 * One connection's life, from open to closed. Throws when the relay answered something else than
 * it should have; resolves once the socket is closed on this side.
 */
export async function runCycle(
	kind: CycleKind,
	{ url, rooms, random }: CycleContext
): Promise<void> {
	const room = random.pick(rooms);
	const name = random.chance(0.8) ? room.name() : room.name('facilitation');
	const peer = new AbusePeer(url);
	try {
		switch (kind) {
			case 'valid': {
				await peer.authenticate(name, room.token(random.pick(ROLES)));
				if (random.chance(0.5)) {
					peer.send(syncStep1Frame(name, Y.encodeStateVector(new Y.Doc())));
					await peer.reply(name, ['content']);
				}
				await peer.end(random.chance(0.5) ? 'close' : 'terminate');
				return;
			}
			case 'wrongSecret':
			case 'unknownRoom':
			case 'garbageToken': {
				await peer.opened;
				const target = kind === 'unknownRoom' ? newRoom() : room;
				const token =
					kind === 'garbageToken'
						? random.pick(['', 'not a token', '{"v":1}', randomBase36(random.int(1, 900))])
						: kind === 'unknownRoom'
							? target.token('participant')
							: encodeToken({ v: 1, role: random.pick(ROLES), secret: randomBase36(32) });
				const targetName = target.name(name === room.name() ? 'plan' : 'facilitation');
				peer.send(authFrame(targetName, token));
				const reply = await peer.reply(targetName, ['authenticated', 'denied']);
				const expected = kind === 'unknownRoom' ? REFUSALS.unknownRoom : REFUSALS.unauthorized;
				if (reply.kind !== 'denied' || reply.reason !== expected) {
					throw new Error(`${kind}: expected a refusal, got ${JSON.stringify(reply)}`);
				}
				await peer.end(random.chance(0.5) ? 'close' : 'terminate');
				return;
			}
			case 'malformed': {
				await peer.opened;
				peer.send(malformedFrame(random, room));
				const closed = await peer.closed;
				if (closed.code !== 1007) throw new Error(`malformed: closed with ${closed.code}`);
				return;
			}
			case 'terminateConnecting': {
				// Anywhere between the TCP connect and the end of the upgrade.
				const delay = random.int(0, 3);
				if (delay === 0) peer.ws.terminate();
				else setTimeout(() => peer.ws.terminate(), delay);
				await peer.closed;
				return;
			}
			case 'terminateAfterAuth': {
				await peer.opened;
				peer.send(authFrame(name, room.token(random.pick(ROLES))));
				if (random.chance(0.5)) peer.send(syncStep1Frame(name, new Uint8Array([0])));
				// While the relay authenticates and loads the document.
				if (random.chance(0.5)) await new Promise((resolve) => setImmediate(resolve));
				await peer.end('terminate');
				return;
			}
		}
	} finally {
		if (peer.ws.readyState !== WebSocket.CLOSED) peer.ws.terminate();
	}
}

/** Runs `total` cycles of random kinds, `parallel` at a time; returns the failures. */
export async function runCycles(
	context: CycleContext,
	total: number,
	parallel: number
): Promise<{ counts: Record<CycleKind, number>; failures: number; examples: string[] }> {
	const counts = Object.fromEntries(CYCLE_KINDS.map((kind) => [kind, 0])) as Record<
		CycleKind,
		number
	>;
	const examples: string[] = [];
	let failures = 0;
	let next = 0;
	const worker = async () => {
		while (next < total) {
			next += 1;
			const kind = context.random.pick(CYCLE_KINDS);
			counts[kind] += 1;
			try {
				await runCycle(kind, context);
			} catch (error) {
				failures += 1;
				if (examples.length < 20) examples.push(`${kind}: ${(error as Error).message}`);
			}
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	return { counts, failures, examples };
}
