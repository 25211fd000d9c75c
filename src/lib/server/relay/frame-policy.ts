import type * as Y from 'yjs';
import { REFUSALS } from '../../sync/protocol';
import { carriesContent, MESSAGE_TYPE, readFrameHeader, SYNC_STEP } from './frame-header';
import type { DocumentSizeGuard } from './document-size-guard';
import type { PresenceJudge, PresenceViolation } from './presence-gate';
import type { SocketSession } from './socket-session';

/** Close codes the relay uses; the reason text (from REFUSALS) is what the app shows. */
export const CLOSE_CODES = {
	malformed: 1007,
	tooLarge: 1009,
	shuttingDown: 1001,
	signInTimeout: 4401,
	tooChatty: 4400,
	documentFull: 4413,
	tooFast: 4420,
	slowReader: 4421,
	throttled: 4429,
	tooManySockets: 4430
} as const;

export const MALFORMED_REASON = 'Malformed message.';

/** Full-sync answers for documents at least this large come from the cache, a few at a time. */
export const LARGE_REPLY_BYTES = 1024 * 1024;

export type Violation =
	| { reason: 'malformed'; document?: string }
	| { reason: 'nameTooLong'; nameBytes: number }
	| { reason: 'tooChatty'; document: string }
	| { reason: 'tooFast'; document: string }
	| { reason: 'documentFull'; document: string }
	| { reason: 'readOnly'; document: string };

export type Verdict =
	| { action: 'deliver'; violation?: Violation }
	/** A full-sync request: answered once its document is established, one at a time. */
	| { action: 'sync-request'; document: string }
	| { action: 'close'; code: number; text: string; violation: Violation }
	/** An awareness frame, judged by the presence gate: `frame` (its allowed part) or nothing. */
	| { action: 'presence'; frame: Uint8Array | null; violation?: PresenceViolation };

/** Everything a provider sends; the rest (broadcasts, acknowledgements) only flows the other way. */
const CLIENT_TYPES = new Set<number>([
	MESSAGE_TYPE.sync,
	MESSAGE_TYPE.awareness,
	MESSAGE_TYPE.auth,
	MESSAGE_TYPE.queryAwareness,
	MESSAGE_TYPE.stateless,
	MESSAGE_TYPE.close
]);
/** Frames that make the relay work (apply, answer, relay to others): rate-limited. */
const RATED_TYPES = new Set<number>([
	MESSAGE_TYPE.sync,
	MESSAGE_TYPE.awareness,
	MESSAGE_TYPE.queryAwareness,
	MESSAGE_TYPE.stateless
]);
const SYNC_STEPS = new Set<number>(Object.values(SYNC_STEP));

export interface FramePolicy {
	preAuthFrames: number;
	preAuthBytes: number;
	/** Documents a socket may be signing in to at once. */
	preAuthDocuments: number;
	maxNameLength: number;
	sizes: DocumentSizeGuard;
	/** A person's drafts document stays smaller than the shared ones. */
	maxDraftsBytes: number;
	/** The room's saved versions have a limit of their own too. */
	maxVersionsBytes: number;
	/** The loaded document, if any. */
	documentNamed: (name: string) => Y.Doc | undefined;
	/** Judges and rates awareness frames of established documents. */
	presence: PresenceJudge;
}

function close(code: number, text: string, violation: Violation): Verdict {
	return { action: 'close', code, text, violation };
}

/** Decides what happens to one incoming frame before Hocuspocus sees it. */
export function judgeFrame(
	session: SocketSession,
	frame: Uint8Array,
	isBinary: boolean,
	policy: FramePolicy
): Verdict {
	// A UTF-8 character takes at most 4 bytes: longer names are refused without decoding them.
	const header = isBinary ? readFrameHeader(frame, 4 * policy.maxNameLength) : null;
	// Refused before anything logs or stores it: a name can be megabytes long.
	if (header && (header.type === -1 || header.documentName.length > policy.maxNameLength)) {
		return close(CLOSE_CODES.malformed, MALFORMED_REASON, {
			reason: 'nameTooLong',
			nameBytes: header.nameBytes
		});
	}
	if (
		!header ||
		!CLIENT_TYPES.has(header.type) ||
		(header.syncStep !== null && !SYNC_STEPS.has(header.syncStep))
	) {
		return close(CLOSE_CODES.malformed, MALFORMED_REASON, {
			reason: 'malformed',
			...(header ? { document: header.documentName } : {})
		});
	}
	const { documentName } = header;
	const request = header.syncStep === SYNC_STEP.stateVector;
	const access = session.accessTo(documentName);
	if (!access) {
		const limits = {
			frames: policy.preAuthFrames,
			bytes: policy.preAuthBytes,
			documents: policy.preAuthDocuments
		};
		if (!session.charge(documentName, frame.byteLength, limits)) {
			return close(CLOSE_CODES.tooChatty, REFUSALS.tooChatty, {
				reason: 'tooChatty',
				document: documentName
			});
		}
		// Presence before sign-in would be applied unchecked; the relay asks for it once signed in.
		if (header.type === MESSAGE_TYPE.awareness) return { action: 'presence', frame: null };
		return request ? { action: 'sync-request', document: documentName } : { action: 'deliver' };
	}
	// Presence is judged, and rated, by the presence gate: echoes of the relay's own are free.
	if (header.type === MESSAGE_TYPE.awareness) {
		return policy.presence(session, access, documentName, frame);
	}
	if (RATED_TYPES.has(header.type) && !session.rateFor(documentName).take()) {
		return close(CLOSE_CODES.tooFast, REFUSALS.tooFast, {
			reason: 'tooFast',
			document: documentName
		});
	}
	if (request) return { action: 'sync-request', document: documentName };
	if (!carriesContent(header)) return { action: 'deliver' };
	if (access.readOnly) {
		// Hocuspocus refuses the content itself and tells the client; an explicit edit is worth a
		// log line, once per socket and document.
		const edit = header.syncStep === SYNC_STEP.update;
		const first = edit && session.firstTime(`read-only:${documentName}`);
		return first
			? { action: 'deliver', violation: { reason: 'readOnly', document: documentName } }
			: { action: 'deliver' };
	}
	const doc = policy.documentNamed(documentName);
	const max =
		access.kind === 'drafts'
			? policy.maxDraftsBytes
			: access.kind === 'versions'
				? policy.maxVersionsBytes
				: undefined;
	if (!doc || policy.sizes.admit(doc, frame.byteLength, max)) return { action: 'deliver' };
	return close(CLOSE_CODES.documentFull, REFUSALS.documentFull, {
		reason: 'documentFull',
		document: documentName
	});
}
