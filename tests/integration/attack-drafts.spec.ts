/**
 * A person's drafts (private notes of a private round) against a real relay: nobody but the holder
 * of the ballot secret opens them, the facilitator included; floods of new drafts documents stop at
 * the room's ballot cap and the address's quota; a drafts document cannot grow past its own cap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_TYPE } from '../../src/lib/server/relay/frame-header';
import {
	ballotIdFor,
	documentName,
	encodeToken,
	REFUSALS,
	type Refusal
} from '../../src/lib/sync/protocol';
import { AbusePeer, authFrame } from './helpers/abuse-peer';
import { frame } from './helpers/raw-socket';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36, type TestRoom } from './helpers/rooms';
import { readStoredRow } from './helpers/stored';
import { sleep, waitFor } from './helpers/wait-for';

const CANARY = 'CANARY-private-note-7f3a';
const refusalOf = new Map<string, Refusal>(
	Object.entries(REFUSALS).map(([key, text]) => [text, key as Refusal])
);

const draftsName = (room: TestRoom, ballotSecret: string) =>
	documentName(room.roomId, 'drafts', ballotIdFor(ballotSecret));

/** Opens drafts documents with fresh ballot secrets, one at a time, over as few sockets as it can. */
async function createDrafts(
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
		const name = draftsName(room, secret);
		const token = encodeToken({
			v: 1,
			role: 'participant',
			secret: room.secrets.participant,
			ballot: secret
		});
		peer.send(authFrame(name, token));
		const reply = await peer.reply(name, ['authenticated', 'denied']).catch(() => null);
		if (!reply) {
			i -= 1;
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

function holds(doc: Y.Doc, text: string): boolean {
	return (
		Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8').includes(text) ||
		JSON.stringify(doc.toJSON()).includes(text)
	);
}

describe('attack: reading or flooding someone’s private drafts', () => {
	let relay: RunningRelay | null = null;
	const dir = temporaryDataDir();
	afterEach(async () => {
		await relay?.stop();
		relay = null;
		dir.remove();
	});

	it('only the owner opens their drafts: facilitator, other participants and observers are refused', async () => {
		relay = await startRelay(dir.path);
		const running = relay;
		const room = newRoom();
		const lead = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room', () => lead.settled);

		// Ana writes a private note.
		const ana = running.connect(
			draftsName(room, room.ballotSecrets.participant),
			room.token('participant')
		);
		ana.doc.getMap('drafts').set('draft000001', { round: 'round00001', text: CANARY });
		await waitFor('her drafts', () => ana.settled);
		// Her other device (same ballot secret) reads them.
		const anaPhone = running.connect(
			draftsName(room, room.ballotSecrets.participant),
			room.token('participant')
		);
		await waitFor('her other device', () => anaPhone.synced);
		expect(holds(anaPhone.doc, CANARY)).toBe(true);

		const name = draftsName(room, room.ballotSecrets.participant);
		const intruders = {
			facilitator: running.connect(name, room.token('facilitator', { register: false })),
			facilitatorWithoutBallot: running.connect(
				name,
				room.token('facilitator', { ballot: null, register: false })
			),
			otherParticipant: running.connect(
				name,
				room.token('participant', { ballot: randomBase36(32) })
			),
			participantWithoutBallot: running.connect(name, room.token('participant', { ballot: null })),
			observer: running.connect(name, room.token('observer')),
			observerWithHerSecret: running.connect(
				name,
				room.token('observer', { ballot: room.ballotSecrets.participant })
			),
			wrongRoomSecret: running.connect(
				name,
				encodeToken({
					v: 1,
					role: 'participant',
					secret: randomBase36(32),
					ballot: room.ballotSecrets.participant
				})
			)
		};
		await waitFor('every intruder refused', () =>
			Object.values(intruders).every((client) => client.refusals.length > 0)
		);
		// Anything in flight would have arrived by now.
		await sleep(200);
		for (const [who, client] of Object.entries(intruders)) {
			expect(client.refusals, who).toEqual([REFUSALS.unauthorized]);
			expect(holds(client.doc, CANARY), who).toBe(false);
		}
		// The relay keeps her drafts as they were.
		await running.relay.flush();
		const stored = readStoredRow(dir.path, name);
		expect(stored).not.toBeNull();
		const doc = new Y.Doc();
		Y.applyUpdate(doc, stored!.state);
		expect(holds(doc, CANARY)).toBe(true);
	}, 30_000);

	it('a flood of new drafts documents stops at the address’s quota', async () => {
		relay = await startRelay(dir.path, { ballotsPerHourPerIp: 40 });
		const running = relay;
		const room = newRoom();
		const lead = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room', () => lead.settled);
		const outcomes: (Refusal | 'created')[] = [];
		await Promise.all(
			Array.from({ length: 3 }, () => createDrafts(running.url, room, 30, outcomes))
		);
		const created = outcomes.filter((outcome) => outcome === 'created').length;
		expect(created).toBe(40);
		expect(outcomes.filter((outcome) => outcome === 'tooFast')).toHaveLength(50);
		// Honest work goes on.
		lead.map.set('purpose', 'still here');
		await waitFor('the plan still syncing', () => lead.settled);
	}, 60_000);

	it('a drafts document cannot grow past its own cap', async () => {
		relay = await startRelay(dir.path, { maxDraftsBytes: 32 * 1024 });
		const running = relay;
		const room = newRoom();
		const lead = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room', () => lead.settled);
		const name = draftsName(room, room.ballotSecrets.participant);
		const ana = running.connect(name, room.token('participant'));
		ana.doc.getMap('drafts').set('draft000001', { round: 'round00001', text: 'small' });
		await waitFor('the small note', () => ana.settled);
		ana.doc
			.getMap('drafts')
			.set('draft000002', { round: 'round00001', text: 'x'.repeat(64 * 1024) });
		await waitFor('the writer closed', () =>
			ana.closes.some((close) => close.reason === REFUSALS.documentFull)
		);
		ana.destroy();
		await running.relay.flush();
		const stored = readStoredRow(dir.path, name);
		expect(stored?.state.byteLength ?? 0).toBeLessThan(32 * 1024);
		// The plan, a shared document, keeps the larger relay-wide limit.
		lead.map.set('essay', 'y'.repeat(64 * 1024));
		await waitFor('the plan takes it', () => lead.settled);
	}, 30_000);
});
