import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { MESSAGE_TYPE, readFrameHeader, SYNC_STEP } from './frame-header';

export interface GateWatch {
	/** Unsent output beyond which the peer counts as a slow reader. */
	maxBufferedBytes: number;
	/** A full-sync answer for `documentName` has been written to the network. */
	answered(documentName: string): void;
	/** The peer is not reading what the relay sends. */
	slowReader(): void;
}

/**
 * What Hocuspocus sees instead of the real socket. Hocuspocus 3 queues every frame that arrives
 * before authentication with no bound and has no hook that runs before it does, so frames reach it
 * only through `deliver`, after the relay's limits have looked at them. Everything Hocuspocus calls
 * (send, ping, close, readyState) goes straight to the socket.
 */
export class SocketGate extends EventEmitter {
	readonly #socket: WebSocket;
	readonly #watch: GateWatch;

	constructor(socket: WebSocket, watch: GateWatch) {
		super();
		this.#socket = socket;
		this.#watch = watch;
		socket.on('pong', () => this.emit('pong'));
		socket.once('close', (code, reason) => this.emit('close', code, reason));
	}

	get readyState(): number {
		return this.#socket.readyState;
	}

	/** Hocuspocus asks for Node buffers, which is what the socket already produces. */
	set binaryType(_value: string) {}

	deliver(frame: Uint8Array): void {
		this.emit('message', frame);
	}

	/**
	 * Every frame the relay sends passes here: the answer to a full-sync request is noticed once
	 * written (so the next request may go through), and a peer whose unsent output keeps growing
	 * is closed before it can hold the relay's memory.
	 */
	send(data: Uint8Array, callback?: (error?: Error) => void): void {
		const header = readFrameHeader(data);
		const answer =
			header?.type === MESSAGE_TYPE.sync && header.syncStep === SYNC_STEP.missing
				? header.documentName
				: null;
		this.#socket.send(data, (error) => {
			if (answer !== null) this.#watch.answered(answer);
			callback?.(error);
		});
		if (this.#socket.bufferedAmount > this.#watch.maxBufferedBytes) this.#watch.slowReader();
	}

	ping(): void {
		this.#socket.ping();
	}

	close(code?: number, reason?: string): void {
		try {
			this.#socket.close(code, reason);
		} catch {
			// An invalid code or an over-long reason must not keep a misbehaving socket open.
			this.#socket.terminate();
		}
	}
}
