import type { WebSocket } from 'ws';

/**
 * Cuts off sockets whose peer stopped answering pings. Hocuspocus' own ping only drops the
 * document connections, so a vanished peer (a phone that lost its network) would otherwise keep
 * its socket until the operating system gives up on it, which can take hours.
 */
export class Heartbeat {
	readonly #alive = new Map<WebSocket, boolean>();
	readonly #timer: NodeJS.Timeout;

	constructor(intervalMs: number) {
		this.#timer = setInterval(() => this.#beat(), intervalMs);
		this.#timer.unref();
	}

	watch(socket: WebSocket): void {
		this.#alive.set(socket, true);
		socket.on('pong', () => this.#alive.set(socket, true));
		socket.once('close', () => this.#alive.delete(socket));
	}

	stop(): void {
		clearInterval(this.#timer);
		this.#alive.clear();
	}

	#beat(): void {
		for (const [socket, alive] of this.#alive) {
			if (!alive) {
				socket.terminate();
				continue;
			}
			this.#alive.set(socket, false);
			try {
				socket.ping();
			} catch {
				socket.terminate();
			}
		}
	}
}
