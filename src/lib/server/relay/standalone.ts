import { openRelay, type Relay } from './create-relay';
import { describeStorage, relayConfigFromEnv, type RelayConfig } from './relay-config';
import { errorMessage } from '../../domain/error-message';
import { jsonLineLog as log } from './relay-log';
import { createRelayServer } from './relay-server';
import { scaleOutFor } from './scale-out';

// `npm run relay`: the relay alone, for people who host the static app somewhere else.

const defaultPort = 3001;
/** A client that never answers our close frame must not hold the process past this. */
const shutdownGraceMs = 10_000;

function readPort(value: string | undefined): number {
	if (value === undefined || value === '') return defaultPort;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > 65_535) {
		throw new Error(`PORT must be an integer between 0 and 65535, got "${value}".`);
	}
	return port;
}

const host = process.env.HOST ?? '0.0.0.0';
let config: RelayConfig;
let port: number;
let relay: Relay;
try {
	config = relayConfigFromEnv(process.env);
	port = readPort(process.env.PORT);
	const scaleOut = await scaleOutFor(config, log);
	relay = await openRelay({ ...config, log, ...(scaleOut ? { scaleOut } : {}) });
} catch (error) {
	log({ level: 'error', event: 'bad-config', message: errorMessage(error) });
	process.exit(1);
}

const server = createRelayServer(relay);

server.once('error', (error: NodeJS.ErrnoException) => {
	log({ level: 'error', event: 'listen-failed', host, port, code: error.code });
	process.exit(1);
});

server.listen(port, host, () => {
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	// The bound port matters with PORT=0: whoever started us reads it from this line.
	log({
		level: 'info',
		event: 'start',
		host,
		port: boundPort,
		path: '/sync',
		dataDir: config.dataDir,
		storage: describeStorage(config),
		pid: process.pid
	});
});

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
	if (stopping) return;
	stopping = true;
	log({ level: 'info', event: 'stopping', signal });
	setTimeout(() => {
		log({ level: 'warn', event: 'stop-timeout', afterMs: shutdownGraceMs });
		process.exit(1);
	}, shutdownGraceMs).unref();
	server.close();
	relay
		.close()
		.then(() => {
			log({ level: 'info', event: 'stop', signal });
			process.exit(0);
		})
		.catch((error: unknown) => {
			log({ level: 'error', event: 'stop-failed', signal, message: errorMessage(error) });
			process.exit(1);
		});
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
