import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';

/**
 * What Hocuspocus sees instead of the real socket. Hocuspocus 3 queues every frame that arrives
 * before authentication with no bound and has no hook that runs before it does, so frames reach it
 * only through `deliver`, after the relay's limits have looked at them. Everything Hocuspocus calls
 * (send, ping, close, readyState) goes straight to the socket.
 */
export class SocketGate extends EventEmitter {
	readonly #socket: WebSocket;

	constructor(socket: WebSocket) {
		super();
		this.#socket = socket;
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

	send(data: Uint8Array, callback?: (error?: Error) => void): void {
		this.#socket.send(data, callback);
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
