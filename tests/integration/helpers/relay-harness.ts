import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRelay, type Relay } from '../../../src/lib/server/relay/create-relay';
import type { RelayConfig, RelayLimits } from '../../../src/lib/server/relay/relay-config';
import type { RelayLogEntry } from '../../../src/lib/server/relay/relay-log';
import { createRelayServer } from '../../../src/lib/server/relay/relay-server';
import { TestClient } from './test-client';

export function temporaryDataDir(): { path: string; remove(): void } {
	const path = mkdtempSync(join(tmpdir(), 'canal-relay-'));
	return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface RunningRelay {
	relay: Relay;
	dataDir: string;
	url: string;
	httpUrl: string;
	logs: RelayLogEntry[];
	connect(name: string, token: string): TestClient;
	/** Destroys this relay's clients, closes the relay and its HTTP server. */
	stop(): Promise<void>;
}

/**
 * A relay in this process on a free port of 127.0.0.1, like the app server runs it. Its log lines
 * are kept in `logs`, unless `options.log` takes them instead.
 */
export async function startRelay(
	dataDir: string,
	limits: Partial<RelayLimits> = {},
	options: Partial<Omit<RelayConfig, 'dataDir' | 'limits'>> = {}
): Promise<RunningRelay> {
	const logs: RelayLogEntry[] = [];
	const { log = (entry: RelayLogEntry) => logs.push(entry), ...rest } = options;
	const relay = await openRelay({ dataDir, limits, ...rest, log });
	const server = createRelayServer(relay);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const url = `ws://127.0.0.1:${port}/sync`;
	const clients: TestClient[] = [];
	return {
		relay,
		dataDir,
		url,
		httpUrl: `http://127.0.0.1:${port}`,
		logs,
		connect(name, token) {
			const client = new TestClient(url, name, token);
			clients.push(client);
			return client;
		},
		async stop() {
			for (const client of clients) client.destroy();
			await relay.close();
			await new Promise((resolve) => server.close(resolve));
		}
	};
}
