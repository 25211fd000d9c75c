/**
 * An honest room, run in its own process by `startHonestWatch`: a facilitator and a participant
 * edit the plan in turn and time how long each edit takes to reach the other, while a prober
 * times `/healthz`. Its sockets leave from other loopback addresses than an attack's (127.0.0.1),
 * so per-address limits aimed at the attacker never apply to it. Prints one JSON line when ready
 * and one with its figures after "stop" arrives on stdin.
 */
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
	documentName,
	encodeToken,
	ROOM_ID_LENGTH,
	SECRET_LENGTH
} from '../../../src/lib/sync/protocol';
import { randomBase36 } from './rooms';

const url = process.env.WATCH_URL!;
const httpUrl = process.env.WATCH_HTTP_URL!;
const intervalMs = Number(process.env.WATCH_INTERVAL_MS ?? 50);
const clientAddress = '127.0.0.2';
const proberAddress = '127.0.0.3';

class FromAddress extends WebSocket {
	constructor(address: string, protocols?: string | string[]) {
		super(address, protocols, { localAddress: clientAddress });
		this.on('error', () => {});
	}
}

interface Peer {
	doc: Y.Doc;
	provider: HocuspocusProvider;
	socket: HocuspocusProviderWebsocket;
}

function peer(name: string, token: string): Peer {
	const doc = new Y.Doc();
	const socket = new HocuspocusProviderWebsocket({
		url,
		WebSocketPolyfill: FromAddress,
		delay: 50,
		minDelay: 50,
		maxDelay: 250,
		factor: 1.5,
		jitter: false
	});
	const provider = new HocuspocusProvider({
		websocketProvider: socket,
		name,
		token,
		document: doc
	});
	provider.attach();
	return { doc, provider, socket };
}

function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
	const started = Date.now();
	return new Promise((resolve) => {
		const tick = () => {
			if (check()) resolve(true);
			else if (Date.now() - started > timeoutMs) resolve(false);
			else setTimeout(tick, 10);
		};
		tick();
	});
}

function percentile(values: number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (value: number) => Math.round(value * 10) / 10;

const roomId = randomBase36(ROOM_ID_LENGTH);
const secret = () => randomBase36(SECRET_LENGTH);
const secrets = { facilitator: secret(), participant: secret(), observer: secret() };
const plan = documentName(roomId, 'plan');
const facilitator = peer(
	plan,
	encodeToken({
		v: 1,
		role: 'facilitator',
		secret: secrets.facilitator,
		register: { participant: secrets.participant, observer: secrets.observer },
		ballot: secret()
	})
);

const sentAt = new Map<string, number>();
const latencies: number[] = [];
let delivered = 0;

function listen(reader: Peer): void {
	reader.doc.getMap('plan').observe((event) => {
		if (event.transaction.local) return;
		for (const key of event.keysChanged) {
			const at = sentAt.get(key);
			if (at === undefined) continue;
			sentAt.delete(key);
			latencies.push(performance.now() - at);
			delivered += 1;
		}
	});
}

const healthz: number[] = [];
let healthzFailures = 0;
function probe(): Promise<void> {
	const started = performance.now();
	return new Promise((resolve) => {
		const req = request(
			`${httpUrl}/healthz`,
			{ localAddress: proberAddress, timeout: 1_000 },
			(res) => {
				res.resume();
				res.on('end', () => {
					if (res.statusCode === 200) healthz.push(performance.now() - started);
					else healthzFailures += 1;
					resolve();
				});
			}
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', () => {
			healthzFailures += 1;
			resolve();
		});
		req.end();
	});
}

async function main(): Promise<void> {
	if (!(await until(() => facilitator.provider.synced, 15_000)))
		throw new Error('facilitator never synced');
	const participant = peer(
		plan,
		encodeToken({ v: 1, role: 'participant', secret: secrets.participant, ballot: secret() })
	);
	if (!(await until(() => participant.provider.synced, 15_000)))
		throw new Error('participant never synced');
	listen(facilitator);
	listen(participant);

	let edits = 0;
	let stopping = false;
	const writer = setInterval(() => {
		const from = edits % 2 === 0 ? facilitator : participant;
		const key = `watch-${edits++}`;
		sentAt.set(key, performance.now());
		from.doc.getMap('plan').set(key, edits);
	}, intervalMs);
	const prober = (async () => {
		while (!stopping) {
			await probe();
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	})();
	console.log(JSON.stringify({ ready: true, roomId, plan }));

	await new Promise<void>((resolve) =>
		createInterface({ input: process.stdin }).on('line', (line) => {
			if (line.trim() === 'stop') resolve();
		})
	);
	clearInterval(writer);
	stopping = true;
	await prober;
	await until(() => delivered === edits, 5_000);
	const settled = await until(
		() =>
			[facilitator, participant].every(
				(each) => each.provider.synced && each.provider.unsyncedChanges === 0
			),
		5_000
	);
	console.log(
		JSON.stringify({
			roomId,
			plan,
			edits,
			delivered,
			settled,
			latencyMs: {
				p50: round(percentile(latencies, 50)),
				p95: round(percentile(latencies, 95)),
				max: round(Math.max(0, ...latencies)),
				samples: latencies.length
			},
			healthzMs: {
				p95: round(percentile(healthz, 95)),
				max: round(Math.max(0, ...healthz)),
				samples: healthz.length,
				failures: healthzFailures
			}
		})
	);
	for (const each of [facilitator, participant]) {
		each.provider.destroy();
		each.socket.destroy();
	}
	process.exit(0);
}

main().catch((error) => {
	console.log(JSON.stringify({ error: String(error?.stack ?? error) }));
	process.exit(1);
});
