import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import type { ClosedWith } from './test-client';

export interface RawSocket {
	ws: WebSocket;
	/** Settles when the relay (or the network) closed the socket. */
	closed: Promise<ClosedWith>;
	isOpen(): boolean;
}

/** A bare WebSocket to the relay, for sending what no provider would. */
export function openRawSocket(
	url: string,
	options: { autoPong?: boolean } = {}
): Promise<RawSocket> {
	const ws = new WebSocket(url, options);
	// Writing into a socket the relay already closed fails; that is the point of these tests.
	ws.on('error', () => {});
	const closed = new Promise<ClosedWith>((resolve) => {
		ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
	});
	return new Promise((resolve, reject) => {
		ws.once('open', () => resolve({ ws, closed, isOpen: () => ws.readyState === WebSocket.OPEN }));
		ws.once('error', reject);
	});
}

/** A Hocuspocus frame: document name, message type, then whatever `write` adds. */
export function frame(
	documentName: string,
	type: number,
	write: (encoder: encoding.Encoder) => void = () => {}
): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, documentName);
	encoding.writeVarUint(encoder, type);
	write(encoder);
	return encoding.toUint8Array(encoder);
}

/** Deterministic bytes, so a failure can be replayed. */
export function seededBytes(seed: number, length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = seed >>> 0 || 1;
	for (let index = 0; index < length; index += 1) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		bytes[index] = state & 0xff;
	}
	return bytes;
}
