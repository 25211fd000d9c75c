import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { Random } from '../../factories/random';

/**
 * A WebSocket proxy between providers and the relay that misbehaves on purpose, from a seed:
 * it drops, duplicates and delays frames and cuts connections. Each client connection gets its
 * own upstream WebSocket to the relay.
 *
 * Delayed frames keep their order within a direction: a delayed frame holds back the frames
 * behind it, as a stalled TCP stream does. WebSocket promises ordered delivery and the Hocuspocus
 * protocol leans on it (authentication before sync, sync step 1 before updates); reordering would
 * test a network that cannot exist rather than the app. Drops on a live link cannot happen on
 * TCP either, but they are the harshest stand-in for "a frame that never arrived": only a resync
 * (a reconnect) repairs them.
 */

export interface ChaosSettings {
	/** Probabilities per frame, drawn in this order: drop, cut, duplicate, delay. */
	drop: number;
	cut: number;
	duplicate: number;
	delay: number;
	maxDelayMs: number;
	/** Besides cuts drawn per frame, one live connection is cut every [min, max] ms. */
	cutEveryMs: [number, number] | null;
}

export interface ChaosCounts {
	connections: number;
	/** Frames that reached the proxy, per direction. */
	framesUp: number;
	framesDown: number;
	dropped: number;
	duplicated: number;
	delayed: number;
	/** Cuts drawn by the chaos (per frame or on the timer); `cutAll` counts apart. */
	cuts: number;
	cutAllConnections: number;
}

export interface ChaosProxy {
	readonly seed: number;
	readonly counts: Readonly<ChaosCounts>;
	/** Where `client` connects; the name makes the chaos on its connections replayable. */
	url(client: string): string;
	readonly chaotic: boolean;
	/** From now on every frame passes, in order; frames already held back still arrive. */
	calm(): void;
	/** Terminates every live connection once, abruptly; returns how many. */
	cutAll(): number;
	liveConnections(): number;
	/** Milliseconds since a frame last passed either way. */
	quietFor(): number;
	close(): Promise<void>;
}

type Direction = 'up' | 'down';

/** 32 bits from a seed and a label, so every connection and direction draws its own stream. */
export function subSeed(seed: number, label: string): number {
	let hash = (0x811c9dc5 ^ seed) >>> 0;
	for (let index = 0; index < label.length; index++) {
		hash ^= label.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b) >>> 0;
	hash ^= hash >>> 13;
	return hash >>> 0;
}

interface Held {
	data: Buffer;
	isBinary: boolean;
	at: number;
}

/** One direction of one connection: frames leave in arrival order, none before its time. */
class Pipe {
	private readonly queue: Held[] = [];
	private timer: ReturnType<typeof setTimeout> | null = null;
	/** A frame is never released before the one ahead of it. */
	private lastAt = 0;

	constructor(private readonly target: () => WebSocket | null) {}

	push(data: Buffer, isBinary: boolean, delayMs: number): void {
		const at = Math.max(Date.now() + delayMs, this.lastAt);
		this.lastAt = at;
		this.queue.push({ data, isBinary, at });
		this.pump();
	}

	pump(): void {
		const socket = this.target();
		if (!socket || socket.readyState !== WebSocket.OPEN) return;
		while (this.queue.length) {
			const head = this.queue[0]!;
			const wait = head.at - Date.now();
			if (wait > 0) {
				if (!this.timer)
					this.timer = setTimeout(() => {
						this.timer = null;
						this.pump();
					}, wait);
				return;
			}
			this.queue.shift();
			socket.send(head.isBinary ? head.data : head.data.toString());
		}
	}

	clear(): void {
		this.queue.length = 0;
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}
}

function asBuffer(data: RawData): Buffer {
	if (Array.isArray(data)) return Buffer.concat(data);
	return Buffer.isBuffer(data) ? data : Buffer.from(data);
}

/** Close codes a peer may send in a close frame; the rest only describe what happened locally. */
function sendableCode(code: number): boolean {
	return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || code >= 3000;
}

class Link {
	readonly up: Pipe;
	readonly down: Pipe;
	private readonly randoms: Record<Direction, Random>;
	private ended = false;

	constructor(
		readonly key: string,
		readonly client: WebSocket,
		readonly upstream: WebSocket,
		seed: number,
		private readonly onEnd: (link: Link) => void
	) {
		this.up = new Pipe(() => this.upstream);
		this.down = new Pipe(() => this.client);
		this.randoms = {
			up: new Random(subSeed(seed, `${key}:up`)),
			down: new Random(subSeed(seed, `${key}:down`))
		};
	}

	random(direction: Direction): Random {
		return this.randoms[direction];
	}

	/** Both sides gone at once, without a close handshake: a pulled cable, a killed NAT entry. */
	cut(): void {
		if (this.ended) return;
		this.end();
		this.client.terminate();
		this.upstream.terminate();
	}

	/** One side closed properly: tell the other side the same, if the code can travel. */
	closedBy(side: WebSocket, code: number, reason: Buffer): void {
		if (this.ended) return;
		this.end();
		const other = side === this.client ? this.upstream : this.client;
		if (other.readyState === WebSocket.OPEN && sendableCode(code)) other.close(code, reason);
		else other.terminate();
	}

	private end(): void {
		this.ended = true;
		this.up.clear();
		this.down.clear();
		this.onEnd(this);
	}
}

export async function startChaosProxy(
	upstreamUrl: string,
	seed: number,
	settings: ChaosSettings
): Promise<ChaosProxy> {
	const sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false });
	const server = createServer((_request, response) => response.writeHead(404).end());
	server.on('upgrade', (request, socket, head) =>
		sockets.handleUpgrade(request, socket, head, (client) => accept(client, request))
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const counts: ChaosCounts = {
		connections: 0,
		framesUp: 0,
		framesDown: 0,
		dropped: 0,
		duplicated: 0,
		delayed: 0,
		cuts: 0,
		cutAllConnections: 0
	};
	const live = new Map<string, Link>();
	const perClient = new Map<string, number>();
	const timerRandom = new Random(subSeed(seed, 'timer'));
	let chaotic = true;
	let lastFrameAt = Date.now();
	let cutTimer: ReturnType<typeof setTimeout> | null = null;

	function forward(link: Link, direction: Direction, data: Buffer, isBinary: boolean): void {
		lastFrameAt = Date.now();
		if (direction === 'up') counts.framesUp++;
		else counts.framesDown++;
		const pipe = direction === 'up' ? link.up : link.down;
		if (!chaotic) return pipe.push(data, isBinary, 0);
		// Every draw happens for every frame, so one decision never shifts the stream of the next.
		const random = link.random(direction);
		const [drop, cut, duplicate, delay] = [0, 0, 0, 0].map(() => random.next()) as [
			number,
			number,
			number,
			number
		];
		const delayMs = random.int(1, settings.maxDelayMs);
		if (drop < settings.drop) {
			counts.dropped++;
			return;
		}
		if (cut < settings.cut) {
			counts.cuts++;
			link.cut();
			return;
		}
		const held = delay < settings.delay ? delayMs : 0;
		if (held) counts.delayed++;
		pipe.push(data, isBinary, held);
		if (duplicate < settings.duplicate) {
			counts.duplicated++;
			pipe.push(data, isBinary, held);
		}
	}

	function accept(client: WebSocket, request: IncomingMessage): void {
		const name = (request.url ?? '/').slice(1).split('?', 1)[0] || 'anonymous';
		const number = (perClient.get(name) ?? 0) + 1;
		perClient.set(name, number);
		counts.connections++;
		const upstream = new WebSocket(upstreamUrl);
		const link = new Link(`${name}#${number}`, client, upstream, seed, (ended) =>
			live.delete(ended.key)
		);
		live.set(link.key, link);
		// A cut makes both sockets report errors; the close that follows is what matters.
		client.on('error', () => {});
		upstream.on('error', () => {});
		client.on('message', (data, isBinary) => forward(link, 'up', asBuffer(data), isBinary));
		upstream.on('message', (data, isBinary) => forward(link, 'down', asBuffer(data), isBinary));
		upstream.on('open', () => link.up.pump());
		client.on('close', (code, reason) => link.closedBy(client, code, reason));
		upstream.on('close', (code, reason) => link.closedBy(upstream, code, reason));
	}

	function scheduleCut(): void {
		if (!settings.cutEveryMs) return;
		const [min, max] = settings.cutEveryMs;
		cutTimer = setTimeout(
			() => {
				if (!chaotic) return;
				const keys = [...live.keys()].sort();
				if (keys.length) {
					counts.cuts++;
					live.get(timerRandom.pick(keys))!.cut();
				}
				scheduleCut();
			},
			timerRandom.int(min, max)
		);
	}
	scheduleCut();

	return {
		seed,
		counts,
		url: (client) => `ws://127.0.0.1:${port}/${encodeURIComponent(client)}`,
		get chaotic() {
			return chaotic;
		},
		calm() {
			chaotic = false;
			if (cutTimer) clearTimeout(cutTimer);
		},
		cutAll() {
			const links = [...live.values()];
			for (const link of links) link.cut();
			counts.cutAllConnections += links.length;
			return links.length;
		},
		liveConnections: () => live.size,
		quietFor: () => Date.now() - lastFrameAt,
		async close() {
			chaotic = false;
			if (cutTimer) clearTimeout(cutTimer);
			for (const link of [...live.values()]) link.cut();
			sockets.close();
			await new Promise((resolve) => server.close(resolve));
		}
	};
}
