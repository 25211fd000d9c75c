import { resolve } from 'node:path';
import type { RELAY_LIMITS } from '../../sync/protocol';
import type { RelayLog } from './relay-log';

/** The app connects to `ws(s)://<its own origin>/sync`. */
export const SYNC_PATH = '/sync';

export type RelayLimits = { -readonly [Key in keyof typeof RELAY_LIMITS]: number };

export interface RelayConfig {
	/** Holds `canal.sqlite`; created on first start. */
	dataDir: string;
	/** Tests and benchmarks tighten or loosen limits; production uses RELAY_LIMITS. */
	limits?: Partial<RelayLimits>;
	/** How often silent peers are pinged, and cut off when they did not answer the last ping. */
	heartbeatMs?: number;
	/** Take the client address from X-Forwarded-For (set by a reverse proxy in front). */
	trustProxy?: boolean;
	log?: RelayLog;
}

export function relayConfigFromEnv(env: NodeJS.ProcessEnv): RelayConfig {
	// A venue where everyone shares one public address may need more connections per minute.
	const perIp = Number(env.CANAL_CONNECTIONS_PER_MINUTE_PER_IP);
	return {
		dataDir: resolve(env.CANAL_DATA_DIR || './data'),
		trustProxy: env.CANAL_TRUST_PROXY === '1' || env.CANAL_TRUST_PROXY === 'true',
		...(Number.isInteger(perIp) && perIp > 0
			? { limits: { connectionsPerMinutePerIp: perIp } }
			: {})
	};
}
