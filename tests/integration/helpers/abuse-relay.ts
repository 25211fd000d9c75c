import type { Relay } from '../../../src/lib/server/relay/create-relay';
import type { RelayLimits } from '../../../src/lib/server/relay/relay-config';
import type { RelayLogEntry } from '../../../src/lib/server/relay/relay-log';
import { startRelay } from './relay-harness';

const keptLines = 200;

export interface AbuseRelay {
	relay: Relay;
	url: string;
	httpUrl: string;
	/** Log lines counted by `event` or `event:reason`; counting keeps the heap flat. */
	counts: Map<string, number>;
	/** The last few lines, to explain a failure. */
	recent: RelayLogEntry[];
	count(key: string): number;
	stop(): Promise<void>;
}

/**
 * A relay in this process, like the app server runs it, whose log is counted rather than kept:
 * thousands of connections must not grow the heap through the test's own bookkeeping.
 */
export async function startAbuseRelay(
	dataDir: string,
	limits: Partial<RelayLimits>
): Promise<AbuseRelay> {
	const counts = new Map<string, number>();
	const recent: RelayLogEntry[] = [];
	const running = await startRelay(dataDir, limits, {
		log(entry) {
			const keys = [entry.event, ...(entry.reason ? [`${entry.event}:${entry.reason}`] : [])];
			for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
			recent.push(entry);
			if (recent.length > keptLines) recent.shift();
		}
	});
	let stopped: Promise<void> | null = null;
	return {
		relay: running.relay,
		url: running.url,
		httpUrl: running.httpUrl,
		counts,
		recent,
		count: (key) => counts.get(key) ?? 0,
		stop() {
			stopped ??= running.stop();
			return stopped;
		}
	};
}
