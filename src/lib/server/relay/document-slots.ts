/**
 * What one socket may hold open at once. The app opens a room's plan and facilitation documents
 * (a few rooms at most), the device's own ballot and, during a private round, its own drafts, and
 * on the facilitator's device every other ballot of the room, read-only, to count the votes.
 */
export type DocumentSlot = 'document' | 'ownBallot' | 'otherBallot' | 'ownDrafts';

export interface HeldDocument {
	roomId: string;
	slot: DocumentSlot;
}

export interface SlotLimits {
	/** Plan and facilitation documents; also bounds own ballots (one per room). */
	documentsPerSocket: number;
	/** Other people's ballots (the facilitator counting), across rooms. */
	otherBallots: number;
}

/** Whether a socket holding `held` may open `next` as well. */
export function slotFree(
	held: Iterable<HeldDocument>,
	next: HeldDocument,
	limits: SlotLimits
): boolean {
	let same = 0;
	for (const document of held) {
		if (document.slot !== next.slot) continue;
		// A device has one ballot and one drafts document per room.
		if (next.slot !== 'document' && next.slot !== 'otherBallot' && document.roomId === next.roomId)
			return false;
		same += 1;
	}
	const limit = next.slot === 'otherBallot' ? limits.otherBallots : limits.documentsPerSocket;
	return same < limit;
}
