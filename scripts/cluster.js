#!/usr/bin/env node
// `npm run cluster`: Canal as it runs for many teams, on this machine. Debian's redis-server and
// haproxy (installed when missing, as root on Debian) on free ports, two relay processes sharing
// one SQLite file and Redis, and the app, behind one address printed on stdout. Config and data
// live in a temporary folder, removed again on Ctrl-C. `startCluster` is the same for tests.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureDebianCommands } from './debian.js';
import { freePort } from './free-port.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const startTimeoutMs = 60_000;
/** The app builds first when its sources are newer than build/: minutes on a busy machine. */
const appStartTimeoutMs = 600_000;

/**
 * @typedef {object} Service
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} port
 * @property {Promise<void>} exited
 */

/**
 * Spawns a process and resolves once a line of its output says it is ready.
 * @param {string} name for messages
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, ready: (line: string) => boolean, port: number, onLine?: (line: string) => void, timeoutMs?: number }} options
 * @returns {Promise<Service>}
 */
function startService(
	name,
	command,
	args,
	{ env, ready, port, onLine, timeoutMs = startTimeoutMs }
) {
	const child = spawn(command, args, {
		cwd: root,
		env: env ?? process.env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
	const output = /** @type {string[]} */ ([]);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${name} did not start:\n${output.slice(-20).join('\n')}`));
		}, timeoutMs);
		let started = false;
		const read = (/** @type {string} */ line) => {
			output.push(line);
			if (output.length > 200) output.shift();
			onLine?.(line);
			if (!started && ready(line)) {
				started = true;
				clearTimeout(timer);
				resolve({ child, port, exited: exited.then(() => undefined) });
			}
		};
		createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }).on(
			'line',
			read
		);
		createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stderr) }).on(
			'line',
			read
		);
		void exited.then(() => {
			if (started) return;
			clearTimeout(timer);
			reject(new Error(`${name} exited before it started:\n${output.slice(-20).join('\n')}`));
		});
	});
}

/**
 * Resolves once something accepts TCP connections on the port.
 * @param {number} port
 */
async function listening(port) {
	const deadline = Date.now() + startTimeoutMs;
	for (;;) {
		const open = await new Promise((resolve) => {
			const socket = connect(port, '127.0.0.1', () => {
				socket.destroy();
				resolve(true);
			});
			socket.on('error', () => resolve(false));
		});
		if (open) return;
		if (Date.now() > deadline) throw new Error(`nothing listens on port ${port}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/**
 * The proxy: `/sync` to the relays, hashed on the room (the app opens `/sync?room=<id>`, so a
 * room's devices meet on one relay and Redis only carries what crosses processes; a URL without
 * it is balanced round robin), health checks on `/readyz`; anything else to the app.
 * @param {{ port: number, relays: number[], app: number | null }} ports
 */
export function haproxyConfig({ port, relays, app }) {
	return `global
	maxconn 4096

defaults
	mode http
	option forwardfor
	timeout connect 2s
	timeout client 60s
	timeout server 60s
	# An open WebSocket is a tunnel: idle workshops keep theirs open (the relay pings).
	timeout tunnel 1h
	# A relay that died: try the connection again, on another relay.
	retries 3
	option redispatch

frontend canal
	bind 127.0.0.1:${port}
	acl sync path /sync
	use_backend relays if sync
${app === null ? '' : '\tdefault_backend app\n'}
backend relays
	balance url_param room
	hash-type consistent
	option httpchk GET /readyz
	http-check expect status 200
	default-server inter 500ms fall 2 rise 2
${relays.map((relay, index) => `\tserver relay${index + 1} 127.0.0.1:${relay} check`).join('\n')}
${app === null ? '' : `\nbackend app\n\tserver app 127.0.0.1:${app} check\n`}`;
}

/**
 * @typedef {object} Cluster
 * @property {string} url the one address (http://127.0.0.1:<port>)
 * @property {string} syncUrl its relay WebSocket (ws://127.0.0.1:<port>/sync)
 * @property {string} redisUrl
 * @property {string} dataDir the relays' shared data folder
 * @property {{ port: number, url: string, child: import('node:child_process').ChildProcess, exited: Promise<void>, lines: string[] }[]} relays
 * @property {(index: number) => Promise<void>} killRelay kill -9 of one relay
 * @property {() => Promise<void>} stopRedis
 * @property {() => Promise<void>} startRedis again, on the same port
 * @property {() => Promise<void>} stop everything, and the temporary folder goes
 */

/**
 * Starts Redis, the relays, the app (unless `app: false`) and haproxy in front of them.
 * `prepareData` runs on the relays' data folder before they start (tests arm an audit there).
 * @param {{ relays?: number, app?: boolean, env?: Record<string, string>, prepareData?: (dataDir: string) => void }} [options]
 * @returns {Promise<Cluster>}
 */
export async function startCluster(options = {}) {
	const tools = ensureDebianCommands(
		{ 'redis-server': 'redis-server', haproxy: 'haproxy' },
		'The cluster (npm run cluster and its tests) runs Redis and haproxy'
	);
	const folder = mkdtempSync(join(tmpdir(), 'canal-cluster-'));
	const dataDir = join(folder, 'data');
	const redisDir = join(folder, 'redis');
	mkdirSync(dataDir);
	mkdirSync(redisDir);
	/** @type {Service[]} */
	const services = [];
	let stopped = false;

	const redisPort = freePort();
	const redisUrl = `redis://127.0.0.1:${redisPort}`;
	/** @type {Service | null} */
	let redis = null;
	const startRedis = async () => {
		redis = await startService(
			'redis-server',
			tools['redis-server'],
			[
				'--port',
				String(redisPort),
				'--bind',
				'127.0.0.1',
				'--dir',
				redisDir,
				'--save',
				'',
				'--appendonly',
				'no'
			],
			{ ready: (line) => line.includes('Ready to accept connections'), port: redisPort }
		);
	};
	const stopRedis = async () => {
		if (!redis) return;
		const stopping = redis;
		redis = null;
		stopping.child.kill('SIGKILL');
		await stopping.exited;
	};

	const relayScript = join(root, 'scripts', 'relay.js');
	/** @type {Cluster['relays']} */
	const relays = [];
	try {
		options.prepareData?.(dataDir);
		await startRedis();
		const relayPorts = Array.from({ length: options.relays ?? 2 }, () => freePort());
		const started = await Promise.all(
			relayPorts.map(async (port) => {
				/** @type {string[]} */
				const lines = [];
				const service = await startService('relay', process.execPath, [relayScript], {
					env: {
						...process.env,
						...options.env,
						PORT: String(port),
						HOST: '127.0.0.1',
						CANAL_DATA_DIR: dataDir,
						CANAL_REDIS_URL: redisUrl,
						CANAL_TRUST_PROXY: '1'
					},
					port,
					ready: (line) => line.includes('"event":"start"'),
					onLine: (line) => lines.push(line)
				});
				services.push(service);
				return { ...service, url: `ws://127.0.0.1:${port}/sync`, lines };
			})
		);
		relays.push(...started);

		let appPort = null;
		if (options.app !== false) {
			appPort = freePort();
			const appDir = join(folder, 'app-data');
			const env = { ...process.env };
			delete env.CANAL_REDIS_URL;
			// The app's own relay gets no traffic (the proxy sends /sync to the relays), and a
			// folder of its own so its room expiry never touches the relays' rooms.
			process.stderr.write(
				'Starting the app (it builds first when build/ is older than the sources) ...\n'
			);
			const app = await startService('app', process.execPath, [join(root, 'scripts', 'start.js')], {
				env: { ...env, PORT: String(appPort), HOST: '127.0.0.1', CANAL_DATA_DIR: appDir },
				port: appPort,
				ready: (line) => line.includes('"event":"start"'),
				timeoutMs: appStartTimeoutMs
			});
			services.push(app);
		}

		const port = freePort();
		const config = join(folder, 'haproxy.cfg');
		writeFileSync(config, haproxyConfig({ port, relays: relayPorts, app: appPort }));
		const haproxy = spawn(tools.haproxy, ['-f', config, '-db'], {
			stdio: ['ignore', 'ignore', 'pipe']
		});
		const haproxyExited = new Promise((resolve) => haproxy.once('exit', () => resolve(undefined)));
		services.push({ child: haproxy, port, exited: haproxyExited.then(() => undefined) });
		await listening(port);

		const stop = async () => {
			if (stopped) return;
			stopped = true;
			for (const { child } of services) {
				if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			}
			await Promise.all(services.map(({ exited }) => exited));
			await stopRedis();
			rmSync(folder, { recursive: true, force: true });
		};
		return {
			url: `http://127.0.0.1:${port}`,
			syncUrl: `ws://127.0.0.1:${port}/sync`,
			redisUrl,
			dataDir,
			relays,
			async killRelay(index) {
				const relay = relays[index];
				if (!relay) throw new Error(`no relay ${index}`);
				relay.child.kill('SIGKILL');
				await relay.exited;
			},
			stopRedis,
			async startRedis() {
				if (!redis) await startRedis();
			},
			stop
		};
	} catch (error) {
		for (const { child } of services) child.kill('SIGKILL');
		await Promise.all(services.map(({ exited }) => exited));
		await stopRedis();
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const started = Date.now();
	const cluster = await startCluster();
	process.stdout.write(`${cluster.url}\n`);
	process.stderr.write(
		`Canal runs at ${cluster.url} (Redis ${cluster.redisUrl}, relays ${cluster.relays
			.map((relay) => relay.port)
			.join(
				' and '
			)}, data in ${cluster.dataDir}); started in ${Date.now() - started} ms. Ctrl-C stops it.\n`
	);
	const shutdown = () => {
		cluster.stop().then(
			() => process.exit(0),
			() => process.exit(1)
		);
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}
