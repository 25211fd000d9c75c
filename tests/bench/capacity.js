// `npm run bench:capacity [-- --quick]`: how many devices one relay process carries.
//
// Simulated devices (tests/bench/capacity-clients.ts, two client processes) each open ONE socket
// carrying the plan, the facilitation document and their own ballot, as the app does, in rooms of
// 10 holding the reference workshop, each device editing every 2 s. Devices are added in steps;
// at each step the bench measures edit → remote latency (p50/p99 over every device of the room
// that receives the edit), the relay's RSS and CPU (/proc/<pid>/stat) and its event-loop delay
// (reported by the relay process itself, tests/bench/capacity-relay.js), and the client processes'
// own event-loop delay and CPU, so a slow client is not mistaken for a slow relay.
//
// Phases: Canal's relay (`scripts/relay.js`), then a bare Hocuspocus server (no extensions, no
// authentication: tests/bench/capacity-bare.js) at the same steps, for the ratio of their CPU;
// then two relay processes sharing rooms through Redis (CANAL_REDIS_URL, a redis-server started
// here) with each room's devices spread over both. A relay without Redis support does not pass
// edits between its processes: that phase then reports `skipped`.
//
// Prints JSON on stdout (progress on stderr) and writes tests/.artifacts/capacity.json. Figures
// are reported against their goals, never asserted.
import { fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { executable, installDebianPackages } from '../../scripts/debian.js';
import { freePort } from '../../scripts/free-port.js';
import { cpuMsOf, memoryOf } from './proc-stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const artifacts = join(root, 'tests', '.artifacts');
const quick = process.argv.includes('--quick');

const DEVICES_PER_ROOM = 10;
const EDIT_INTERVAL_MS = 2_000;
const TARGET_P99_MS = 50;
const TARGET_DEVICES = 1_500;
const TARGET_CPU_RATIO = 1.5;
const TARGET_TWO_PROCESS_FACTOR = 1.8;
const STEPS = quick ? [50, 100] : [250, 500, 750, 1_000, 1_250, 1_500];
/** Two processes ramp further, one step past the first whose p99 misses the target. */
const TWO_PROCESS_STEPS = quick ? [100] : [250, 500, 750, 1_000, 1_500, 2_000, 2_500, 3_000];
const WINDOW_MS = quick ? 10_000 : 20_000;
/** After devices are added, before measuring: their first edits and presence settle. */
const SETTLE_MS = quick ? 2_000 : 4_000;
/** After a window, for edits still on their way. */
const GRACE_MS = 1_500;
const OPEN_TIMEOUT_MS = 60_000;
/** How long an edit may take to cross from one relay process to the other before Redis counts as missing. */
const CROSS_TIMEOUT_MS = 5_000;
const CLIENT_PROCESSES = 2;

const progress = (/** @type {string} */ message) =>
	process.stderr.write(`[bench:capacity] ${message}\n`);
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (/** @type {number} */ value) => Math.round(value * 10) / 10;
const load = () => loadavg().map((value) => Math.round(value * 100) / 100);
const describe = (/** @type {unknown} */ error) =>
	error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);

/** VmRSS of a process in MiB (Linux); null elsewhere. */
function rssMiBOf(/** @type {number} */ pid) {
	const memory = memoryOf(pid);
	return memory ? round(memory.rssKiB / 1024) : null;
}

/** Nearest-rank percentile of sorted values. */
function percentile(/** @type {number[]} */ sorted, /** @type {number} */ fraction) {
	if (sorted.length === 0) return null;
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
	return round(sorted[rank - 1] ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Child processes, all killed if this process ends first.

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
/** @type {Set<string>} */
const tempDirs = new Set();
process.once('exit', () => {
	for (const child of children) child.kill('SIGKILL');
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
process.once('SIGINT', () => process.exit(130));

function tempDir(/** @type {string} */ prefix) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	tempDirs.add(dir);
	return dir;
}

/**
 * Request and answer over a forked child's IPC channel; answers carry the request's id.
 * @typedef {{ child: import('node:child_process').ChildProcess, ask: (message: object, timeoutMs?: number) => Promise<any> }} Channel
 */
function channel(/** @type {import('node:child_process').ChildProcess} */ child) {
	let next = 1;
	/** @type {Map<number, (answer: any) => void>} */
	const waiting = new Map();
	child.on('message', (/** @type {any} */ message) => {
		if (typeof message?.id !== 'number') return;
		waiting.get(message.id)?.(message);
		waiting.delete(message.id);
	});
	/** @type {Channel['ask']} */
	const ask = (message, timeoutMs = 30_000) =>
		new Promise((resolve, reject) => {
			const id = next++;
			const timer = setTimeout(() => {
				waiting.delete(id);
				reject(new Error(`no answer to ${JSON.stringify(message).slice(0, 40)}`));
			}, timeoutMs);
			waiting.set(id, (answer) => {
				clearTimeout(timer);
				if (answer.error) reject(new Error(answer.error));
				else resolve(answer);
			});
			child.send({ ...message, id });
		});
	return { child, ask };
}

/**
 * A server process under test.
 * @typedef {{ name: string, url: string, pid: number, channel: Channel, problems: string[] }} Server
 */

/** Canal's relay, started as `npm run relay` starts it, through the reporting wrapper. */
async function startRelay(/** @type {Record<string, string>} */ env, /** @type {string} */ name) {
	const child = fork(join(here, 'capacity-relay.js'), [], {
		cwd: root,
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CANAL_TRUST_PROXY: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe', 'ipc']
	});
	children.add(child);
	/** @type {string[]} */
	const problems = [];
	const stderr = createInterface({
		input: /** @type {import('node:stream').Readable} */ (child.stderr)
	});
	stderr.on('line', (line) => problems.length < 5 && problems.push(line.slice(0, 300)));
	const port = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 60_000);
		child.once('exit', (code) =>
			reject(new Error(`${name} exited (${code}): ${problems[0] ?? ''}`))
		);
		const lines = createInterface({
			input: /** @type {import('node:stream').Readable} */ (child.stdout)
		});
		lines.on('line', (line) => {
			/** @type {any} */
			let entry;
			try {
				entry = JSON.parse(line);
			} catch {
				return;
			}
			if (entry.event === 'start') {
				clearTimeout(timer);
				resolve(entry.port);
			} else if ((entry.level === 'warn' || entry.level === 'error') && problems.length < 5) {
				problems.push(line.slice(0, 300));
			}
		});
	});
	return /** @type {Server} */ ({
		name,
		url: `ws://127.0.0.1:${port}/sync`,
		pid: /** @type {number} */ (child.pid),
		channel: channel(child),
		problems
	});
}

/** A bare Hocuspocus server in its own process. */
async function startBare() {
	const child = fork(join(here, 'capacity-bare.js'), [], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit', 'ipc']
	});
	children.add(child);
	const port = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the bare server did not start')), 30_000);
		child.on('message', (/** @type {any} */ message) => {
			if (message?.type !== 'listening') return;
			clearTimeout(timer);
			resolve(message.port);
		});
	});
	return /** @type {Server} */ ({
		name: 'bare Hocuspocus',
		url: `ws://127.0.0.1:${port}/sync`,
		pid: /** @type {number} */ (child.pid),
		channel: channel(child),
		problems: []
	});
}

async function stop(/** @type {import('node:child_process').ChildProcess} */ child) {
	if (child.exitCode !== null || child.signalCode !== null) return children.delete(child);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
	children.delete(child);
}

/** The simulated devices' processes, each with the app's sync code loaded through tsx. */
function startClients() {
	return Promise.all(
		Array.from({ length: CLIENT_PROCESSES }, async () => {
			const child = fork(join(here, 'capacity-clients.ts'), [], {
				cwd: root,
				execArgv: ['--import', 'tsx', '--max-old-space-size=8192'],
				stdio: ['ignore', 'inherit', 'inherit', 'ipc']
			});
			children.add(child);
			await new Promise((resolve, reject) => {
				child.once('exit', (code) => reject(new Error(`client process exited (${code})`)));
				child.on(
					'message',
					(/** @type {any} */ message) => message?.type === 'ready' && resolve(null)
				);
			});
			return channel(child);
		})
	);
}

async function closeClients(/** @type {Channel[]} */ clients) {
	await Promise.all(
		clients.map(async ({ child, ask }) => {
			await ask({ type: 'close' }, 30_000).catch(() => {});
			await stop(child);
		})
	);
}

/**
 * The server's event-loop delay since the last ask (null when it did not answer within 30 s: a
 * loop blocked that long says enough, and the step's other figures still count).
 */
async function eventLoopOf(/** @type {Server} */ server) {
	try {
		const answer = await server.channel.ask({ type: 'loop' }, 30_000);
		return { p50Ms: answer.p50Ms, p99Ms: answer.p99Ms, maxMs: answer.maxMs };
	} catch {
		return { p50Ms: null, p99Ms: null, maxMs: null };
	}
}

// ---------------------------------------------------------------------------------------------
// Ramps

/**
 * Adds rooms until `devices` are open (spread over the client processes, room by room), lets them
 * settle, then measures one window.
 * @param {{ servers: Server[], clients: Channel[], urls: string[], state: { rooms: number } }} setup
 * @param {number} devices
 */
async function step(setup, devices) {
	const { servers, clients, urls, state } = setup;
	const wanted = Math.ceil(devices / DEVICES_PER_ROOM);
	const adding = wanted - state.rooms;
	const openStart = performance.now();
	if (adding > 0) {
		const shares = clients.map(
			(_, index) => Math.floor(adding / clients.length) + (index < adding % clients.length ? 1 : 0)
		);
		let firstRoom = state.rooms;
		const opening = shares.map((rooms, index) => {
			const command = {
				type: 'open',
				urls,
				firstRoom,
				rooms,
				devicesPerRoom: DEVICES_PER_ROOM,
				editIntervalMs: EDIT_INTERVAL_MS,
				openTimeoutMs: OPEN_TIMEOUT_MS
			};
			firstRoom += rooms;
			return rooms > 0 ? clients[index]?.ask(command, OPEN_TIMEOUT_MS * (rooms + 2)) : null;
		});
		state.rooms = wanted;
		await Promise.all(opening);
	}
	const openMs = Math.round(performance.now() - openStart);
	await sleep(SETTLE_MS);
	// Reset every histogram and counter at the window's start.
	await Promise.all(servers.map(eventLoopOf));
	const cpuStart = servers.map((server) => cpuMsOf(server.pid));
	const peakRss = servers.map((server) => rssMiBOf(server.pid) ?? 0);
	const sampler = setInterval(() => {
		servers.forEach((server, index) => {
			peakRss[index] = Math.max(peakRss[index] ?? 0, rssMiBOf(server.pid) ?? 0);
		});
	}, 500);
	const wallStart = performance.now();
	await Promise.all(clients.map(({ ask }) => ask({ type: 'window' })));
	await sleep(WINDOW_MS);
	const wallMs = performance.now() - wallStart;
	const serverFigures = await Promise.all(
		servers.map(async (server, index) => {
			const cpuEnd = cpuMsOf(server.pid);
			const start = cpuStart[index];
			const cpuMs =
				cpuEnd === null || start === null || start === undefined ? null : cpuEnd - start;
			return {
				name: server.name,
				/** Of one core, over the window. */
				cpuPercent: cpuMs === null ? null : round((cpuMs / wallMs) * 100),
				rssMiB: rssMiBOf(server.pid),
				peakRssMiB: peakRss[index] ?? null,
				eventLoopDelayMs: await eventLoopOf(server)
			};
		})
	);
	clearInterval(sampler);
	const answers = await Promise.all(
		clients.map(({ ask }) => ask({ type: 'collect', graceMs: GRACE_MS }, 60_000))
	);
	const latencies = answers.flatMap((answer) => answer.latencies).sort((a, b) => a - b);
	const sum = (/** @type {string} */ key) =>
		answers.reduce((total, answer) => total + Number(answer[key] ?? 0), 0);
	const expected = sum('expectedDeliveries');
	const cpuPercent = serverFigures.reduce((total, figure) => total + (figure.cpuPercent ?? 0), 0);
	return {
		devices: sum('devices'),
		rooms: state.rooms,
		openMs,
		windowMs: Math.round(wallMs),
		edits: sum('edits'),
		latencyMs: {
			count: latencies.length,
			p50: percentile(latencies, 0.5),
			p99: percentile(latencies, 0.99),
			max: latencies.length ? round(latencies[latencies.length - 1] ?? 0) : null
		},
		/** Arrivals the receivers never saw within the window plus GRACE_MS. */
		missingDeliveries: expected - sum('deliveries'),
		refusedRooms: sum('refusedRooms'),
		/** Every server process together (one, or two with Redis), of one core. */
		serverCpuPercent: round(cpuPercent),
		servers: serverFigures,
		clients: answers.map((answer) => ({
			devices: answer.devices,
			cpuPercent: answer.cpuPercent,
			eventLoopDelayP99Ms: answer.eventLoopDelayP99Ms,
			eventLoopDelayMaxMs: answer.eventLoopDelayMaxMs,
			rssMiB: answer.rssMiB
		})),
		loadAverage: load()
	};
}

/**
 * Steps through `steps` against servers already running; stops at the first step that fails (and
 * with `stopAfterMiss`, one step after the first whose p99 misses the target).
 * @param {string} label
 * @param {{ servers: Server[], clients: Channel[], urls: string[], state: { rooms: number } }} setup
 * @param {number[]} steps
 * @param {boolean} [stopAfterMiss]
 */
async function ramp(label, setup, steps, stopAfterMiss = false) {
	/** @type {Record<string, any>[]} */
	const results = [];
	let misses = 0;
	for (const devices of steps) {
		progress(`${label}: ${devices} devices`);
		try {
			const result = await step(setup, devices);
			results.push(result);
			progress(
				`${label}: ${result.devices} devices: p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ` +
					`server CPU ${result.serverCpuPercent} %, clients' loop p99 ${result.clients.map((client) => client.eventLoopDelayP99Ms).join('/')} ms, load ${result.loadAverage[0]}`
			);
			if ((result.latencyMs.p99 ?? Infinity) > TARGET_P99_MS) misses++;
			if (stopAfterMiss && misses >= 2) break;
		} catch (error) {
			results.push({ devices, error: describe(error), loadAverage: load() });
			progress(`${label}: ${devices} devices failed: ${describe(error)}`);
			break;
		}
	}
	return results;
}

/** The first step whose p99 passes the target, and the most devices measured within it. */
function verdict(/** @type {Record<string, any>[]} */ steps) {
	const measured = steps.filter((result) => result.latencyMs);
	const over = measured.find((result) => (result.latencyMs.p99 ?? Infinity) > TARGET_P99_MS);
	const within = measured.filter((result) => (result.latencyMs.p99 ?? Infinity) <= TARGET_P99_MS);
	return {
		p99Over50MsAtDevices: over?.devices ?? null,
		mostDevicesWithinTarget: within.length ? Math.max(...within.map((result) => result.devices)) : 0
	};
}

/** @returns {Promise<Record<string, any>>} */
async function onePhase(/** @type {'canal' | 'bare'} */ target) {
	const label = target === 'canal' ? 'one relay process' : 'bare Hocuspocus';
	progress(`${label}: starting`);
	/** @type {Server[]} */
	const servers = [];
	/** @type {Channel[]} */
	let clients = [];
	try {
		servers.push(
			target === 'canal'
				? await startRelay({ CANAL_DATA_DIR: tempDir('canal-capacity-') }, 'relay')
				: await startBare()
		);
		clients = await startClients();
		const steps = await ramp(
			label,
			{ servers, clients, urls: servers.map((server) => server.url), state: { rooms: 0 } },
			STEPS
		);
		return { steps, ...verdict(steps), problems: servers.flatMap((server) => server.problems) };
	} catch (error) {
		return { error: describe(error) };
	} finally {
		await closeClients(clients);
		for (const server of servers) await stop(server.channel.child);
	}
}

/** A redis-server on a free port, in a temporary directory, storing nothing. */
async function startRedis() {
	const binary = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(executable);
	if (!binary && !installDebianPackages(['redis-server'])) return null;
	const path = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(executable);
	if (!path) return null;
	const port = freePort();
	const dir = tempDir('canal-capacity-redis-');
	const child = spawn(
		path,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no'
		],
		{ stdio: 'ignore' }
	);
	children.add(child);
	const deadline = Date.now() + 15_000;
	for (;;) {
		const up = await new Promise((resolve) => {
			const socket = createConnection({ port, host: '127.0.0.1' });
			socket.once('connect', () => {
				socket.end();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (up) break;
		if (Date.now() > deadline) throw new Error('redis-server did not start');
		await sleep(100);
	}
	return { child, url: `redis://127.0.0.1:${port}` };
}

/** @returns {Promise<Record<string, any>>} */
async function twoProcessPhase() {
	progress('two relay processes: starting Redis');
	const redis = await startRedis();
	if (!redis) return { skipped: 'redis-server is not installed and could not be installed' };
	/** @type {Server[]} */
	const servers = [];
	/** @type {Channel[]} */
	let clients = [];
	try {
		const env = { CANAL_DATA_DIR: tempDir('canal-capacity-two-'), CANAL_REDIS_URL: redis.url };
		servers.push(await startRelay(env, 'relay 1'), await startRelay(env, 'relay 2'));
		clients = await startClients();
		const urls = servers.map((server) => server.url);
		const setup = { servers, clients, urls, state: { rooms: 0 } };
		// One room spread over both relays: does an edit made on one reach the other?
		const first = clients[0];
		if (!first) throw new Error('no client process');
		const probeRoom = {
			type: 'open',
			urls,
			firstRoom: 0,
			rooms: 1,
			devicesPerRoom: DEVICES_PER_ROOM,
			editIntervalMs: EDIT_INTERVAL_MS,
			openTimeoutMs: CROSS_TIMEOUT_MS
		};
		let crossing = null;
		let failure = '';
		try {
			await first.ask(probeRoom, CROSS_TIMEOUT_MS * 3);
			setup.state.rooms = 1;
			crossing = await first.ask({ type: 'probe', timeoutMs: CROSS_TIMEOUT_MS }, 30_000);
		} catch (error) {
			failure = `a room spread over both did not open: ${describe(error)}`;
			progress(`two relay processes: ${failure}`);
		}
		if (!crossing?.crossed) {
			return {
				skipped: 'relay without Redis support',
				detail:
					failure ||
					`an edit on one relay process did not reach a device on the other within ${CROSS_TIMEOUT_MS} ms`
			};
		}
		const steps = await ramp('two relay processes', setup, TWO_PROCESS_STEPS, true);
		return {
			crossMs: crossing.ms,
			steps,
			...verdict(steps),
			problems: servers.flatMap((server) => server.problems)
		};
	} catch (error) {
		return { error: describe(error) };
	} finally {
		await closeClients(clients);
		for (const server of servers) await stop(server.channel.child);
		await stop(redis.child);
	}
}

async function main() {
	const startedAt = new Date();
	const start = performance.now();
	const machine = {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? null,
		totalMemMiB: Math.round(totalmem() / 1024 / 1024),
		node: process.version,
		loadAverageStart: load(),
		/** @type {number[] | null} */
		loadAverageEnd: null
	};
	progress(
		`${quick ? 'quick' : 'full'} run: steps ${STEPS.join(', ')}, ${WINDOW_MS / 1000} s each`
	);
	const oneProcess = await onePhase('canal');
	const bare = await onePhase('bare');
	const twoProcesses = await twoProcessPhase();
	machine.loadAverageEnd = load();
	/** @type {(phase: Record<string, any>, devices: number) => Record<string, any> | undefined} */
	const at = (phase, devices) =>
		phase.steps?.find(
			(/** @type {any} */ result) => result.devices === devices && result.latencyMs
		);
	const cpuRatio = STEPS.map((devices) => {
		const canal = at(oneProcess, devices)?.serverCpuPercent;
		const baseline = at(bare, devices)?.serverCpuPercent;
		return {
			devices,
			canalCpuPercent: canal ?? null,
			bareCpuPercent: baseline ?? null,
			ratio: canal && baseline ? Math.round((canal / baseline) * 100) / 100 : null
		};
	});
	const oneMost = /** @type {number} */ (oneProcess.mostDevicesWithinTarget ?? 0);
	const twoMost = /** @type {number | undefined} */ (
		'mostDevicesWithinTarget' in twoProcesses ? twoProcesses.mostDevicesWithinTarget : undefined
	);
	const summary = {
		targets: {
			p99Ms: TARGET_P99_MS,
			devicesOnOneProcess: TARGET_DEVICES,
			cpuRatioToBare: TARGET_CPU_RATIO,
			twoProcessFactor: TARGET_TWO_PROCESS_FACTOR
		},
		steps: STEPS.map((devices) => {
			const canal = at(oneProcess, devices);
			const baseline = at(bare, devices);
			return {
				devices,
				p50Ms: canal?.latencyMs.p50 ?? null,
				p99Ms: canal?.latencyMs.p99 ?? null,
				relayCpuPercent: canal?.serverCpuPercent ?? null,
				relayRssMiB: canal?.servers[0]?.rssMiB ?? null,
				relayEventLoopP99Ms: canal?.servers[0]?.eventLoopDelayMs.p99Ms ?? null,
				clientEventLoopP99Ms:
					canal?.clients.map((/** @type {any} */ c) => c.eventLoopDelayP99Ms) ?? null,
				bareP99Ms: baseline?.latencyMs.p99 ?? null,
				bareCpuPercent: baseline?.serverCpuPercent ?? null,
				cpuRatio: cpuRatio.find((entry) => entry.devices === devices)?.ratio ?? null,
				loadAverage: canal?.loadAverage ?? null
			};
		}),
		p99Over50MsAtDevices: oneProcess.p99Over50MsAtDevices ?? null,
		bareP99Over50MsAtDevices: bare.p99Over50MsAtDevices ?? null,
		mostDevicesWithinTargetOneProcess: oneMost,
		meetsDeviceTarget: oneMost >= TARGET_DEVICES,
		worstCpuRatio: Math.max(...cpuRatio.map((entry) => entry.ratio ?? 0)) || null,
		meetsCpuRatioTarget: cpuRatio.every(
			(entry) => entry.ratio !== null && entry.ratio <= TARGET_CPU_RATIO
		),
		twoProcesses:
			'skipped' in twoProcesses
				? { skipped: twoProcesses.skipped }
				: 'error' in twoProcesses
					? { error: twoProcesses.error }
					: {
							mostDevicesWithinTarget: twoMost ?? 0,
							factor: oneMost && twoMost ? Math.round((twoMost / oneMost) * 100) / 100 : null,
							meetsTarget: !!oneMost && !!twoMost && twoMost >= TARGET_TWO_PROCESS_FACTOR * oneMost
						},
		errors: [
			['oneProcess', oneProcess],
			['bare', bare],
			['twoProcesses', twoProcesses]
		].flatMap(([name, phase]) => {
			const failed = /** @type {Record<string, any>} */ (phase).steps?.find(
				(/** @type {any} */ s) => s.error
			);
			const error = /** @type {Record<string, any>} */ (phase).error ?? failed?.error;
			return error ? [`${name}: ${error}`] : [];
		}),
		loadAverage: { start: machine.loadAverageStart, end: machine.loadAverageEnd }
	};
	return {
		benchmark: 'capacity',
		quick,
		startedAt: startedAt.toISOString(),
		durationMs: Math.round(performance.now() - start),
		machine,
		setup: {
			devicesPerRoom: DEVICES_PER_ROOM,
			documentsPerDevice: 'plan (with presence), facilitation, own ballot — one socket',
			plan: 'reference workshop (tests/factories/workshop.ts)',
			editEveryMs: EDIT_INTERVAL_MS,
			windowMs: WINDOW_MS,
			clientProcesses: CLIENT_PROCESSES,
			note: 'Relay CPU is of one core, from /proc/<pid>/stat over each window. Client and server processes share this machine: read the clients\u2019 event-loop delay and the load average before reading a latency as the relay\u2019s.'
		},
		summary,
		oneProcess,
		bare,
		twoProcesses
	};
}

function write(/** @type {Record<string, unknown>} */ report) {
	const json = JSON.stringify(report, null, '\t');
	mkdirSync(artifacts, { recursive: true });
	writeFileSync(join(artifacts, 'capacity.json'), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

try {
	write(await main());
} catch (error) {
	write({ benchmark: 'capacity', quick, error: describe(error) });
}
process.exit(0);
