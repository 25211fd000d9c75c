import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { MESSAGE_TYPE, SYNC_STEP } from '../../../src/lib/server/relay/frame-header';
import { frame } from './raw-socket';
import type { ClosedWith } from './test-client';

/** Sub-types of an auth message; the relay's own reading of frames needs only the types. */
const AUTH = { token: 0, denied: 1, authenticated: 2 } as const;

export function authFrame(documentName: string, token: string): Uint8Array {
	return frame(documentName, MESSAGE_TYPE.auth, (e) => {
		encoding.writeVarUint(e, AUTH.token);
		encoding.writeVarString(e, token);
	});
}

export function syncStep1Frame(documentName: string, stateVector: Uint8Array): Uint8Array {
	return frame(documentName, MESSAGE_TYPE.sync, (e) => {
		encoding.writeVarUint(e, SYNC_STEP.stateVector);
		encoding.writeVarUint8Array(e, stateVector);
	});
}

/** Content, as a sync step 2 (`missing`) or a live update. */
export function contentFrame(
	documentName: string,
	update: Uint8Array,
	as: 'step2' | 'update' = 'update'
): Uint8Array {
	return frame(documentName, MESSAGE_TYPE.sync, (e) => {
		encoding.writeVarUint(e, as === 'step2' ? SYNC_STEP.missing : SYNC_STEP.update);
		encoding.writeVarUint8Array(e, update);
	});
}

export type Reply =
	| { document: string; kind: 'authenticated'; scope: string }
	| { document: string; kind: 'denied'; reason: string }
	| { document: string; kind: 'closed'; reason: string }
	/** Whether the relay applied an update the peer sent. */
	| { document: string; kind: 'syncStatus'; applied: boolean }
	/** The relay's answer to a sync step 1: the content the peer is missing. */
	| { document: string; kind: 'content'; update: Uint8Array }
	| { document: string; kind: 'other'; type: number };

function readReply(data: Uint8Array): Reply | null {
	try {
		const decoder = decoding.createDecoder(data);
		const document = decoding.readVarString(decoder);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_TYPE.auth) {
			const sub = decoding.readVarUint(decoder);
			if (sub === AUTH.authenticated) {
				return { document, kind: 'authenticated', scope: decoding.readVarString(decoder) };
			}
			if (sub === AUTH.denied) {
				return { document, kind: 'denied', reason: decoding.readVarString(decoder) };
			}
		}
		if (type === MESSAGE_TYPE.close) {
			return { document, kind: 'closed', reason: decoding.readVarString(decoder) };
		}
		if (type === MESSAGE_TYPE.syncStatus) {
			return { document, kind: 'syncStatus', applied: decoding.readVarUint(decoder) === 1 };
		}
		if (
			(type === MESSAGE_TYPE.sync || type === MESSAGE_TYPE.syncReply) &&
			decoding.readVarUint(decoder) !== SYNC_STEP.stateVector
		) {
			return { document, kind: 'content', update: decoding.readVarUint8Array(decoder) };
		}
		return { document, kind: 'other', type };
	} catch {
		return null;
	}
}

/**
 * A bare WebSocket that records what the relay answered: for sending what no provider would, and
 * for thousands of short connections without a provider's reconnect machinery.
 */
export class AbusePeer {
	readonly ws: WebSocket;
	readonly replies: Reply[] = [];
	readonly opened: Promise<boolean>;
	readonly closed: Promise<ClosedWith>;
	closedWith: ClosedWith | null = null;
	readonly #waiters = new Set<() => boolean>();

	constructor(url: string, options: { autoPong?: boolean } = {}) {
		this.ws = new WebSocket(url, options);
		// Writing into a socket the relay closed, or aborting a handshake, reports an error here.
		this.ws.on('error', () => {});
		this.ws.on('message', (data) => {
			const bytes = Array.isArray(data)
				? Buffer.concat(data)
				: data instanceof ArrayBuffer
					? new Uint8Array(data)
					: data;
			const reply = readReply(bytes);
			if (reply) this.replies.push(reply);
			this.#wake();
		});
		this.closed = new Promise((resolve) => {
			this.ws.once('close', (code, reason) => {
				this.closedWith = { code, reason: reason.toString() };
				resolve(this.closedWith);
				this.#wake();
			});
		});
		this.opened = new Promise((resolve) => {
			this.ws.once('open', () => resolve(true));
			void this.closed.then(() => resolve(false));
		});
	}

	#wake(): void {
		for (const waiter of [...this.#waiters]) if (waiter()) this.#waiters.delete(waiter);
	}

	get isOpen(): boolean {
		return this.ws.readyState === WebSocket.OPEN;
	}

	send(data: Uint8Array | string): void {
		if (this.isOpen) this.ws.send(data);
	}

	/** The first reply about `document` of one of `kinds`; fails if the socket closes first. */
	reply(document: string, kinds: Reply['kind'][], timeoutMs = 10_000): Promise<Reply> {
		const what = `a ${kinds.join('/')} reply for ${document}`;
		return new Promise((resolve, reject) => {
			const check = (): boolean => {
				const found = this.replies.find((r) => r.document === document && kinds.includes(r.kind));
				if (found) resolve(found);
				else if (this.closedWith)
					reject(new Error(`closed with ${this.closedWith.code} before ${what}`));
				else return false;
				return true;
			};
			if (check()) return;
			const waiter = (): boolean => {
				if (!check()) return false;
				clearTimeout(timer);
				return true;
			};
			const timer = setTimeout(() => {
				this.#waiters.delete(waiter);
				reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
			}, timeoutMs);
			this.#waiters.add(waiter);
		});
	}

	/** Authenticates on `document` and returns the scope the relay granted. */
	async authenticate(document: string, token: string): Promise<string> {
		await this.opened;
		this.send(authFrame(document, token));
		const reply = await this.reply(document, ['authenticated', 'denied']);
		if (reply.kind !== 'authenticated') throw new Error(`refused: ${JSON.stringify(reply)}`);
		return reply.scope;
	}

	/** Resolves once the socket is closed, closing it first if the relay did not. */
	async end(how: 'close' | 'terminate' = 'close'): Promise<ClosedWith> {
		if (how === 'terminate') this.ws.terminate();
		else if (this.ws.readyState !== WebSocket.CLOSED) this.ws.close();
		return this.closed;
	}
}
