import { PlanWriteError } from '../../src/lib/doc/errors';
import type { PlanDoc } from '../../src/lib/doc/plan-doc';
import type { Peer, PresenceState } from '../../src/lib/sync/presence';

/**
 * The parts of a workshop session a board's canvas uses, over a real PlanDoc: `edit` refuses what
 * PlanDoc refuses (as the session does, returning false), and the canvas presence this device
 * sends is recorded in `sent`.
 */
export function canvasSession(
	plan: PlanDoc,
	options: {
		list?: (kind: 'notes' | 'frames') => unknown;
		peers?: Peer[];
	} = {}
) {
	const sent: PresenceState['canvas'][] = [];
	const list = options.list ?? ((kind: 'notes' | 'frames') => plan.list(kind));
	const session = {
		view: { list: list as never },
		get readOnly() {
			return plan.readOnly;
		},
		edit(change: (plan: PlanDoc) => void): boolean {
			try {
				change(plan);
				return true;
			} catch (error) {
				if (error instanceof PlanWriteError) return false;
				throw error;
			}
		},
		presence: {
			peers: options.peers ?? [],
			set<K extends keyof PresenceState>(field: K, value: PresenceState[K]) {
				if (field === 'canvas') sent.push(value as PresenceState['canvas']);
			}
		}
	};
	return { session, sent };
}
