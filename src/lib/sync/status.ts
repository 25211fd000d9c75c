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

export function describeSync(status: SyncStatus): {
	label: string;
	detail: string;
	tone: 'ok' | 'busy' | 'alert' | 'quiet';
} {
	const pending = (count: number) =>
		count === 0 ? '' : ` ${count} change${count === 1 ? '' : 's'} will be sent when it is back.`;
	switch (status.kind) {
		case 'local-only':
			return {
				label: 'On this device',
				detail: 'Not shared: only this device has this workshop.',
				tone: 'quiet'
			};
		case 'offline':
			return {
				label: 'Offline',
				detail: `No network. Keep working: edits are saved here.${pending(status.unsynced)}`,
				tone: 'busy'
			};
		case 'connecting':
			return {
				label: 'Connecting…',
				detail: `Connecting to the relay.${pending(status.unsynced)}`,
				tone: 'busy'
			};
		case 'synced':
			return { label: 'Live', detail: 'Connected: everyone sees the same plan.', tone: 'ok' };
		case 'unsynced':
			return {
				label: `Sending ${status.count}…`,
				detail: `${status.count} change${status.count === 1 ? ' is' : 's are'} on the way to the relay.`,
				tone: 'busy'
			};
		case 'refused':
			return {
				label:
					status.refusal && REGISTRATION_REFUSALS.has(status.refusal)
						? 'Not shared yet'
						: 'Link refused',
				detail: status.reason,
				tone: 'alert'
			};
		case 'read-only':
			return {
				label: 'Watching',
				detail: 'You joined as an observer: you see every change, and change nothing.',
				tone: 'quiet'
			};
		case 'unreachable':
			return {
				label: 'Relay unreachable',
				detail: `The relay does not answer. Keep working: edits are saved here.${pending(status.unsynced)}`,
				tone: 'alert'
			};
	}
}
