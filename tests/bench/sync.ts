// `npm run bench:sync [-- --quick]`: how fast edits travel through the relay and what it costs.
// The relay runs as its own process (`node scripts/relay.js`, PORT=0, a temporary data dir) so its
// CPU and memory are measured apart from the clients, which all live in this process (so their
// clocks agree). Measures:
//   1. edit-to-remote latency with 30 participants in one room;
//   2. the same with 200 participants across 50 rooms (4 per room);
//   3. relay memory per open room holding the reference workshop (VmRSS, and the V8 heap after a
//      GC forced through the relay's inspector);
//   4. how long 1,000 offline edits take to reach another client after a reconnect, and in how
//      many frames (with the app's provider, and with the library's, which replays a queue);
//   5. what storing costs per edit as the document grows: relay CPU per edit while one person
//      edits steadily (so the store debounce never settles) on an empty plan, the reference,
//      large and big workshops, at 20 and 100 edits a second; and the relay's store calls alone,
//      timed in this process, at the cadence steady editing gives them.
// `--database postgres` runs every relay on PostgreSQL (a server of its own, started for the run,
// a fresh database per relay), and adds the database server's CPU to the store figures.
// Each scenario gets a fresh relay. Every client here comes from one address, as a whole venue
// behind one router would: the relay is started with the per-address limits such a host sets
// (BENCH_RELAY_ENV), and the bench still paces its connections.
// Prints one JSON object on stdout (progress goes to stderr) and writes it to
// tests/.artifacts/bench-sync.json. Timings are reported against their targets, never asserted;
// a scenario that fails records an `error` field instead of stopping the others.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
	HocuspocusProvider,
	HocuspocusProviderWebsocket,
	WebSocketStatus
} from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import pg from 'pg';
import { openRelayDatabase } from '../../src/lib/server/relay/database';
import * as documentStore from '../../src/lib/server/relay/document-store';
import { openPostgresStorage } from '../../src/lib/server/relay/postgres-storage';
import type { DocumentRecords } from '../../src/lib/server/relay/storage';
import { RELAY_LIMITS } from '../../src/lib/sync/protocol';
import { SignedInProvider } from '../../src/lib/sync/relay-connection';
import { BIG_SIZE, bigWorkshop, largeWorkshop, referenceWorkshop } from '../factories/workshop';
import { startPostgres, type PostgresServer } from '../integration/helpers/postgres-server.js';
import { newRoom, type TestRoom } from '../integration/helpers/rooms';
import { cpuMsOf, memoryOf } from './proc-stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'tests', '.artifacts');
const relayScript = join(root, 'scripts', 'relay.js');
const quick = process.argv.includes('--quick');
/** `--database postgres`: relays store in PostgreSQL instead of SQLite. */
const database = (() => {
	const at = process.argv.indexOf('--database');
	const chosen = at === -1 ? 'sqlite' : process.argv[at + 1];
	if (chosen !== 'sqlite' && chosen !== 'postgres') {
		throw new Error(`--database is sqlite or postgres, not ${String(chosen)}`);
	}
	return chosen;
})();
/** `--only oneRoom,offlineReconcile`: run just these scenarios (while working on one). */
const only = (() => {
	const at = process.argv.indexOf('--only');
	return at === -1 ? null : (process.argv[at + 1] ?? '').split(',');
})();

const TARGET_P95_MS = 50;
const ONE_ROOM = { clients: 30, edits: quick ? 100 : 500, intervalMs: 20 };
const MANY_ROOMS = { rooms: 50, clientsPerRoom: 4, edits: quick ? 200 : 1000, intervalMs: 10 };
/** Rooms × clients stay under the connection throttle's budget for one minute. */
const ROOM_MEMORY = { rooms: quick ? 50 : 100, clientsPerRoom: 2 };
const OFFLINE_EDITS = 1000;
/** Each rate runs this long, past the 5 s store deadline at least once (twice when not quick). */
const STORE_COST = { seconds: quick ? 8 : 20, rates: [20, 100] };
/** Stores timed per plan, each after 100 edits: 20 edits a second until the 5 s store deadline. */
const STORE_CALLS = { stores: quick ? 30 : 300, editsPerStore: 100 };
/** How long a receiver may take before an edit counts as lost. */
const DELIVERY_TIMEOUT_MS = quick ? 5_000 : 10_000;
const SYNC_TIMEOUT_MS = 20_000;
const RECONCILE_TIMEOUT_MS = 30_000;
/** Sockets opened at once; each batch waits until its clients are synced. */
const OPEN_BATCH = 10;
/** Left unused in every throttle window, for reconnects the bench does not control. */
const THROTTLE_MARGIN = 10;
const THROTTLE_WINDOW_MS = 60_000;
/** Time for the relay to settle (stores are debounced by a second) before RSS is read. */
const SETTLE_MS = 2_500;

function progress(message: string): void {
	process.stderr.write(`[bench:sync] ${message}\n`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const round = (value: number) => Math.round(value * 10) / 10;
const now = () => performance.timeOrigin + performance.now();
const describe = (error: unknown) =>
	error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);

async function waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(5);
	}
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], fraction: number): number | null {
	if (sorted.length === 0) return null;
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
	return round(sorted[rank - 1] ?? 0);
}

function latencyStats(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	const sum = sorted.reduce((total, value) => total + value, 0);
	return {
		count: sorted.length,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		p99: percentile(sorted, 0.99),
		max: sorted.length ? round(sorted[sorted.length - 1] ?? 0) : null,
		mean: sorted.length ? round(sum / sorted.length) : null
	};
}

// ---------------------------------------------------------------------------------------------
// The relay process

interface RelayChild {
	child: ChildProcess;
	/** The relay's inspector WebSocket, when started with `inspect`. */
	inspectorUrl: Promise<string>;
	pid: number;
	url: string;
	dataDir: string;
	/** How often the relay logged each event, and each violation by reason. */
	events: Map<string, number>;
	/** Warnings and errors the relay logged (the first few). */
	problems: Record<string, unknown>[];
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The relay running now, killed (and its data dir removed) if this process exits first. */
let runningRelay: { child: ChildProcess; dataDir: string } | null = null;
process.once('exit', () => {
	removePostgres();
	if (!runningRelay) return;
	runningRelay.child.kill('SIGKILL');
	rmSync(runningRelay.dataDir, { recursive: true, force: true });
});

function count(map: Map<string, number>, key: string): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

/** The per-address limits of a relay that serves a whole venue from one address. */
const BENCH_RELAY_ENV = {
	CANAL_REGISTRATIONS_PER_HOUR_PER_IP: '10000',
	CANAL_SOCKETS_PER_IP: '1000',
	CANAL_CONNECTIONS_PER_MINUTE_PER_IP: '10000'
};

interface RelayOptions {
	/** Open the relay's inspector on a free port, so the bench can collect its garbage. */
	inspect?: boolean;
	/** Writes to the relay's storage before it starts (documents it then finds stored). */
	seed?: (documents: DocumentRecords) => Promise<void> | void;
}

/** The PostgreSQL server of a `--database postgres` run. */
let postgres: PostgresServer | null = null;
let databases = 0;

function removePostgres(): void {
	postgres?.remove();
	postgres = null;
}

/** A new, empty database on the run's PostgreSQL server. */
async function freshDatabase(): Promise<string> {
	if (!postgres) {
		progress('starting PostgreSQL');
		postgres = startPostgres({ durable: true });
	}
	const name = `bench_${++databases}`;
	const admin = new pg.Client(postgres.url);
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	return postgres.url.replace(/\/[^/]*$/, `/${name}`);
}

/** Documents stored the way the relay will find them: in `dataDir`, or the database at `url`. */
async function withDocuments(
	target: { dataDir: string; databaseUrl: string | null },
	work: (documents: DocumentRecords) => Promise<void> | void
): Promise<void> {
	if (target.databaseUrl) {
		const storage = await openPostgresStorage(target.databaseUrl, () => {});
		try {
			await work(storage.documents);
		} finally {
			await storage.close();
		}
		return;
	}
	const db = openRelayDatabase(target.dataDir);
	try {
		await work(new documentStore.DocumentStore(db));
	} finally {
		db.close();
	}
}

/** CPU time (ms) of the run's PostgreSQL server and all its processes; null without one. */
function databaseCpuMs(): number | null {
	if (!postgres) return null;
	try {
		const main = Number(
			readFileSync(join(postgres.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]
		);
		const children = readFileSync(`/proc/${main}/task/${main}/children`, 'utf8')
			.split(' ')
			.filter(Boolean)
			.map(Number);
		// Backends that exited (a closed connection) count in the server's own figure.
		let total = cpuMsOf(main, true) ?? 0;
		for (const pid of children) total += cpuMsOf(pid) ?? 0;
		return total;
	} catch {
		return null;
	}
}

async function startRelay(options: RelayOptions = {}): Promise<RelayChild> {
	const dataDir = mkdtempSync(join(tmpdir(), 'canal-bench-sync-'));
	const databaseUrl = database === 'postgres' ? await freshDatabase() : null;
	if (options.seed) await withDocuments({ dataDir, databaseUrl }, options.seed);
	const nodeArgs = options.inspect ? ['--inspect=127.0.0.1:0'] : [];
	const child = spawn(process.execPath, [...nodeArgs, relayScript], {
		cwd: root,
		env: {
			...process.env,
			...BENCH_RELAY_ENV,
			PORT: '0',
			HOST: '127.0.0.1',
			CANAL_DATA_DIR: dataDir,
			...(databaseUrl ? { CANAL_DATABASE_URL: databaseUrl } : {})
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	runningRelay = { child, dataDir };
	const events = new Map<string, number>();
	const problems: Record<string, unknown>[] = [];
	const other: string[] = [];
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	let foundInspector: (url: string) => void = () => {};
	const inspectorUrl = new Promise<string>((resolve) => (foundInspector = resolve));
	const collect = (line: string): Record<string, unknown> | null => {
		let entry: Record<string, unknown>;
		try {
			entry = JSON.parse(line) as Record<string, unknown>;
		} catch {
			const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(line)?.[1];
			if (inspector) foundInspector(inspector);
			else if (other.length < 50) other.push(line);
			return null;
		}
		const event = String(entry.event);
		count(events, event);
		if (event === 'violation') count(events, `violation:${String(entry.reason)}`);
		if (entry.level !== 'info' && problems.length < 20) problems.push(entry);
		return entry;
	};
	createInterface({ input: child.stderr! }).on('line', collect);
	return new Promise((resolve, reject) => {
		const fail = (message: string) => {
			child.kill('SIGKILL');
			rmSync(dataDir, { recursive: true, force: true });
			reject(new Error(`${message}: ${other.join('\n')}`));
		};
		const timer = setTimeout(() => fail('the relay did not start within 20 s'), 20_000);
		void exited.then(({ code }) => {
			clearTimeout(timer);
			reject(new Error(`the relay exited with ${code} before starting: ${other.join('\n')}`));
		});
		createInterface({ input: child.stdout! }).on('line', (line) => {
			const entry = collect(line);
			if (entry?.event !== 'start' || typeof entry.port !== 'number') return;
			clearTimeout(timer);
			resolve({
				child,
				inspectorUrl,
				pid: child.pid ?? 0,
				url: `ws://127.0.0.1:${entry.port}/sync`,
				dataDir,
				events,
				problems,
				exited
			});
		});
	});
}

/** SIGTERM (the relay stores and closes), SIGKILL if it takes too long; removes the data dir. */
async function stopRelay(
	relay: RelayChild
): Promise<{ code: number | null; signal: string | null }> {
	if (relay.child.exitCode === null && relay.child.signalCode === null) relay.child.kill('SIGTERM');
	const timer = setTimeout(() => relay.child.kill('SIGKILL'), 12_000);
	const exit = await relay.exited;
	clearTimeout(timer);
	if (runningRelay?.child === relay.child) runningRelay = null;
	rmSync(relay.dataDir, { recursive: true, force: true });
	return exit;
}

/** Relay and bench CPU, relay peak RSS and the bench's event-loop delay over one phase. */
function startUsage(relay: RelayChild) {
	const startWall = performance.now();
	const startRelayCpu = cpuMsOf(relay.pid);
	const startBenchCpu = process.cpuUsage();
	const startDatabaseCpu = databaseCpuMs();
	const loopDelay = monitorEventLoopDelay({ resolution: 5 });
	loopDelay.enable();
	let peakRssKiB = memoryOf(relay.pid)?.rssKiB ?? 0;
	const sampler = setInterval(() => {
		peakRssKiB = Math.max(peakRssKiB, memoryOf(relay.pid)?.rssKiB ?? 0);
	}, 200);
	return () => {
		clearInterval(sampler);
		loopDelay.disable();
		const wallMs = performance.now() - startWall;
		const relayCpu = cpuMsOf(relay.pid);
		const relayCpuMs =
			relayCpu === null || startRelayCpu === null ? null : relayCpu - startRelayCpu;
		const bench = process.cpuUsage(startBenchCpu);
		const benchCpuMs = (bench.user + bench.system) / 1000;
		const memory = memoryOf(relay.pid);
		const databaseCpu = databaseCpuMs();
		return {
			wallMs: Math.round(wallMs),
			/** The PostgreSQL server's processes (null on SQLite, which runs inside the relay). */
			databaseCpuMs:
				databaseCpu === null || startDatabaseCpu === null
					? null
					: Math.round(databaseCpu - startDatabaseCpu),
			relay: {
				cpuMs: relayCpuMs === null ? null : Math.round(relayCpuMs),
				/** Of one core. */
				cpuPercent: relayCpuMs === null ? null : round((relayCpuMs / wallMs) * 100),
				rssKiB: memory?.rssKiB ?? null,
				peakRssKiB: Math.max(peakRssKiB, memory?.rssKiB ?? 0) || null
			},
			bench: {
				cpuMs: Math.round(benchCpuMs),
				cpuPercent: round((benchCpuMs / wallMs) * 100),
				eventLoopDelayP99Ms: round(loopDelay.percentile(99) / 1e6),
				eventLoopDelayMaxMs: round(loopDelay.max / 1e6),
				rssKiB: Math.round(process.memoryUsage().rss / 1024)
			}
		};
	};
}

function relayCounters(relay: RelayChild) {
	const violations: Record<string, number> = {};
	for (const [key, value] of relay.events) {
		if (key.startsWith('violation:')) violations[key.slice('violation:'.length)] = value;
	}
	return {
		connectionsOpened: relay.events.get('connection-open') ?? 0,
		throttled: violations.throttled ?? 0,
		violations,
		problems: relay.problems.slice(0, 5)
	};
}

/** Just enough of the inspector protocol to collect garbage and read `process.memoryUsage()`. */
class Inspector {
	readonly #ws: WebSocket;
	readonly #pending = new Map<number, (message: InspectorReply) => void>();
	#next = 1;

	private constructor(ws: WebSocket) {
		this.#ws = ws;
		ws.on('message', (data) => {
			const message = JSON.parse(String(data)) as InspectorReply;
			if (message.id === undefined) return;
			this.#pending.get(message.id)?.(message);
			this.#pending.delete(message.id);
		});
	}

	static async connect(url: string): Promise<Inspector> {
		const ws = new WebSocket(url);
		await new Promise<void>((resolve, reject) => {
			ws.once('open', () => resolve());
			ws.once('error', reject);
		});
		ws.on('error', () => {});
		return new Inspector(ws);
	}

	call(method: string, params: Record<string, unknown> = {}): Promise<InspectorReply> {
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`${method} timed out`)), 10_000);
			this.#pending.set(id, (message) => {
				clearTimeout(timer);
				if (message.error) reject(new Error(`${method}: ${message.error.message}`));
				else resolve(message);
			});
			this.#ws.send(JSON.stringify({ id, method, params }));
		});
	}

	async collectGarbage(): Promise<void> {
		await this.call('HeapProfiler.collectGarbage');
	}

	async memoryUsage(): Promise<NodeJS.MemoryUsage> {
		const reply = await this.call('Runtime.evaluate', {
			expression: 'JSON.stringify(process.memoryUsage())',
			returnByValue: true
		});
		return JSON.parse(String(reply.result?.result?.value)) as NodeJS.MemoryUsage;
	}

	/** Must happen before the relay stops, or it waits for the debugger to detach. */
	close(): void {
		this.#ws.terminate();
	}
}

interface InspectorReply {
	id?: number;
	error?: { message: string };
	result?: { result?: { value?: unknown } };
}

// ---------------------------------------------------------------------------------------------
// Clients

/** Every client and socket still open, so they are destroyed whatever happens. */
const openClients = new Set<{ destroy(): void }>();

/**
 * A participant's device: one provider on its own socket, the app's provider class unless
 * `library` (Hocuspocus's own, which queues changes made while offline). Counts the frames its
 * socket sends.
 */
class Client {
	readonly doc = new Y.Doc();
	readonly provider: HocuspocusProvider;
	readonly refusals: string[] = [];
	readonly closes: number[] = [];
	framesSent = 0;

	constructor(url: string, name: string, token: string, index: number, library = false) {
		const sent = () => (this.framesSent += 1);
		const CountingWebSocket = class extends WebSocket {
			override send(...args: Parameters<WebSocket['send']>): void {
				sent();
				super.send(...args);
			}
		};
		const Provider = library ? HocuspocusProvider : SignedInProvider;
		this.provider = new Provider({
			url,
			name,
			token,
			document: this.doc,
			// Passed on to the provider's own socket; spread, as in RelayConnection, because the
			// provider's `url` configuration type leaves it out.
			...{ WebSocketPolyfill: CountingWebSocket },
			onAuthenticationFailed: ({ reason }) => {
				this.refusals.push(reason);
			},
			onClose: ({ event }) => {
				this.closes.push(event.code);
			}
		});
		// Presence like the app's (name, colour, role, step), so awareness traffic is realistic.
		this.provider.awareness?.setLocalState({
			name: `Bench ${index}`,
			color: '#0f5c6e',
			role: 'participant',
			step: 'purpose'
		});
		openClients.add(this);
	}

	get map(): Y.Map<unknown> {
		return this.doc.getMap('plan');
	}

	get socketStatus(): WebSocketStatus {
		return this.provider.configuration.websocketProvider.status;
	}

	/** Synced, and every local change acknowledged by the relay. */
	get settled(): boolean {
		return this.provider.synced && this.provider.unsyncedChanges === 0;
	}

	destroy(): void {
		openClients.delete(this);
		this.provider.destroy();
	}
}

function destroyAll(): void {
	for (const client of [...openClients]) {
		try {
			client.destroy();
		} catch {
			// Best effort: the process is about to measure something else or exit.
		}
	}
}

/**
 * Keeps this process under the relay's per-address connection throttle: once a window's budget is
 * spent, waits for the next window instead of being refused.
 */
class ConnectionPacer {
	#windowStart = 0;
	#opened = 0;
	waitedMs = 0;

	async admit(): Promise<void> {
		const budget = RELAY_LIMITS.connectionsPerMinutePerIp - THROTTLE_MARGIN;
		if (this.#opened >= budget) {
			const wait = this.#windowStart + THROTTLE_WINDOW_MS + 1_000 - Date.now();
			if (wait > 0) {
				progress(`connection budget spent; waiting ${Math.ceil(wait / 1000)} s for the throttle`);
				this.waitedMs += wait;
				await sleep(wait);
			}
			this.#opened = 0;
		}
		if (this.#opened === 0) this.#windowStart = Date.now();
		this.#opened += 1;
	}
}

/**
 * Registers rooms as the facilitator's first connection does, one after another on a single
 * socket (each document must be established before the next one's frames count against the
 * relay's pre-auth budget), then closes that socket.
 */
async function registerRooms(
	url: string,
	rooms: TestRoom[],
	pacer: ConnectionPacer
): Promise<void> {
	await pacer.admit();
	const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
	const handle = { destroy: () => socket.destroy() };
	openClients.add(handle);
	try {
		for (const room of rooms) {
			const refusals: string[] = [];
			const provider = new HocuspocusProvider({
				websocketProvider: socket,
				name: room.name(),
				token: room.token('facilitator'),
				awareness: null,
				onAuthenticationFailed: ({ reason }) => {
					refusals.push(reason);
				}
			});
			provider.attach();
			try {
				await waitFor(
					`room ${room.roomId} to be registered`,
					() => {
						if (refusals.length) throw new Error(`registration refused: ${refusals[0]}`);
						return provider.synced;
					},
					SYNC_TIMEOUT_MS
				);
			} finally {
				provider.destroy();
			}
		}
	} finally {
		openClients.delete(handle);
		socket.destroy();
	}
}

/** Opens clients a batch at a time, each batch synced before the next. */
async function openClientsGradually(
	url: string,
	plan: { room: TestRoom; index: number; library?: boolean }[],
	pacer: ConnectionPacer,
	syncTimeoutMs = SYNC_TIMEOUT_MS
): Promise<Client[]> {
	const clients: Client[] = [];
	for (let start = 0; start < plan.length; start += OPEN_BATCH) {
		const batch: Client[] = [];
		for (const { room, index, library } of plan.slice(start, start + OPEN_BATCH)) {
			await pacer.admit();
			batch.push(new Client(url, room.name(), room.token('participant'), index, library));
		}
		clients.push(...batch);
		await waitFor(
			`clients ${start + 1}–${start + batch.length} to sync`,
			() => {
				const refused = batch.find((client) => client.refusals.length > 0);
				if (refused) throw new Error(`a client was refused: ${refused.refusals[0]}`);
				return batch.every((client) => client.settled);
			},
			syncTimeoutMs
		);
	}
	return clients;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

async function withRelay<T extends object>(
	label: string,
	run: (relay: RelayChild, pacer: ConnectionPacer) => Promise<T>,
	options: RelayOptions = {}
): Promise<Record<string, unknown>> {
	progress(`${label}: starting a relay process`);
	let relay: RelayChild | null = null;
	const pacer = new ConnectionPacer();
	const result: Record<string, unknown> = {};
	try {
		relay = await startRelay(options);
		Object.assign(result, await run(relay, pacer));
	} catch (error) {
		result.error = describe(error);
		progress(`${label}: ${result.error}`);
	} finally {
		destroyAll();
		if (relay) {
			Object.assign(result, relayCounters(relay), { throttleWaitMs: pacer.waitedMs });
			const exit = await stopRelay(relay);
			if (exit.code !== 0) result.relayExit = exit;
		}
	}
	return result;
}

/**
 * Each edit sets `edit-<n>` on one client's plan map to the time it was made; every other client
 * in the room records when it sees that key. Edits are paced open-loop, like people typing.
 */
async function measureLatency(
	rooms: { clients: Client[] }[],
	options: { edits: number; intervalMs: number; pick: (edit: number) => [number, number] }
) {
	const latencies: number[] = [];
	const received = new Map<string, number>();
	const expected = new Map<string, number>();
	const unobserve: (() => void)[] = [];
	let closesBefore = 0;
	for (const room of rooms) {
		for (const client of room.clients) {
			closesBefore += client.closes.length;
			const observer = (event: Y.YMapEvent<unknown>) => {
				if (event.transaction.local) return;
				const at = now();
				for (const key of event.keysChanged) {
					if (!key.startsWith('edit-')) continue;
					const sentAt = client.map.get(key);
					if (typeof sentAt !== 'number') continue;
					latencies.push(at - sentAt);
					received.set(key, (received.get(key) ?? 0) + 1);
				}
			};
			client.map.observe(observer);
			unobserve.push(() => client.map.unobserve(observer));
		}
	}
	try {
		const start = performance.now();
		for (let edit = 0; edit < options.edits; edit += 1) {
			const due = start + edit * options.intervalMs;
			const wait = due - performance.now();
			if (wait > 1) await sleep(wait);
			const [roomIndex, clientIndex] = options.pick(edit);
			const room = rooms[roomIndex]!;
			const key = `edit-${edit}`;
			expected.set(key, room.clients.length - 1);
			room.clients[clientIndex]!.map.set(key, now());
		}
		const editingMs = performance.now() - start;
		const all = () => [...expected].every(([key, wanted]) => (received.get(key) ?? 0) >= wanted);
		const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
		while (!all() && Date.now() < deadline) await sleep(10);
		let lostUpdates = 0;
		let missingDeliveries = 0;
		for (const [key, wanted] of expected) {
			const missing = wanted - (received.get(key) ?? 0);
			if (missing > 0) {
				lostUpdates += 1;
				missingDeliveries += missing;
			}
		}
		let closes = -closesBefore;
		for (const room of rooms) for (const client of room.clients) closes += client.closes.length;
		const latencyMs = latencyStats(latencies);
		return {
			edits: options.edits,
			editsPerSecond: round((options.edits / editingMs) * 1000),
			expectedDeliveries: [...expected.values()].reduce((total, value) => total + value, 0),
			latencyMs,
			targetP95Ms: TARGET_P95_MS,
			meetsTarget: latencyMs.p95 !== null && latencyMs.p95 <= TARGET_P95_MS,
			lostUpdates,
			missingDeliveries,
			deliveryTimeoutMs: DELIVERY_TIMEOUT_MS,
			clientSocketCloses: closes
		};
	} finally {
		for (const stop of unobserve) stop();
	}
}

async function oneRoom() {
	return withRelay('one room', async (relay, pacer) => {
		const room = newRoom();
		await registerRooms(relay.url, [room], pacer);
		progress(`one room: opening ${ONE_ROOM.clients} clients`);
		const openStart = performance.now();
		const clients = await openClientsGradually(
			relay.url,
			Array.from({ length: ONE_ROOM.clients }, (_, index) => ({ room, index })),
			pacer
		);
		const openMs = Math.round(performance.now() - openStart);
		progress(`one room: ${ONE_ROOM.edits} edits, one every ${ONE_ROOM.intervalMs} ms`);
		const usage = startUsage(relay);
		const latency = await measureLatency([{ clients }], {
			edits: ONE_ROOM.edits,
			intervalMs: ONE_ROOM.intervalMs,
			pick: (edit) => [0, edit % clients.length]
		});
		return {
			clients: clients.length,
			receiversPerEdit: clients.length - 1,
			openMs,
			...latency,
			usage: usage()
		};
	});
}

async function manyRooms() {
	const { rooms: roomCount, clientsPerRoom } = MANY_ROOMS;
	return withRelay('many rooms', async (relay, pacer) => {
		const rooms = Array.from({ length: roomCount }, () => newRoom());
		progress(`many rooms: registering ${roomCount} rooms`);
		await registerRooms(relay.url, rooms, pacer);
		progress(`many rooms: opening ${roomCount * clientsPerRoom} clients`);
		const openStart = performance.now();
		// Round-robin over the rooms, so rooms fill up evenly as sockets open.
		const plan = Array.from({ length: roomCount * clientsPerRoom }, (_, index) => ({
			room: rooms[index % roomCount]!,
			index
		}));
		const clients = await openClientsGradually(relay.url, plan, pacer);
		const openMs = Math.round(performance.now() - openStart);
		const byRoom = rooms.map((_, roomIndex) => ({
			clients: clients.filter((_, index) => index % roomCount === roomIndex)
		}));
		progress(`many rooms: ${MANY_ROOMS.edits} edits, one every ${MANY_ROOMS.intervalMs} ms`);
		const usage = startUsage(relay);
		const latency = await measureLatency(byRoom, {
			edits: MANY_ROOMS.edits,
			intervalMs: MANY_ROOMS.intervalMs,
			// Every room in turn; within a room, every client in turn.
			pick: (edit) => [edit % roomCount, Math.floor(edit / roomCount) % clientsPerRoom]
		});
		return {
			rooms: roomCount,
			clientsPerRoom,
			clients: clients.length,
			receiversPerEdit: clientsPerRoom - 1,
			openMs,
			...latency,
			usage: usage()
		};
	});
}

/** What each room holds in the memory scenario: the reference workshop of tests/factories. */
const workshopUpdate = encodedReferenceWorkshop();

function encodedReferenceWorkshop(): Uint8Array {
	const ydoc = new Y.Doc();
	referenceWorkshop(1, ydoc);
	return Y.encodeStateAsUpdate(ydoc);
}

/**
 * Opens rooms with two clients each; the first loads the reference workshop (as a facilitator
 * importing a workshop file would), and both wait until they hold the same state.
 */
async function openRooms(url: string, rooms: TestRoom[], pacer: ConnectionPacer, offset: number) {
	await registerRooms(url, rooms, pacer);
	const plan = rooms.flatMap((room, index) =>
		Array.from({ length: ROOM_MEMORY.clientsPerRoom }, (_, slot) => ({
			room,
			index: offset + index * ROOM_MEMORY.clientsPerRoom + slot
		}))
	);
	const clients = await openClientsGradually(url, plan, pacer);
	const pairs: Client[][] = [];
	for (let index = 0; index < clients.length; index += ROOM_MEMORY.clientsPerRoom) {
		pairs.push(clients.slice(index, index + ROOM_MEMORY.clientsPerRoom));
	}
	for (const [first] of pairs) if (first) Y.applyUpdate(first.doc, workshopUpdate);
	const same = (a: Y.Doc, b: Y.Doc) =>
		Buffer.compare(Y.encodeStateVector(a), Y.encodeStateVector(b)) === 0;
	await waitFor(
		'every room to hold the workshop on both clients',
		() =>
			clients.every((client) => client.settled) &&
			pairs.every(([first, ...others]) => others.every((other) => same(first!.doc, other.doc))),
		30_000
	);
	return clients;
}

async function roomMemory() {
	return withRelay(
		'room memory',
		async (relay, pacer) => {
			if (!memoryOf(relay.pid)) throw new Error('/proc/<pid>/status is not readable here');
			const inspector = await Inspector.connect(await relay.inspectorUrl);
			try {
				/**
				 * After the relay settled: VmRSS as it is, then VmRSS, V8 heap and buffers after a
				 * full garbage collection.
				 */
				const sample = async () => {
					await sleep(SETTLE_MS);
					const rssKiB = memoryOf(relay.pid)!.rssKiB;
					await inspector.collectGarbage();
					await inspector.collectGarbage();
					const usage = await inspector.memoryUsage();
					return {
						rssKiB,
						rssAfterGcKiB: memoryOf(relay.pid)!.rssKiB,
						heapUsedKiB: Math.round(usage.heapUsed / 1024),
						externalKiB: Math.round(usage.external / 1024)
					};
				};
				// Warm up: the first room loads code paths and SQLite statements every room shares.
				progress('room memory: warming up with one room');
				await openRooms(relay.url, [newRoom()], pacer, 0);
				destroyAll();
				const idle = await sample();
				const rooms = ROOM_MEMORY.rooms;
				const half = Math.floor(rooms / 2);
				progress(`room memory: opening ${half} rooms`);
				const first = Array.from({ length: half }, () => newRoom());
				await openRooms(relay.url, first, pacer, 1_000);
				const atHalf = await sample();
				progress(`room memory: opening ${rooms - half} more rooms`);
				const second = Array.from({ length: rooms - half }, () => newRoom());
				await openRooms(relay.url, second, pacer, 10_000);
				const atFull = await sample();
				destroyAll();
				const afterClose = await sample();
				const perRoom = (from: number, to: number, count: number) => round((to - from) / count);
				return {
					rooms,
					clientsPerRoom: ROOM_MEMORY.clientsPerRoom,
					idle,
					atHalf,
					atFull,
					afterClose,
					/** (VmRSS with every room open − idle VmRSS after a warm-up room) / rooms. */
					perRoomKiB: perRoom(idle.rssKiB, atFull.rssKiB, rooms),
					/** The same between half and all rooms open: less sensitive to one-off growth. */
					marginalPerRoomKiB: perRoom(atHalf.rssKiB, atFull.rssKiB, rooms - half),
					/** The same after a full GC at each point. */
					perRoomAfterGcKiB: perRoom(idle.rssAfterGcKiB, atFull.rssAfterGcKiB, rooms),
					/** Live V8 heap per room (after a full GC): documents, sessions, Hocuspocus state. */
					heapPerRoomKiB: perRoom(idle.heapUsedKiB, atFull.heapUsedKiB, rooms),
					/** Buffers outside the heap per room (socket buffers, SQLite). */
					externalPerRoomKiB: perRoom(idle.externalKiB, atFull.externalKiB, rooms),
					/** Heap still held per room after every room closed (after a full GC). */
					heapRetainedAfterClosePerRoomKiB: perRoom(
						idle.heapUsedKiB,
						afterClose.heapUsedKiB,
						rooms
					),
					peakRssKiB: memoryOf(relay.pid)?.hwmKiB ?? null,
					documentBytes: workshopUpdate.byteLength,
					note: 'Each room: the reference workshop (tests/factories) and two client sockets. VmRSS moves by megabytes with V8 heap sizing; heapPerRoomKiB (after a forced GC through --inspect) is the steadier figure.'
				};
			} finally {
				inspector.close();
			}
		},
		{ inspect: true }
	);
}

/**
 * One client goes offline, makes OFFLINE_EDITS edits, reconnects; times how long the other client
 * takes to see them all and counts the frames the reconnecting client sends. `library`: that
 * client runs Hocuspocus's own provider, which queues one update frame per offline change and
 * replays them (the app's sends them in the sign-in's sync answer).
 */
async function reconcile(relay: RelayChild, pacer: ConnectionPacer, library: boolean) {
	const room = newRoom();
	await registerRooms(relay.url, [room], pacer);
	const [offline, online] = await openClientsGradually(
		relay.url,
		[
			{ room, index: 0, library },
			{ room, index: 1 }
		],
		pacer
	);
	if (!offline || !online) throw new Error('clients missing');
	try {
		let arrived = 0;
		online.map.observe((event) => {
			if (event.transaction.local) return;
			for (const key of event.keysChanged) if (key.startsWith('offline-')) arrived += 1;
		});
		offline.provider.disconnect();
		await waitFor(
			'the client to go offline',
			() => offline.socketStatus === WebSocketStatus.Disconnected,
			5_000
		);
		const text = offline.doc.getText('notes');
		const editStart = performance.now();
		for (let edit = 0; edit < OFFLINE_EDITS; edit += 1) {
			offline.doc.transact(() => {
				offline.map.set(`offline-${edit}`, edit);
				text.insert(text.length, `${edit} `);
			});
		}
		const editMs = round(performance.now() - editStart);
		const offlineUpdateBytes = Y.encodeStateAsUpdate(
			offline.doc,
			Y.encodeStateVector(online.doc)
		).byteLength;
		const socket = offline.provider.configuration.websocketProvider;
		/** Updates the provider queued while offline; it sends them one by one once back. */
		const queue = (socket as unknown as { messageQueue: unknown[] }).messageQueue;
		const queuedFrames = queue.length;
		const framesBefore = offline.framesSent;
		const closesBefore = offline.closes.length;
		let sent = 0;
		let delivered = 0;
		offline.provider.on('outgoingMessage', () => (sent += 1));
		online.provider.on('message', () => (delivered += 1));
		const usage = startUsage(relay);
		const start = performance.now();
		let firstArrivalMs: number | null = null;
		let receivedMs: number | null = null;
		let acknowledgedMs: number | null = null;
		let receivedWhenAcknowledged = 0;
		let replayFrames: number | null = null;
		void offline.provider.connect();
		const deadline = Date.now() + RECONCILE_TIMEOUT_MS;
		const onlineText = online.doc.getText('notes');
		while (Date.now() < deadline && (receivedMs === null || acknowledgedMs === null)) {
			const elapsed = round(performance.now() - start);
			if (firstArrivalMs === null && arrived > 0) firstArrivalMs = elapsed;
			if (receivedMs === null && arrived >= OFFLINE_EDITS && onlineText.length === text.length) {
				receivedMs = elapsed;
			}
			if (acknowledgedMs === null && offline.settled) {
				acknowledgedMs = elapsed;
				receivedWhenAcknowledged = arrived;
				replayFrames = offline.framesSent - framesBefore;
			}
			await sleep(1);
		}
		const result = {
			edits: OFFLINE_EDITS,
			editMs,
			offlineUpdateBytes,
			/** From `connect()` until the other client has every offline edit. */
			reconcileMs: receivedMs,
			/** From `connect()` until the other client has the first offline edit. */
			firstArrivalMs,
			/** From `connect()` until the reconnecting client reports no unsynced changes. */
			acknowledgedMs,
			/** Offline edits the other client had when the reconnecting one reported none unsynced. */
			receivedWhenAcknowledged,
			receivedByOther: arrived,
			unsyncedChanges: offline.provider.unsyncedChanges,
			/** Updates queued while offline, which the provider replays one frame each on reconnect. */
			queuedFrames,
			provider: library ? 'Hocuspocus' : "the app's (SignedInProvider)",
			/** Frames the reconnecting client sent from `connect()` until every change was acknowledged. */
			replayFrames,
			/** Other frames the reconnecting client sent (auth, sync handshake, awareness). */
			handshakeFramesSent: sent,
			/** Frames the other client received from the relay meanwhile. */
			framesDelivered: delivered,
			reconnectCloses: offline.closes.slice(closesBefore),
			converged:
				isDeepStrictEqual(offline.doc.toJSON(), online.doc.toJSON()) && arrived >= OFFLINE_EDITS,
			usage: usage()
		};
		if (receivedMs === null || acknowledgedMs === null) {
			return { ...result, error: `not reconciled within ${RECONCILE_TIMEOUT_MS} ms` };
		}
		return result;
	} finally {
		offline.destroy();
		online.destroy();
	}
}

async function offlineReconcile() {
	return withRelay('offline reconcile', async (relay, pacer) => {
		progress(`offline reconcile: ${OFFLINE_EDITS} edits while offline, then reconnect`);
		const asTheAppDoes = await reconcile(relay, pacer, false);
		progress('offline reconcile: again, with the library provider, which replays a queue');
		let libraryProvider: Record<string, unknown>;
		try {
			libraryProvider = await reconcile(relay, pacer, true);
		} catch (error) {
			libraryProvider = { error: describe(error) };
		}
		return { ...asTheAppDoes, libraryProvider };
	});
}

/** `--plans empty,reference`: only these plans in the store scenarios (the big one takes long). */
const onlyPlans = (() => {
	const at = process.argv.indexOf('--plans');
	return at === -1 ? null : (process.argv[at + 1] ?? '').split(',');
})();

/** The plans the store-cost scenario edits, smallest first. */
const STORE_COST_PLANS = (
	[
		['empty', () => {}],
		['reference', (ydoc) => referenceWorkshop(1, ydoc)],
		['large', (ydoc) => largeWorkshop(2, ydoc)],
		['big', (ydoc) => bigWorkshop(BIG_SIZE, 3, ydoc)]
	] satisfies [string, (ydoc: Y.Doc) => unknown][]
).filter(([label]) => !onlyPlans || onlyPlans.includes(label));

/**
 * One room holding `plan`, stored before the relay starts (as after a restart); one person edits
 * at each rate while another watches. The relay's CPU per edit on the empty plan is what relaying
 * costs; what a larger plan adds on top is what its size costs, which is storing (the edits are
 * the same).
 */
async function storeCostFor(label: string, build: (ydoc: Y.Doc) => unknown) {
	const room = newRoom();
	const ydoc = new Y.Doc();
	build(ydoc);
	const documentBytes = Y.encodeStateAsUpdate(ydoc).byteLength;
	const seed = async (documents: DocumentRecords) => {
		if (documentBytes > 2) await documents.store(room.name(), ydoc, null);
	};
	return withRelay(
		`store cost (${label})`,
		async (relay, pacer) => {
			await registerRooms(relay.url, [room], pacer);
			const clients = await openClientsGradually(
				relay.url,
				[
					{ room, index: 0 },
					{ room, index: 1 }
				],
				pacer,
				// The big plan is 10 MiB: each client takes seconds to apply it on a busy machine.
				90_000
			);
			await sleep(SETTLE_MS);
			const rates = [];
			for (const perSecond of STORE_COST.rates) {
				progress(`store cost (${label}, ${documentBytes} bytes): ${perSecond} edits/s`);
				const edits = STORE_COST.seconds * perSecond;
				const usage = startUsage(relay);
				const latency = await measureLatency([{ clients }], {
					edits,
					intervalMs: 1000 / perSecond,
					pick: () => [0, 0]
				});
				// The last debounced store belongs to these edits too.
				await sleep(limitsStoreDebounceMs + 500);
				const used = usage();
				rates.push({
					editsPerSecondTarget: perSecond,
					edits,
					latencyMs: latency.latencyMs,
					lostUpdates: latency.lostUpdates,
					relayCpuMs: used.relay.cpuMs,
					relayCpuPercent: used.relay.cpuPercent,
					/** The clients' process: when it is the busy one, latency says little about the relay. */
					benchCpuPercent: used.bench.cpuPercent,
					benchEventLoopDelayP99Ms: used.bench.eventLoopDelayP99Ms,
					relayCpuMsPerEdit:
						used.relay.cpuMs === null ? null : Number((used.relay.cpuMs / edits).toFixed(3)),
					databaseCpuMsPerEdit:
						used.databaseCpuMs === null ? null : Number((used.databaseCpuMs / edits).toFixed(3)),
					wallMs: used.wallMs
				});
			}
			return { documentBytes, rates };
		},
		{ seed }
	);
}

/**
 * The relay's store calls alone, in this process: each plan stored once, then STORE_CALLS.stores
 * times 100 edits and a store, as the relay stores while someone keeps editing (it compacts when
 * the store module says so, as the relay does). Times each store call, compactions included.
 */
async function storeCalls() {
	const plans: Record<string, unknown> = {};
	for (const [label, build] of STORE_COST_PLANS.filter(([label]) => label !== 'empty')) {
		progress(`store calls (${label})`);
		const dataDir = mkdtempSync(join(tmpdir(), 'canal-bench-store-'));
		const databaseUrl = database === 'postgres' ? await freshDatabase() : null;
		try {
			await withDocuments({ dataDir, databaseUrl }, async (store) => {
				const ydoc = new Y.Doc();
				build(ydoc);
				const name = newRoom().name();
				const first = await store.store(name, ydoc, null);
				let revision = first.revision;
				const documentBytes = 'bytes' in first ? first.bytes : 0;
				const changes: Uint8Array[] = [];
				ydoc.on('update', (update: Uint8Array) => changes.push(update));
				const rows = { baseBytes: documentBytes, appendedBytes: 0, appendedRows: 0 };
				const timings: number[] = [];
				const cpuTimings: number[] = [];
				const startDatabaseCpu = databaseCpuMs();
				let bytesWritten = 0;
				let compactions = 0;
				const notes = ydoc.getMap('plan');
				for (let round = 0; round < STORE_CALLS.stores; round += 1) {
					for (let edit = 0; edit < STORE_CALLS.editsPerStore; edit += 1) {
						notes.set(`edit-${round}-${edit}`, `An edit of round ${round}`);
					}
					const started = performance.now();
					const startedCpu = process.cpuUsage();
					const outcome = await store.store(name, ydoc, revision, changes.splice(0));
					let bytes = 'bytes' in outcome ? outcome.bytes : 0;
					if (outcome.kind === 'appended') {
						rows.appendedBytes += outcome.bytes;
						rows.appendedRows += 1;
					}
					revision = outcome.revision ?? revision;
					// Older store modules have no compaction: every store writes the whole document.
					if ('needsCompaction' in documentStore && documentStore.needsCompaction(rows)) {
						const compacted = await store.store(name, ydoc, revision, null);
						revision = compacted.revision ?? revision;
						bytes += 'bytes' in compacted ? compacted.bytes : 0;
						Object.assign(rows, { baseBytes: bytes, appendedBytes: 0, appendedRows: 0 });
						compactions += 1;
					}
					timings.push(performance.now() - started);
					const cpu = process.cpuUsage(startedCpu);
					cpuTimings.push((cpu.user + cpu.system) / 1000);
					bytesWritten += bytes;
				}
				const databaseCpu = databaseCpuMs();
				const perEdit = (values: number[]) =>
					Number(
						(
							values.reduce((sum, value) => sum + value, 0) /
							(values.length * STORE_CALLS.editsPerStore)
						).toFixed(3)
					);
				plans[label] = {
					documentBytes,
					stores: timings.length,
					editsPerStore: STORE_CALLS.editsPerStore,
					/** Wall time of each store call: on a loaded machine, mostly waiting for a core. */
					storeMs: latencyStats(timings),
					/** CPU time of each store call (this process, user + system): what the relay would spend. */
					storeCpuMs: latencyStats(cpuTimings),
					msPerEdit: perEdit(timings),
					cpuMsPerEdit: perEdit(cpuTimings),
					/** The PostgreSQL server's CPU per edit over all the stores (null on SQLite). */
					databaseCpuMsPerEdit:
						databaseCpu === null || startDatabaseCpu === null
							? null
							: Number(
									(
										(databaseCpu - startDatabaseCpu) /
										(timings.length * STORE_CALLS.editsPerStore)
									).toFixed(3)
								),
					bytesWrittenPerStore: Math.round(bytesWritten / timings.length),
					compactions
				};
			});
		} catch (error) {
			plans[label] = { error: describe(error) };
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	return {
		plans,
		note: "Each store follows 100 edits (20 a second until the relay's 5 s store deadline); every figure includes compactions. CPU figures are this process's CPU during the call; wall figures include waiting for a core."
	};
}

const limitsStoreDebounceMs = RELAY_LIMITS.storeDebounceMs;

async function storeCost() {
	const plans: Record<string, unknown> = {};
	for (const [label, build] of STORE_COST_PLANS) plans[label] = await storeCostFor(label, build);
	/** Relay CPU per edit above the empty plan's, at each rate: what the plan's size costs. */
	const perEdit = (label: string, rate: number): number | null => {
		const find = (name: string) =>
			(
				plans[name] as {
					rates?: { editsPerSecondTarget: number; relayCpuMsPerEdit: number | null }[];
				}
			)?.rates?.find((entry) => entry.editsPerSecondTarget === rate)?.relayCpuMsPerEdit ?? null;
		const mine = find(label);
		const base = find('empty');
		return mine === null || base === null ? null : Number((mine - base).toFixed(2));
	};
	const sizeCostMsPerEdit: Record<string, Record<string, number | null>> = {};
	for (const [label] of STORE_COST_PLANS.filter(([label]) => label !== 'empty')) {
		sizeCostMsPerEdit[label] = Object.fromEntries(
			STORE_COST.rates.map((rate) => [`${rate}PerSecond`, perEdit(label, rate)])
		);
	}
	return {
		secondsPerRate: STORE_COST.seconds,
		plans,
		sizeCostMsPerEdit,
		note: 'Relay CPU per edit (ms) above the empty plan, same edits: the part that grows with the document, which is storing. CPU time has a 10 ms tick, so small differences are noise.'
	};
}

// ---------------------------------------------------------------------------------------------

const load = () => loadavg().map((value) => Math.round(value * 100) / 100);

async function main(): Promise<Record<string, unknown>> {
	const startedAt = new Date();
	const start = performance.now();
	const machine: Record<string, unknown> = {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? null,
		totalMemMiB: Math.round(totalmem() / 1024 / 1024),
		node: process.version,
		platform: `${platform()} ${release()}`,
		loadAverageStart: load()
	};
	progress(`${quick ? 'quick' : 'full'} run on ${machine.cpus} CPUs, Node ${process.version}`);
	const scenarios = { oneRoom, manyRooms, roomMemory, offlineReconcile, storeCalls, storeCost };
	const results: Record<string, unknown> = {};
	for (const [name, run] of Object.entries(scenarios)) {
		if (!only || only.includes(name)) results[name] = await run();
	}
	machine.loadAverageEnd = load();
	const field = (scenario: string, ...path: string[]): unknown =>
		path.reduce<unknown>(
			(value, key) => (value as Record<string, unknown> | undefined)?.[key],
			results[scenario]
		);
	const summary = {
		oneRoomP95Ms: field('oneRoom', 'latencyMs', 'p95') ?? null,
		manyRoomsP95Ms: field('manyRooms', 'latencyMs', 'p95') ?? null,
		targetP95Ms: TARGET_P95_MS,
		lostUpdates:
			Number(field('oneRoom', 'lostUpdates') ?? 0) + Number(field('manyRooms', 'lostUpdates') ?? 0),
		relayRssPerRoomKiB: field('roomMemory', 'perRoomKiB') ?? null,
		relayHeapPerRoomKiB: field('roomMemory', 'heapPerRoomKiB') ?? null,
		offlineReconcileMs: field('offlineReconcile', 'reconcileMs') ?? null,
		offlineReplayFrames: field('offlineReconcile', 'replayFrames') ?? null,
		storeCostMsPerEdit: field('storeCost', 'sizeCostMsPerEdit') ?? null,
		storeCallCpuMsPerEdit: Object.fromEntries(
			STORE_COST_PLANS.filter(([label]) => label !== 'empty').map(([label]) => [
				label,
				field('storeCalls', 'plans', label, 'cpuMsPerEdit') ?? null
			])
		),
		errors: Object.entries(results).flatMap(([name, result]) => {
			const error = (result as { error?: unknown }).error;
			return error === undefined ? [] : [`${name}: ${String(error)}`];
		})
	};
	return {
		benchmark: 'sync',
		quick,
		database,
		startedAt: startedAt.toISOString(),
		durationMs: Math.round(performance.now() - start),
		machine,
		summary,
		relayLimits: { defaults: RELAY_LIMITS, env: BENCH_RELAY_ENV },
		...results
	};
}

function write(report: Record<string, unknown>): void {
	const json = JSON.stringify(report, null, '\t');
	mkdirSync(artifacts, { recursive: true });
	const name = database === 'postgres' ? 'bench-sync-postgres.json' : 'bench-sync.json';
	writeFileSync(join(artifacts, name), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

// Ctrl-C: close what is open; the exit handler kills the relay.
process.once('SIGINT', () => {
	destroyAll();
	process.exit(130);
});

try {
	write(await main());
} catch (error) {
	write({ benchmark: 'sync', quick, error: describe(error) });
} finally {
	destroyAll();
	removePostgres();
}
// Providers' timers (awareness, connection checks) must not keep the process alive.
process.exit(0);
