import { randomUUID } from 'node:crypto';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type {
	beforeBroadcastStatelessPayload,
	Document,
	onAwarenessUpdatePayload,
	onChangePayload
} from '@hocuspocus/server';
import { Redis } from 'ioredis';
import { errorMessage } from '../../domain/error-message';
import type { RelayLog } from './relay-log';
import type { ScaleOut, ScaleOutHooks, StoreTurn } from './scale-out';

// Loaded only when CANAL_REDIS_URL is set (see scaleOutFor).

const prefix = 'canal';
const ballotChannel = `${prefix}:ballots`;
/** How often the relay asks Redis whether it is there, and how long it waits for the answer. */
const pingEveryMs = 1_000;
const pingTimeoutMs = 500;
/** Late PING answers in a row (on a connection still open) that make Redis count as away. */
const latePingsForOutage = 2;
/** Reconnect soon after Redis is back: rooms stay split between processes until then. */
const reconnectDelay = (attempt: number) => Math.min(attempt * 100, 1_000);

/** Takes the lock when it is free, renews it when it is ours; 1 when ours afterwards. */
const TAKE_LOCK = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`;
const DROP_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * One more in a fixed window, if fewer than the limit were counted: the window starts with the
 * key's first count and the key expires with it, so Redis holds only the current windows.
 */
const TAKE_COUNT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used >= tonumber(ARGV[1]) then return 0 end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

/** Redis' own clock in milliseconds, the same for every relay host. */
const NOW_MS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** A relay process says it is alive; processes silent for a minute leave the list. */
const BEAT = `${NOW_MS}
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - 60000)
return 1`;

/**
 * One more open socket of an address, if fewer than the limit are open on processes that beat
 * within the last ARGV[3] ms. The address's hash holds one count per process (a handful of
 * fields, whatever the clients send); a dead process's count is dropped here, not trusted.
 */
const OPEN_SOCKET = `${NOW_MS}
local fields = redis.call('HGETALL', KEYS[1])
local used = 0
for i = 1, #fields, 2 do
	local beat = redis.call('ZSCORE', KEYS[2], fields[i])
	if fields[i] == ARGV[2] or (beat and now - tonumber(beat) <= tonumber(ARGV[3])) then
		used = used + tonumber(fields[i + 1])
	else
		redis.call('HDEL', KEYS[1], fields[i])
	end
end
if used >= tonumber(ARGV[1]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

const CLOSE_SOCKET = `
if redis.call('HINCRBY', KEYS[1], ARGV[1], -1) <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 1`;

/** A process that has not beaten for this long holds no sockets any more (it beats every second). */
const aliveWithinMs = 5_000;
/**
 * An address's counts go with its last socket; this only bounds what a process that died with
 * sockets open leaves behind for an address never seen again.
 */
const socketCountsTtlMs = 24 * 60 * 60 * 1000;

/** The extension's own publishing, which it keeps private. */
interface Publishing {
	publishFirstSyncStep(name: string, document: Document): Promise<unknown>;
	requestAwarenessFromOtherInstances(name: string): Promise<unknown>;
}

/**
 * Hocuspocus' Redis extension, minus its store lock: Canal stores incrementally on its own
 * schedule (StoreScheduler), under the lease below, and the extension's redlock around
 * `onStoreDocument` (Hocuspocus' no-op store here) would only cost two round trips per debounce.
 * While Redis is away nothing is published (the client would queue it without bound); the
 * process publishes what it holds once Redis is back (see `resync`).
 */
class CanalRedisExtension extends RedisExtension {
	/** Whether Redis answers (not `connected`: that name is a Hocuspocus hook). */
	reachable = false;

	override async onStoreDocument(): Promise<void> {}

	override async afterStoreDocument(): Promise<void> {}

	override async onChange(data: onChangePayload): Promise<void> {
		if (this.reachable) await super.onChange(data).catch(() => {});
	}

	override async onAwarenessUpdate(data: onAwarenessUpdatePayload): Promise<number | undefined> {
		return this.reachable ? super.onAwarenessUpdate(data).catch(() => undefined) : undefined;
	}

	override async beforeBroadcastStateless(data: beforeBroadcastStatelessPayload): Promise<number> {
		return this.reachable ? super.beforeBroadcastStateless(data).catch(() => 0) : 0;
	}

	/** Every process answers a first sync step with what the other lacks, and asks back. */
	resync(): void {
		const publishing = this as unknown as Publishing;
		for (const [name, document] of this.instance.documents) {
			publishing.publishFirstSyncStep(name, document).catch(() => {});
			publishing.requestAwarenessFromOtherInstances(name).catch(() => {});
		}
	}
}

/**
 * Which process stores a document: the one holding its lease in Redis (`canal:store:<name>`),
 * taken when free and renewed at each store, lasting `leaseMs` (two of the longest store
 * windows). Every process holding the room has every change (that is what the extension is for),
 * so the others need not store: one store per document per window, not one per process.
 *
 * Should two processes store the same window anyway (a lease ran out during a long pause, Redis
 * was away), it is harmless: each store is checked against the document's stored revision in one
 * transaction (DocumentStore), and a process that did not write the last revision merges with
 * what is stored instead of appending: no update row is appended twice, nothing is lost. It is
 * bounded too: one merge per process per window, only while the lease is in doubt.
 *
 * While Redis is away a process stores without the lease: keeping its clients' edits matters more
 * than sparing a merge.
 */
class StoreLeases {
	/** Per document held, until when (by our clock, a margin before Redis lets it go). */
	readonly #held = new Map<string, number>();
	readonly #elsewhere = new Set<string>();
	readonly #asking = new Set<string>();
	readonly #redis: Redis;
	readonly #owner: string;
	readonly #leaseMs: number;
	onAllowed: (name: string) => void = () => {};

	constructor(redis: Redis, owner: string, leaseMs: number) {
		this.#redis = redis;
		this.#owner = owner;
		this.#leaseMs = leaseMs;
	}

	#key(name: string): string {
		return `${prefix}:store:${name}`;
	}

	turn(name: string, connected: boolean): StoreTurn {
		if (!connected) return 'mine';
		const mine = (this.#held.get(name) ?? 0) > Date.now();
		// Renewed at each store: a room in use keeps the process that stores it.
		this.#ask(name, !mine);
		if (mine) return 'mine';
		return this.#elsewhere.has(name) ? 'elsewhere' : 'asking';
	}

	#ask(name: string, storeAfter: boolean): void {
		if (this.#asking.has(name)) return;
		this.#asking.add(name);
		const asked = Date.now();
		this.#redis
			.eval(TAKE_LOCK, 1, this.#key(name), this.#owner, String(this.#leaseMs))
			.then(
				(taken) => {
					if (taken === 1) {
						this.#held.set(name, asked + this.#leaseMs - pingEveryMs);
						this.#elsewhere.delete(name);
						if (storeAfter) this.onAllowed(name);
					} else {
						this.#held.delete(name);
						this.#elsewhere.add(name);
					}
				},
				() => {}
			)
			.finally(() => this.#asking.delete(name));
	}

	release(name: string): void {
		this.#elsewhere.delete(name);
		if (!this.#held.delete(name)) return;
		this.#redis.eval(DROP_LOCK, 1, this.#key(name), this.#owner).catch(() => {});
	}

	async releaseAll(): Promise<void> {
		const names = [...this.#held.keys()];
		this.#held.clear();
		await Promise.all(
			names.map((name) =>
				this.#redis.eval(DROP_LOCK, 1, this.#key(name), this.#owner).catch(() => {})
			)
		);
	}
}

/** Resolves once `redis` is connected and ready for commands, or after `timeoutMs` anyway. */
function readyWithin(redis: Redis, timeoutMs: number): Promise<void> {
	if (redis.status === 'ready') return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			redis.off('ready', done);
			resolve();
		};
		const timer = setTimeout(done, timeoutMs);
		redis.once('ready', done);
	});
}

/** Redis answers a PING within `timeoutMs`; the reason when not. */
async function ping(redis: Redis, timeoutMs: number): Promise<string | null> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<string>((resolve) => {
		timer = setTimeout(() => resolve(`no answer to PING within ${timeoutMs} ms`), timeoutMs);
	});
	try {
		return await Promise.race([
			redis.ping().then(
				() => null,
				(error: unknown) => errorMessage(error)
			),
			late
		]);
	} finally {
		clearTimeout(timer);
	}
}

export async function connectRedisScaleOut(
	url: string,
	{ storeLeaseMs, log }: { storeLeaseMs: number; log: RelayLog }
): Promise<ScaleOut> {
	const identifier = `relay-${randomUUID()}`;
	const connect = () =>
		new Redis(url, {
			retryStrategy: reconnectDelay,
			// A command waits for a reconnection at most this often before it fails.
			maxRetriesPerRequest: 2
		});
	const extension = new CanalRedisExtension({ createClient: connect, identifier, prefix });
	const pub = extension.pub as Redis;
	const sub = extension.sub as Redis;
	const ballots = connect();
	const leases = new StoreLeases(pub, identifier, storeLeaseMs);
	// Errors are the same story as the failed pings, which are logged once per outage.
	for (const client of [pub, sub, ballots]) client.on('error', () => {});

	const relaysKey = `${prefix}:relays`;
	const socketsKey = (key: string) => `${prefix}:sockets:${key}`;
	let problem: string | null = 'not connected to Redis yet';
	let hooks: ScaleOutHooks | null = null;
	/** PINGs in a row that went unanswered (a connection that dropped counts at once). */
	let latePings = 0;
	const check = async () => {
		const clients = [pub, sub, ballots];
		const down = clients.find((client) => client.status !== 'ready');
		const reason = down ? `Redis connection ${down.status}` : await ping(pub, pingTimeoutMs);
		latePings = reason === null ? 0 : latePings + 1;
		if (reason === null) await pub.eval(BEAT, 1, relaysKey, identifier).catch(() => {});
		// One late answer on a busy host is not an outage: the connection is still there.
		if (!down && reason !== null && problem === null && latePings < latePingsForOutage) return;
		const now = reason === null ? null : `redis: ${reason}`;
		if (now !== null && problem === null) {
			log({ level: 'error', event: 'redis-lost', url: redactedUrl(url), reason: now });
		} else if (now === null && problem !== null && hooks) {
			log({ level: 'info', event: 'redis-back', url: redactedUrl(url) });
		}
		const back = now === null && problem !== null;
		problem = now;
		extension.reachable = now === null;
		// Whatever was said while Redis was away is lost: every process says again what it holds.
		if (back && hooks) extension.resync();
	};

	const started = Date.now();
	// All three connections, not only the one that answers PINGs: a relay that starts listening
	// while its subscriber still connects refuses its first sign-ins as if Redis were away.
	await Promise.all([pub, sub, ballots].map((client) => readyWithin(client, 5_000)));
	await check();
	// A connection that comes back is checked at once, not at the next PING.
	for (const client of [pub, sub, ballots]) client.on('ready', () => void check());
	if (problem) {
		log({ level: 'warn', event: 'redis-unavailable', url: redactedUrl(url), reason: problem });
	}
	const pinger = setInterval(() => void check(), pingEveryMs);
	pinger.unref();

	ballots.on('message', (channel: string, message: string) => {
		if (channel !== ballotChannel) return;
		const [from, roomId] = message.split(' ');
		if (from !== identifier && roomId) hooks?.onBallots(roomId);
	});
	// Again at every connection: a subscription that failed (Redis away at start) is not renewed.
	const listen = () => void ballots.subscribe(ballotChannel).catch(() => {});
	ballots.on('ready', listen);
	if (ballots.status === 'ready') listen();
	log({ level: 'info', event: 'redis-connected', url: redactedUrl(url), ms: Date.now() - started });

	return {
		extension,
		problem: () => problem,
		storeTurn: (name) => leases.turn(name, problem === null),
		released: (name) => leases.release(name),
		async take(counter, key, limit, windowMs) {
			if (problem !== null) throw new Error(problem);
			const taken = await pub.eval(
				TAKE_COUNT,
				1,
				`${prefix}:count:${counter}:${key}`,
				String(limit),
				String(windowMs)
			);
			return taken === 1;
		},
		async openSocket(key, limit) {
			if (problem !== null) throw new Error(problem);
			const opened = await pub.eval(
				OPEN_SOCKET,
				2,
				socketsKey(key),
				relaysKey,
				String(limit),
				identifier,
				String(aliveWithinMs),
				String(socketCountsTtlMs)
			);
			return opened === 1;
		},
		closeSocket(key) {
			pub.eval(CLOSE_SOCKET, 1, socketsKey(key), identifier).catch(() => {});
		},
		// The extension applies what other processes publish without a connection, and the sync
		// engine then gives the awareness update no origin; its own are a socket, `null` (a socket
		// left) or 'timeout'.
		fromOtherProcess: (origin) => origin === undefined,
		ballotCreated(roomId) {
			if (problem === null) pub.publish(ballotChannel, `${identifier} ${roomId}`).catch(() => {});
		},
		start(startHooks) {
			hooks = startHooks;
			leases.onAllowed = (name) => startHooks.onStoreAllowed(name);
		},
		async close() {
			clearInterval(pinger);
			await leases.releaseAll();
			// Its sockets stop counting at once, not when its beat is found missing.
			await pub.zrem(relaysKey, identifier).catch(() => {});
			ballots.disconnect();
			// The extension's onDestroy quits pub and sub when Hocuspocus closes; the relay does
			// not close Hocuspocus itself, so they go here.
			pub.disconnect();
			sub.disconnect();
		}
	};
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'redis';
	}
}
