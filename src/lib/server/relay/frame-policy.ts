import type * as Y from 'yjs';
import { REFUSALS } from '../../sync/protocol';
import { carriesContent, MESSAGE_TYPE, readFrameHeader, SYNC_STEP } from './frame-header';
import type { DocumentSizeGuard } from './document-size-guard';
import type { SocketSession } from './socket-session';

/** Close codes the relay uses; the reason text (from REFUSALS) is what the app shows. */
export const CLOSE_CODES = {
	malformed: 1007,
	tooLarge: 1009,
	shuttingDown: 1001,
	tooChatty: 4400,
	documentFull: 4413,
	throttled: 4429
} as const;

export const MALFORMED_REASON = 'Malformed message.';

export type Violation =
	| { reason: 'malformed'; document?: string }
	| { reason: 'tooChatty'; document: string }
	| { reason: 'documentFull'; document: string }
	| { reason: 'readOnly'; document: string };

export type Verdict =
	| { action: 'deliver'; violation?: Violation }
	| { action: 'close'; code: number; text: string; violation: Violation };

/** Everything a provider sends; the rest (broadcasts, acknowledgements) only flows the other way. */
const CLIENT_TYPES = new Set<number>([
	MESSAGE_TYPE.sync,
	MESSAGE_TYPE.awareness,
	MESSAGE_TYPE.auth,
	MESSAGE_TYPE.queryAwareness,
	MESSAGE_TYPE.stateless,
	MESSAGE_TYPE.close
]);
const SYNC_STEPS = new Set<number>(Object.values(SYNC_STEP));

export interface FramePolicy {
	preAuthFrames: number;
	preAuthBytes: number;
	sizes: DocumentSizeGuard;
	/** The loaded document, if any. */
	documentNamed: (name: string) => Y.Doc | undefined;
}

/** Decides what happens to one incoming frame before Hocuspocus sees it. */
export function judgeFrame(
	session: SocketSession,
	frame: Uint8Array,
	isBinary: boolean,
	policy: FramePolicy
): Verdict {
	const header = isBinary ? readFrameHeader(frame) : null;
	if (
		!header ||
		!CLIENT_TYPES.has(header.type) ||
		(header.syncStep !== null && !SYNC_STEPS.has(header.syncStep))
	) {
		return {
			action: 'close',
			code: CLOSE_CODES.malformed,
			text: MALFORMED_REASON,
			violation: { reason: 'malformed', document: header?.documentName }
		};
	}
	const { documentName } = header;
	const access = session.accessTo(documentName);
	if (!access) {
		const limits = { frames: policy.preAuthFrames, bytes: policy.preAuthBytes };
		if (session.charge(documentName, frame.byteLength, limits)) return { action: 'deliver' };
		return {
			action: 'close',
			code: CLOSE_CODES.tooChatty,
			text: REFUSALS.tooChatty,
			violation: { reason: 'tooChatty', document: documentName }
		};
	}
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
	if (!doc || policy.sizes.admit(doc, frame.byteLength)) return { action: 'deliver' };
	return {
		action: 'close',
		code: CLOSE_CODES.documentFull,
		text: REFUSALS.documentFull,
		violation: { reason: 'documentFull', document: documentName }
	};
}
