import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { encodeToken, RELAY_LIMITS, type Role } from '../../../src/lib/sync/protocol';
import type { Random } from '../../factories/random';
import { MESSAGE_TYPE } from '../../../src/lib/server/relay/frame-header';
import { AbusePeer, authFrame, contentFrame } from './abuse-peer';
import { frame, seededBytes } from './raw-socket';
import { randomBase36, type TestRoom } from './rooms';
import type { ClosedWith } from './test-client';
import { sleep } from './wait-for';

/** Every value an attacker writes carries this, so one byte search finds any that got through. */
export const FORBIDDEN = 'forbidden-';

export function holdsForbidden(doc: Y.Doc): boolean {
	return Buffer.from(Y.encodeStateAsUpdate(doc)).includes(FORBIDDEN);
}

export function stateHoldsForbidden(state: Uint8Array): boolean {
	return Buffer.from(state).includes(FORBIDDEN);
}

function forbiddenUpdate(root: string, label: string): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap(root).set(`${FORBIDDEN}${label}`, `${FORBIDDEN}${label}`);
	doc.getText(`${FORBIDDEN}text`).insert(0, `${FORBIDDEN}${label}`);
	return Y.encodeStateAsUpdate(doc);
}

/** How the relay answered one offending connection. */
export interface Outcome {
	attack: string;
	/** The socket's close, when the relay closed it. */
	closed: ClosedWith | null;
	/** Hocuspocus closed only the document connection (a close message), the socket stayed. */
	documentClosed: boolean;
	/** The relay acknowledged content as applied. */
	applied: boolean;
	/** The relay answered content with "not applied" (a read-only connection). */
	refused: boolean;
}

async function settle(peer: AbusePeer, document: string, waitMs: number): Promise<Outcome> {
	await Promise.race([
		peer.closed,
		peer.reply(document, ['syncStatus', 'closed'], waitMs).catch(() => null)
	]);
	const statuses = peer.replies.filter((r) => r.document === document && r.kind === 'syncStatus');
	const outcome = {
		attack: '',
		closed: peer.closedWith,
		documentClosed: peer.replies.some((r) => r.document === document && r.kind === 'closed'),
		applied: statuses.some((r) => r.kind === 'syncStatus' && r.applied),
		refused: statuses.some((r) => r.kind === 'syncStatus' && !r.applied)
	};
	await peer.end('terminate');
	return outcome;
}

/** Random bytes, one frame per connection; most do not even parse as a Hocuspocus frame. */
export async function randomBytes(url: string, random: Random, count: number): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (let index = 0; index < count; index += 1) {
		const peer = new AbusePeer(url);
		await peer.opened;
		peer.send(seededBytes(random.int(1, 2 ** 31), random.int(1, 4_096)));
		await Promise.race([peer.closed, sleep(100)]);
		outcomes.push({ ...(await settle(peer, '', 0)), attack: 'random bytes' });
	}
	return outcomes;
}

/**
 * A writer's real update, cut short at several places, each sent on a fresh authenticated
 * connection. Returns the outcomes and the texts the cut updates would have written.
 */
export async function truncatedUpdates(
	url: string,
	room: TestRoom,
	random: Random,
	count: number
): Promise<{ outcomes: Outcome[]; values: Map<string, string> }> {
	const outcomes: Outcome[] = [];
	const values = new Map<string, string>();
	for (let index = 0; index < count; index += 1) {
		const key = `truncated-${index}-${random.int(0, 1e9)}`;
		const value = `whole value ${index} `.repeat(random.int(1, 20));
		values.set(key, value);
		const doc = new Y.Doc();
		doc.getMap('plan').set(key, value);
		doc.getText('notes').insert(0, value);
		const update = Y.encodeStateAsUpdate(doc);
		const cut = update.subarray(0, random.int(1, update.byteLength - 1));
		const peer = new AbusePeer(url);
		await peer.authenticate(room.name(), room.token('participant'));
		peer.send(contentFrame(room.name(), cut, random.chance(0.5) ? 'step2' : 'update'));
		outcomes.push({ ...(await settle(peer, room.name(), 2_000)), attack: `cut at ${cut.length}` });
	}
	return { outcomes, values };
}

/** Writes by roles that may only read: an observer on the plan, a participant on facilitation. */
export async function forbiddenWrites(url: string, room: TestRoom): Promise<Outcome[]> {
	const cases: [Role, string, string][] = [
		['observer', room.name(), 'plan'],
		['participant', room.name('facilitation'), 'facilitation']
	];
	const outcomes: Outcome[] = [];
	for (const [role, document, root] of cases) {
		for (const as of ['update', 'step2'] as const) {
			const peer = new AbusePeer(url);
			const scope = await peer.authenticate(document, room.token(role));
			if (scope !== 'readonly') throw new Error(`${role} got ${scope} on ${document}`);
			peer.send(contentFrame(document, forbiddenUpdate(root, `${role}-${as}`), as));
			outcomes.push({ ...(await settle(peer, document, 5_000)), attack: `${role} ${as}` });
		}
	}
	return outcomes;
}

/** Floods from connections that never authenticated, and content sent before or without it. */
export async function preAuthFloods(url: string, room: TestRoom): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	const flood = async (attack: string, frames: (index: number) => Uint8Array, total: number) => {
		const peer = new AbusePeer(url);
		await peer.opened;
		for (let index = 0; index < total && peer.isOpen; index += 1) peer.send(frames(index));
		await Promise.race([peer.closed, sleep(3_000)]);
		outcomes.push({ ...(await settle(peer, room.name(), 0)), attack });
	};
	await flood('query awareness', () => frame(room.name(), MESSAGE_TYPE.queryAwareness), 2_000);
	await flood(
		'content before authentication',
		(index) => contentFrame(room.name(), forbiddenUpdate('plan', `unauthenticated-${index}`)),
		500
	);
	await flood(
		'auth attempts for many documents',
		() => authFrame(`${randomBase36(26)}`, 'not a token'),
		500
	);
	await flood(
		'large awareness frames',
		() =>
			frame(room.name(), MESSAGE_TYPE.awareness, (e) =>
				encoding.writeVarUint8Array(e, new Uint8Array(64 * 1024))
			),
		100
	);
	// Content queued before a refused token must never be applied once the refusal is sent.
	const refused = new AbusePeer(url);
	await refused.opened;
	refused.send(contentFrame(room.name(), forbiddenUpdate('plan', 'queued-before-refusal')));
	const wrong = encodeToken({ v: 1, role: 'participant', secret: randomBase36(32) });
	refused.send(authFrame(room.name(), wrong));
	await refused.reply(room.name(), ['denied']);
	refused.send(contentFrame(room.name(), forbiddenUpdate('plan', 'after-refusal')));
	outcomes.push({
		...(await settle(refused, room.name(), 500)),
		attack: 'content around a refusal'
	});
	return outcomes;
}

/** Frames over the relay's maximum, before and after authentication. */
export async function oversizedFrames(url: string, room: TestRoom): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	const huge = new Uint8Array(RELAY_LIMITS.maxMessageBytes + 1);
	const anonymous = new AbusePeer(url);
	await anonymous.opened;
	anonymous.send(huge);
	await anonymous.closed;
	outcomes.push({ ...(await settle(anonymous, room.name(), 0)), attack: 'oversized, anonymous' });

	const writer = new AbusePeer(url);
	await writer.authenticate(room.name(), room.token('participant'));
	const doc = new Y.Doc();
	doc
		.getText(`${FORBIDDEN}huge`)
		.insert(0, `${FORBIDDEN}x`.repeat(RELAY_LIMITS.maxMessageBytes / 8));
	writer.send(contentFrame(room.name(), Y.encodeStateAsUpdate(doc)));
	await writer.closed;
	outcomes.push({ ...(await settle(writer, room.name(), 0)), attack: 'oversized, authenticated' });
	return outcomes;
}
