import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { REFUSALS } from '../../sync/protocol';
import type { Access } from './authorize';
import { MESSAGE_TYPE } from './frame-header';
import { CLOSE_CODES, MALFORMED_REASON, type Verdict } from './frame-policy';
import type { PresenceOwners } from './presence-owners';
import {
	identityOf,
	judgePresence,
	readPresenceEntries,
	writePresenceFrame,
	type PresenceJudgement,
	type PresenceLimits,
	type PresenceRefusal,
	type PresenceView
} from './presence-guard';
import type { SocketSession } from './socket-session';

export type PresenceViolation = {
	reason: PresenceRefusal | 'presenceTooFast';
	document: string;
	clientId?: number;
};

/** Judges an awareness frame of an established document (see FramePolicy.presence). */
export type PresenceJudge = (
	session: SocketSession,
	access: Access,
	documentName: string,
	frame: Uint8Array
) => Verdict;

export interface PresenceGateOptions {
	limits: PresenceLimits;
	owners: PresenceOwners;
	/** The loaded document's awareness, if it is loaded. */
	awarenessOf(documentName: string): Awareness | undefined;
}

const malformed = (documentName: string): Verdict => ({
	action: 'close',
	code: CLOSE_CODES.malformed,
	text: MALFORMED_REASON,
	violation: { reason: 'malformed', document: documentName }
});

const tooFast = (documentName: string): Verdict => ({
	action: 'close',
	code: CLOSE_CODES.tooFast,
	text: REFUSALS.tooFast,
	violation: { reason: 'tooFast', document: documentName }
});

/**
 * Applies judgePresence to a socket's frame: an undecodable frame closes the socket, a refused one
 * is dropped (logged once per socket, document and reason), and an accepted one reaches the sync
 * engine with only the sender's own entries. Every frame counts against the document
 * connection's frame rate, except echoes: providers send back each presence update they receive,
 * so in a busy room an honest peer's echoes alone would pass the rate; they change nothing and are
 * dropped, free up to one per update the relay sent that socket. Changes of the sender's own
 * presence past PRESENCE_RATE are dropped too: each is sent to everyone in the room.
 */
export function presenceGate({ limits, owners, awarenessOf }: PresenceGateOptions): PresenceJudge {
	return (session, access, documentName, frame) => {
		const entries = readPresenceEntries(frame);
		if (entries === null) return malformed(documentName);
		const awareness = awarenessOf(documentName);
		const view: PresenceView = {
			known(clientId) {
				const meta = awareness?.meta.get(clientId);
				return meta && { clock: meta.clock, present: awareness!.states.has(clientId) };
			},
			owner: (clientId) => owners.owner(documentName, clientId),
			ownedBy: (socket) => owners.ownedBy(documentName, socket)
		};
		const sender = { socket: session.id, role: access.role, ballotId: access.ballotId };
		const judgement: PresenceJudgement =
			entries === 'tooMany'
				? { verdict: 'drop', reason: 'presenceTooManyEntries' }
				: judgePresence(entries, sender, view, limits);
		if (judgement.verdict === 'malformed') return malformed(documentName);
		const echo = judgement.verdict === 'apply' && judgement.entries.length === 0;
		if (!(echo && owners.takeEcho(documentName, session.id))) {
			if (!session.rateFor(documentName).take()) return tooFast(documentName);
		}
		if (judgement.verdict === 'drop') {
			const violation: PresenceViolation = {
				reason: judgement.reason,
				document: documentName,
				...(judgement.clientId === undefined ? {} : { clientId: judgement.clientId })
			};
			const first = session.firstTime(`${judgement.reason}:${documentName}`);
			return { action: 'presence', frame: null, ...(first ? { violation } : {}) };
		}
		if (echo) return { action: 'presence', frame: null };
		if (!owners.takeChange(documentName, session.id)) {
			const first = session.firstTime(`presenceTooFast:${documentName}`);
			const violation: PresenceViolation = { reason: 'presenceTooFast', document: documentName };
			return { action: 'presence', frame: null, ...(first ? { violation } : {}) };
		}
		const identity = identityOf(sender);
		for (const clientId of judgement.claims) {
			owners.claim(documentName, clientId, session.id, identity);
		}
		const whole = entries !== 'tooMany' && judgement.entries.length === entries.length;
		return {
			action: 'presence',
			frame: whole ? frame : writePresenceFrame(documentName, judgement.entries)
		};
	};
}

/**
 * Asks a provider for its presence; it answers with every state it holds, of which the gate keeps
 * its own. Sent once a document is established, since presence sent before was dropped.
 */
export function queryPresenceFrame(documentName: string): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, documentName);
	encoding.writeVarUint(encoder, MESSAGE_TYPE.queryAwareness);
	return encoding.toUint8Array(encoder);
}
