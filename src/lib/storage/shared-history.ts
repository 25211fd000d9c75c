/**
 * Whether a workshop file and the workshop of the same id on this device come from one history.
 *
 * Every Yjs client that ever wrote to a plan stays in its state vector, and a plan's first writer
 * (whoever created it) is in every copy of it: an export made on another device, a copy received
 * through the relay, a file imported and edited. Two plans that share no writer at all were
 * never one plan, whatever id their files claim: merging them would interleave two strangers'
 * texts. A plan with no writers yet (a joined workshop that never received anything, a file with
 * an empty plan) has nothing to clash with.
 */
export type HistoryRelation = 'shared' | 'unrelated';

/** State vectors as `Y.decodeStateVector` returns them: client id → clock. */
export type StateVector = ReadonlyMap<number, number>;

export function historyRelation(local: StateVector, file: StateVector): HistoryRelation {
	if (local.size === 0 || file.size === 0) return 'shared';
	for (const client of file.keys()) if (local.has(client)) return 'shared';
	return 'unrelated';
}
