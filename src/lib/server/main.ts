import { fileURLToPath } from 'node:url';
import { createAppServer, type LogEntry } from './app-server';
import { openRelay, type Relay } from './relay/create-relay';
import {
	describeStorage,
	relayConfigFromEnv,
	SYNC_PATH,
	type RelayConfig
} from './relay/relay-config';
import { attachRelay, healthReply } from './relay/relay-server';
import { scaleOutFor } from './relay/scale-out';

/**
 * One JSON object per line, so logs stay machine-readable when a process manager collects them.
 * Written to the streams, not through `console` (see jsonLineLog).
 */
function log(entry: LogEntry): void {
	const line = `${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`;
	if (entry.level === 'info') process.stdout.write(line);
	else process.stderr.write(line);
}

function readPort(value: string | undefined): number {
	if (value === undefined || value === '') return 3000;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > 65_535) {
		throw new Error(`PORT must be an integer between 0 and 65535, got "${value}".`);
	}
	return port;
}

/** A wildcard bind address is not something a browser can open. */
function displayHost(host: string): string {
	if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
	return host.includes(':') ? `[${host}]` : host;
}

/** Keep-alive sockets would hold `close()` open forever; past this, exit anyway. */
const shutdownGraceMs = 10_000;

const host = process.env.HOST ?? '0.0.0.0';
let port: number;
try {
	port = readPort(process.env.PORT);
} catch (error) {
	log({ level: 'error', event: 'bad-config', message: (error as Error).message });
	process.exit(1);
}
const buildDir = fileURLToPath(new URL('../../../build', import.meta.url));
let relayConfig: RelayConfig;
let relay: Relay;
try {
	relayConfig = relayConfigFromEnv(process.env);
	const scaleOut = await scaleOutFor(relayConfig, log);
	relay = await openRelay({ ...relayConfig, log, ...(scaleOut ? { scaleOut } : {}) });
} catch (error) {
	log({ level: 'error', event: 'relay-failed', message: (error as Error).message });
	process.exit(1);
}

const server = createAppServer({ buildDir, log, health: (path) => healthReply(path, relay) });
// Same process and port as the app, so the app it serves finds its relay at its own origin.
attachRelay(server, relay);

server.once('error', (error: NodeJS.ErrnoException) => {
	log({
		level: 'error',
		event: 'listen-failed',
		host,
		port,
		code: error.code,
		message: error.message
	});
	process.exit(1);
});

server.listen(port, host, () => {
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	const url = `http://${displayHost(host)}:${boundPort}`;
	log({
		level: 'info',
		event: 'start',
		url,
		host,
		port: boundPort,
		buildDir,
		relay: SYNC_PATH,
		dataDir: relayConfig.dataDir,
		storage: describeStorage(relayConfig),
		pid: process.pid
	});
	console.log(`Canal is running at ${url}`);
});

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
	if (stopping) return;
	stopping = true;
	log({ level: 'info', event: 'stopping', signal });
	const forceExit = setTimeout(() => {
		log({ level: 'warn', event: 'stop-timeout', afterMs: shutdownGraceMs });
		process.exit(0);
	}, shutdownGraceMs);
	forceExit.unref();
	let exitCode = 0;
	// Pending stores first: the relay's sockets are closed (and its documents stored) before the
	// HTTP server can finish closing.
	const relayClosed = relay.close().catch((error: unknown) => {
		exitCode = 1;
		log({ level: 'error', event: 'relay-stop-failed', message: (error as Error).message });
	});
	server.close(() => {
		void relayClosed.then(() => {
			log({ level: 'info', event: 'stop', signal });
			process.exit(exitCode);
		});
	});
	server.closeIdleConnections();
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
