import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { REFUSALS } from '../../src/lib/sync/protocol';
import { recordFigures } from '../helpers/reliability';
import { AbusePeer } from './helpers/abuse-peer';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { spawnRelay, type RelayProcess } from './helpers/relay-process';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function residentMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

/** A TCP connection that never says anything; resolves once connected or refused. */
function silentConnection(
	port: number
): Promise<{ socket: Socket; closedAt: () => number | null }> {
	return new Promise((resolve) => {
		let closedAt: number | null = null;
		const socket = connect({ port, host: '127.0.0.1' });
		socket.on('error', () => {});
		socket.once('close', () => (closedAt = Date.now()));
		const done = () => resolve({ socket, closedAt: () => closedAt });
		socket.once('connect', done);
		socket.once('close', done);
	});
}

/** The status of an upgrade to /sync sent with `origin`. */
function upgradeStatus(port: number, origin: string | null): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request({
			port,
			host: '127.0.0.1',
			path: '/sync',
			headers: {
				Connection: 'Upgrade',
				Upgrade: 'websocket',
				'Sec-WebSocket-Version': '13',
				'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
				...(origin ? { Origin: origin } : {})
			}
		});
		req.on('upgrade', (response, socket) => {
			socket.destroy();
			resolve(response.statusCode ?? 0);
		});
		req.on('response', (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('attacks on the relay’s connections', () => {
	let relay: RunningRelay | null = null;
	let spawned: RelayProcess | null = null;
	const dir = temporaryDataDir();
	afterEach(async () => {
		await relay?.stop();
		relay = null;
		if (spawned && spawned.child.exitCode === null) spawned.child.kill('SIGKILL');
		spawned = null;
		dir.remove();
	});

	it('silent TCP connections under a low open-file limit do not lock others out', async () => {
		const openFiles = 512;
		spawned = await spawnRelay(dir.path, 0, { openFiles });
		const { port, child } = spawned;
		const httpUrl = `http://127.0.0.1:${port}`;
		const rssBefore = residentMiB(child.pid!);
		const watch = await startHonestWatch({ url: spawned.url, httpUrl });
		const started = Date.now();
		const silent = await Promise.all(Array.from({ length: 480 }, () => silentConnection(port)));
		await sleep(500);
		const cutAtOnce = silent.filter((connection) => connection.closedAt() !== null).length;
		// Meanwhile a new honest socket from another address still gets in.
		const newcomer = new WebSocket(spawned.url, { localAddress: '127.0.0.4' });
		const newcomerOpened = await new Promise<boolean>((resolve) => {
			newcomer.once('open', () => resolve(true));
			newcomer.once('error', () => resolve(false));
		});
		newcomer.terminate();
		await sleep(3_000);
		const figures = await watch.stop();
		const rssDuring = residentMiB(child.pid!);
		// Whatever was kept is closed as idle once the sign-in time has passed.
		await sleep(8_000);
		const stillOpen = silent.filter((connection) => connection.closedAt() === null).length;
		const lastClosedS =
			Math.max(...silent.map((connection) => connection.closedAt() ?? Date.now())) - started;
		for (const connection of silent) connection.socket.destroy();
		child.kill('SIGTERM');
		const exit = await spawned.exited;

		recordFigures('attack-silent-tcp', {
			openFiles,
			silentConnections: silent.length,
			cutAtOnce,
			stillOpenAfter11s: stillOpen,
			lastClosedAfterMs: lastClosedS,
			newcomerOpened,
			rssBeforeMiB: rssBefore,
			rssDuringMiB: rssDuring,
			honest: figures
		});
		expectHonestUnharmed(figures);
		expect(exit.code).toBe(0);
		expectHonestStored(dir.path, figures);
		expect(newcomerOpened).toBe(true);
		// 2 × 64 sockets + 64 page loads per address are kept; the rest are cut when accepted.
		expect(cutAtOnce).toBeGreaterThanOrEqual(480 - 192);
		expect(stillOpen).toBe(0);
		expect(rssDuring - rssBefore).toBeLessThan(64);
	}, 60_000);

	it('one address cannot hold more sockets than its cap, nor keep sockets that never sign in', async () => {
		relay = await startRelay(dir.path, { signInMs: 1_500 });
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });
		const peers = Array.from({ length: 80 }, () => new AbusePeer(relay!.url, { autoPong: true }));
		const opened = await Promise.all(peers.map((peer) => peer.opened));
		await sleep(300);
		const refusedAtOnce = peers.filter(
			(peer) => peer.closedWith?.reason === REFUSALS.tooManySockets
		).length;
		const closes = await Promise.race([
			Promise.all(peers.map((peer) => peer.closed)),
			sleep(5_000).then(() => null)
		]);
		const figures = await watch.stop();
		await relay.relay.flush();
		const codes: Record<string, number> = {};
		for (const closed of closes ?? []) codes[closed.code] = (codes[closed.code] ?? 0) + 1;

		recordFigures('attack-sockets-per-address', {
			attempted: peers.length,
			opened: opened.filter(Boolean).length,
			refusedAtOnce,
			closeCodes: codes,
			honest: figures
		});
		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		expect(refusedAtOnce).toBe(80 - 64);
		expect(closes).not.toBeNull();
		expect(codes).toEqual({ 4401: 64, 4430: 16 });
	}, 30_000);

	it('pages from other origins cannot open the relay; its own and configured ones can', async () => {
		relay = await startRelay(dir.path, {}, { allowedOrigins: ['https://canal.example.org'] });
		const port = Number(new URL(relay.httpUrl).port);
		const cases: [string | null, number][] = [
			[null, 101],
			[relay.httpUrl, 101],
			['https://canal.example.org', 101],
			['https://evil.example', 403],
			['null', 403],
			['not a url', 403]
		];
		for (const [origin, status] of cases) {
			expect(await upgradeStatus(port, origin), String(origin)).toBe(status);
		}
		expect(relay.logs.filter((entry) => entry.reason === 'badOrigin')).toHaveLength(3);
	});
});
