import { createServer, type Server } from 'node:http';
import type { Relay } from './create-relay';
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

/** An HTTP server with only the relay: `GET /healthz` and the sync WebSocket. Not listening yet. */
export function createRelayServer(relay: Relay): Server {
	const server = createServer((request, response) => {
		const path = (request.url ?? '').split('?', 1)[0];
		if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
			const body = JSON.stringify({ ok: true });
			response.writeHead(200, {
				'Content-Type': 'application/json; charset=utf-8',
				'Content-Length': String(Buffer.byteLength(body)),
				'Cache-Control': 'no-store'
			});
			response.end(request.method === 'HEAD' ? undefined : body);
			return;
		}
		response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		response.end('Not found\n');
	});
	attachRelay(server, relay);
	return server;
}
