import type { Refusal } from './protocol';

/**
 * Where this device stands with the relay. One union, rendered by one component: every state a
 * person may need to act on has a name.
 */
export type SyncStatus =
	/** Not shared: the workshop lives on this device only. */
	| { kind: 'local-only' }
	/** The browser says it has no network; edits are kept and sent later. */
	| { kind: 'offline'; unsynced: number }
	| { kind: 'connecting'; unsynced: number }
	| { kind: 'synced' }
	/** Connected, with local edits the relay has not confirmed yet. */
	| { kind: 'unsynced'; count: number }
	/**
	 * The relay refused this link (wrong or revoked secret, unknown room, a registration it will
	 * not take); `refusal` names which, when the relay gave one of its known reasons.
	 */
	| { kind: 'refused'; reason: string; refusal?: Refusal }
	/** Connected as an observer: everything arrives, nothing can be changed. */
	| { kind: 'read-only' }
	/** Online, but the relay has not answered for a while. */
	| { kind: 'unreachable'; unsynced: number; since: number };

export type SyncStatusKind = SyncStatus['kind'];

/** Refusals of a new room: the workshop itself is fine, the relay would not take it in. */
export const REGISTRATION_REFUSALS: ReadonlySet<Refusal> = new Set<Refusal>([
	'registrationKey',
	'registrationLimit',
	'relayFull'
]);

export type SyncTone = 'ok' | 'busy' | 'alert' | 'quiet';

/**
 * How urgent a status is: `alert` needs acting on. The words for each status are the interface's
 * (components/sync-badge.ts): this file is shared with code that has no messages.
 */
export function syncTone(status: SyncStatus): SyncTone {
	switch (status.kind) {
		case 'synced':
			return 'ok';
		case 'offline':
		case 'connecting':
		case 'unsynced':
			return 'busy';
		case 'refused':
		case 'unreachable':
			return 'alert';
		case 'local-only':
		case 'read-only':
			return 'quiet';
	}
}
