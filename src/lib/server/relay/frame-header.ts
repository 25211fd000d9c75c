import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Hocuspocus message types (the first number after the document name). */
export const MESSAGE_TYPE = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3,
	syncReply: 4,
	stateless: 5,
	broadcastStateless: 6,
	close: 7,
	/** The relay's answer to an update: applied or not. */
	syncStatus: 8
} as const;

/** y-protocols sync steps; 1 and 2 carry document content. */
export const SYNC_STEP = { stateVector: 0, missing: 1, update: 2 } as const;

export interface FrameHeader {
	documentName: string;
	/** The name's length in UTF-8 bytes, as the frame states it. */
	nameBytes: number;
	type: number;
	/** The sync step of a sync message, null for every other type. */
	syncStep: number | null;
}

/**
 * Reads just enough of a frame to route and police it; null when it is not a Hocuspocus frame. A
 * name longer than `maxNameBytes` is not even decoded (it can be megabytes): the header then has
 * an empty name, its stated length and no type (-1).
 */
export function readFrameHeader(frame: Uint8Array, maxNameBytes = Infinity): FrameHeader | null {
	try {
		const decoder = decoding.createDecoder(frame);
		const nameBytes = decoding.peekVarUint(decoder);
		if (nameBytes > maxNameBytes) return { documentName: '', nameBytes, type: -1, syncStep: null };
		const documentName = decoding.readVarString(decoder);
		const type = decoding.readVarUint(decoder);
		const isSync = type === MESSAGE_TYPE.sync || type === MESSAGE_TYPE.syncReply;
		const syncStep = isSync ? decoding.readVarUint(decoder) : null;
		return { documentName, nameBytes, type, syncStep };
	} catch {
		return null;
	}
}

export function carriesContent(header: FrameHeader): boolean {
	return header.syncStep === SYNC_STEP.missing || header.syncStep === SYNC_STEP.update;
}

/**
 * A sync frame the relay writes itself (a full-sync answer from its cache). The payload can be
 * many megabytes: it is copied once, into a frame of exactly the right size.
 */
export function syncFrame(
	documentName: string,
	step: (typeof SYNC_STEP)[keyof typeof SYNC_STEP],
	payload: Uint8Array
): Uint8Array {
	const header = encoding.createEncoder();
	encoding.writeVarString(header, documentName);
	encoding.writeVarUint(header, MESSAGE_TYPE.sync);
	encoding.writeVarUint(header, step);
	encoding.writeVarUint(header, payload.byteLength);
	return Buffer.concat([encoding.toUint8Array(header), payload]);
}
