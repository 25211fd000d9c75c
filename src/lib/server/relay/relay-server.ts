import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Readiness, Relay } from './create-relay';
import { limitConnections } from './tcp-guard';

/**
 * Routes WebSocket upgrades on the sync path to the relay; any other upgrade is refused. The
 * server also gets the relay's TCP limits: whoever reaches the relay reaches the server first.
 */
export function attachRelay(server: Server, relay: Relay): void {
	limitConnections(server, relay.tcpLimits);
	server.on('upgrade', (request, socket, head) => {
		if (!relay.handleUpgrade(request, socket, head)) {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
		}
	});
}

/**
 * The health endpoints, for load balancers and process managers: `/healthz` says the process
 * answers (restart it if not), `/readyz` whether it can serve documents now (send new sockets
 * elsewhere if not). Null for any other path.
 */
export async function healthReply(
	path: string,
	relay: Relay
): Promise<{ status: number; body: string } | null> {
	if (path === '/healthz') return { status: 200, body: JSON.stringify({ ok: true }) };
	if (path !== '/readyz') return null;
	const readiness: Readiness = await relay.ready();
	return { status: readiness.ok ? 200 : 503, body: JSON.stringify(readiness) };
}

function sendHealth(
	response: ServerResponse,
	reply: { status: number; body: string },
	head: boolean
): void {
	response.writeHead(reply.status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': String(Buffer.byteLength(reply.body)),
		'Cache-Control': 'no-store'
	});
	response.end(head ? undefined : reply.body);
}

/** An HTTP server with only the relay: `GET /healthz`, `/readyz` and the sync WebSocket. Not listening yet. */
export function createRelayServer(relay: Relay): Server {
	const server = createServer(async (request, response) => {
		const path = (request.url ?? '').split('?', 1)[0] ?? '';
		const health =
			request.method === 'GET' || request.method === 'HEAD' ? await healthReply(path, relay) : null;
		if (health) {
			sendHealth(response, health, request.method === 'HEAD');
			return;
		}
		response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		response.end('Not found\n');
	});
	attachRelay(server, relay);
	return server;
}
