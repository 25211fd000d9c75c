import type { Refusal, Role } from './protocol';
import type { SyncStatus } from './status';

/** What a relay connection knows at a moment; `syncStatus` turns it into the one status shown. */
export interface SyncFacts {
	online: boolean;
	socket: 'connecting' | 'connected' | 'disconnected';
	/** The first full sync with the relay has completed on this connection. */
	synced: boolean;
	unsynced: number;
	refused: string | null;
	/** Which of the relay's known refusals that was, when it was one. */
	refusal?: Refusal | null;
	role: Role;
	/** When the connection was last lost (or first attempted) and not re-established since. */
	downSince: number | null;
	now: number;
}

/** After this long without a connection while the browser is online, the relay is "unreachable". */
export const UNREACHABLE_AFTER_MS = 8_000;

export function syncStatus(facts: SyncFacts): SyncStatus {
	if (facts.refused !== null)
		return facts.refusal
			? { kind: 'refused', reason: facts.refused, refusal: facts.refusal }
			: { kind: 'refused', reason: facts.refused };
	if (!facts.online) return { kind: 'offline', unsynced: facts.unsynced };
	if (facts.socket !== 'connected' || !facts.synced) {
		const down = facts.downSince !== null && facts.now - facts.downSince >= UNREACHABLE_AFTER_MS;
		return down
			? { kind: 'unreachable', unsynced: facts.unsynced, since: facts.downSince as number }
			: { kind: 'connecting', unsynced: facts.unsynced };
	}
	if (facts.role === 'observer') return { kind: 'read-only' };
	if (facts.unsynced > 0) return { kind: 'unsynced', count: facts.unsynced };
	return { kind: 'synced' };
}
