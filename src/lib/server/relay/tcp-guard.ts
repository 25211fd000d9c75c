import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface TcpLimits {
	/** Open TCP connections per client address (WebSockets and HTTP together); 0: no cap. */
	perAddress: number;
	/** A connection with no traffic either way for this long is closed (upgraded sockets excepted). */
	idleMs: number;
	/** Time a client has to send a request's headers... */
	headersMs: number;
	/** ...and the whole request. */
	requestMs: number;
}

/**
 * Limits what a connection that never becomes a useful request can hold. Without this, TCP
 * connections that send nothing stay open for good, and a few hundred of them use up the
 * process's open files, after which neither `/healthz` nor new sockets can be accepted. Sockets
 * over the per-address cap are closed as soon as they are accepted. Behind a trusted proxy every
 * connection comes from the proxy, so the per-address cap is the proxy's job there.
 */
export function limitConnections(server: Server, limits: TcpLimits): void {
	server.headersTimeout = limits.headersMs;
	server.requestTimeout = limits.requestMs;
	// Destroys idle sockets; ws turns this off for upgraded ones, which have their heartbeat.
	server.setTimeout(limits.idleMs);
	if (limits.perAddress <= 0) return;
	const open = new Map<string, number>();
	server.on('connection', (socket: Socket) => {
		const address = socket.remoteAddress ?? 'unknown';
		const count = (open.get(address) ?? 0) + 1;
		if (count > limits.perAddress) {
			socket.destroy();
			return;
		}
		open.set(address, count);
		socket.once('close', () => {
			const left = (open.get(address) ?? 1) - 1;
			if (left <= 0) open.delete(address);
			else open.set(address, left);
		});
	});
}
