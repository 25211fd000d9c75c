import { resolve } from 'node:path';
import type { RELAY_LIMITS } from '../../sync/protocol';
import type { RelayLog } from './relay-log';
import type { ScaleOut } from './scale-out';

/** The app connects to `ws(s)://<its own origin>/sync`. */
export const SYNC_PATH = '/sync';

export type RelayLimits = { -readonly [Key in keyof typeof RELAY_LIMITS]: number };

export interface RelayConfig {
	/** Holds `canal.sqlite`; created on first start. */
	dataDir: string;
	/**
	 * `postgres://…`: rooms, ballots and documents go to this PostgreSQL database instead of
	 * `canal.sqlite`, so several relays (on several hosts) can share them.
	 */
	databaseUrl?: string;
	/** Tests and benchmarks tighten or loosen limits; production uses RELAY_LIMITS. */
	limits?: Partial<RelayLimits>;
	/** How often silent peers are pinged, and cut off when they did not answer the last ping. */
	heartbeatMs?: number;
	/** Take the client address from X-Forwarded-For (set by a reverse proxy in front). */
	trustProxy?: boolean;
	/** When set, a new room is registered only by a token carrying this key (public hosts). */
	registrationKey?: string;
	/**
	 * Origins allowed to open `/sync` besides the relay's own host (`https://canal.example.org`).
	 * Requests without an Origin header (not from a browser) are allowed.
	 */
	allowedOrigins?: readonly string[];
	/**
	 * `redis://host:port`: relays share rooms through this Redis, so any process may serve any
	 * room. Unset, the relay is one process and loads nothing of Redis.
	 */
	redisUrl?: string;
	/** The connected scale-out for `redisUrl` (see scaleOutFor); made before the relay, as it is async. */
	scaleOut?: ScaleOut;
	log?: RelayLog;
}

/** Where the relay stores, for its start line: the database's address without its password. */
export function describeStorage(config: Pick<RelayConfig, 'dataDir' | 'databaseUrl'>): string {
	return config.databaseUrl ? describeDatabaseUrl(config.databaseUrl) : config.dataDir;
}

/** A database address without its password, for messages and logs. */
export function describeDatabaseUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'an unreadable URL';
	}
}

/** Environment variables that set a limit, each a positive integer. */
const LIMIT_VARIABLES: Partial<Record<keyof RelayLimits, string>> = {
	connectionsPerMinutePerIp: 'CANAL_CONNECTIONS_PER_MINUTE_PER_IP',
	socketsPerIp: 'CANAL_SOCKETS_PER_IP',
	registrationsPerHourPerIp: 'CANAL_REGISTRATIONS_PER_HOUR_PER_IP',
	maxRooms: 'CANAL_MAX_ROOMS',
	maxStorageBytes: 'CANAL_MAX_STORAGE_BYTES',
	unjoinedRoomDays: 'CANAL_UNJOINED_ROOM_DAYS'
};

export function relayConfigFromEnv(env: NodeJS.ProcessEnv): RelayConfig {
	const limits: Partial<RelayLimits> = {};
	for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof RelayLimits, string][]) {
		const raw = env[variable];
		if (raw === undefined || raw === '') continue;
		const value = Number(raw);
		if (!Number.isSafeInteger(value) || value <= 0) {
			throw new Error(`${variable} must be a positive whole number, not "${raw}".`);
		}
		limits[key] = value;
	}
	const origins = (env.CANAL_ALLOWED_ORIGINS ?? '')
		.split(',')
		.map((origin) => origin.trim())
		.filter(Boolean);
	const databaseUrl = env.CANAL_DATABASE_URL?.trim();
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		throw new Error('CANAL_DATABASE_URL must start with postgres:// (or postgresql://).');
	}
	return {
		dataDir: resolve(env.CANAL_DATA_DIR || './data'),
		...(databaseUrl ? { databaseUrl } : {}),
		trustProxy: env.CANAL_TRUST_PROXY === '1' || env.CANAL_TRUST_PROXY === 'true',
		...(env.CANAL_REGISTRATION_KEY ? { registrationKey: env.CANAL_REGISTRATION_KEY } : {}),
		...(origins.length > 0 ? { allowedOrigins: origins } : {}),
		...(env.CANAL_REDIS_URL ? { redisUrl: env.CANAL_REDIS_URL } : {}),
		...(Object.keys(limits).length > 0 ? { limits } : {})
	};
}
