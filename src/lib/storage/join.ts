import { newId } from '../domain/ids';
import { withBallot, type RoomCredentials } from '../sync/credentials';
import type { Invite } from '../sync/invite';
import type { CanalDb, WorkshopEntry } from './db';

/** What the join decision needs to know of a workshop already on this device. */
export type KnownWorkshop = Pick<WorkshopEntry, 'id' | 'title' | 'room' | 'deletedAt'>;

export interface JoinFacts {
	/** The workshop on this device with the id the link names, if any. */
	sameId?: KnownWorkshop;
	/** A workshop on this device already in the link's room, if any. */
	sameRoom?: KnownWorkshop;
}

/**
 * What opening an invitation does. A link never moves a workshop on this device into another
 * room: workshop ids are no secret (file headers, addresses), so a link naming one of them with
 * a room of the sender's choosing would otherwise send its plan to whoever runs that room.
 */
export type JoinDecision =
	/** Nothing of this workshop here yet: a new entry under the link's id. */
	| { kind: 'new'; id: string }
	/** Already in this room with these (or stronger) credentials: open it as it is. */
	| { kind: 'open'; id: string }
	/**
	 * Already in this room with other credentials of the same or a higher role. They replace the
	 * stored ones only once the relay accepts them: a wrong secret must not lock this device out.
	 */
	| { kind: 'check'; id: string; room: LinkCredentials }
	/**
	 * The id is taken here by a workshop that is not in this room (never shared, or shared in
	 * another): ask first, then join as a new workshop next to it or do nothing.
	 */
	| { kind: 'confirm'; existing: { id: string; title: string; shared: boolean } };

/** The credentials an invitation carries. */
export type LinkCredentials = Pick<RoomCredentials, 'roomId' | 'role' | 'secret'>;

const RANK = { observer: 0, participant: 1, facilitator: 2 } as const;

export function decideJoin(facts: JoinFacts, invite: Invite): JoinDecision {
	const { sameId, sameRoom } = facts;
	const inRoom = sameId?.room?.roomId === invite.roomId ? sameId : sameRoom;
	if (inRoom?.room) {
		const stored = inRoom.room;
		if (RANK[invite.role] < RANK[stored.role]) return { kind: 'open', id: inRoom.id };
		if (invite.role === stored.role && invite.secret === stored.secret)
			return { kind: 'open', id: inRoom.id };
		return {
			kind: 'check',
			id: inRoom.id,
			room: { roomId: invite.roomId, role: invite.role, secret: invite.secret }
		};
	}
	if (sameId) {
		return {
			kind: 'confirm',
			existing: { id: sameId.id, title: sameId.title, shared: sameId.room !== undefined }
		};
	}
	return { kind: 'new', id: invite.workshopId };
}

/** An entry left by a link the relay refused before it ever accepted it: nothing to keep. */
function refusedPlaceholder(entry: WorkshopEntry | undefined): boolean {
	return entry?.joining === true && entry.deletedAt !== undefined;
}

/** The facts as the catalog holds them now. */
export async function joinFacts(db: CanalDb, invite: Invite): Promise<JoinFacts> {
	const found = await db.workshops.get(invite.workshopId);
	const sameId = refusedPlaceholder(found) ? undefined : found;
	// Not indexed: the catalog holds a handful of workshops, and a join is rare.
	const inRoom = await db.workshops
		.filter((entry) => entry.room?.roomId === invite.roomId && !refusedPlaceholder(entry))
		.toArray();
	const sameRoom = inRoom.find((entry) => entry.deletedAt === undefined) ?? inRoom[0];
	return { ...(sameId ? { sameId } : {}), ...(sameRoom ? { sameRoom } : {}) };
}

export async function planJoin(db: CanalDb, invite: Invite): Promise<JoinDecision> {
	return decideJoin(await joinFacts(db, invite), invite);
}

export interface JoinChoice {
	/** For a `confirm` decision: join as a new workshop with an id of its own. */
	asNew?: boolean;
	/** For a `check` decision: the relay accepted the link's credentials. */
	accepted?: boolean;
}

/** Thrown when the link names a workshop that would need the person's confirmation. */
export class JoinNeedsConfirmation extends Error {
	override readonly name = 'JoinNeedsConfirmation';
	constructor(readonly decision: Extract<JoinDecision, { kind: 'confirm' }>) {
		super(
			`“${decision.existing.title}” is already on this device, outside this invitation’s room.`
		);
	}
}

/**
 * Records a workshop joined from an invitation and returns the id to open. The decision is taken
 * again inside the write, so whatever the page showed, nothing on this device is re-pointed.
 */
export async function joinWorkshop(
	db: CanalDb,
	invite: Invite,
	choice: JoinChoice = {},
	now = Date.now()
): Promise<string> {
	return db.transaction('rw', db.workshops, async () => {
		const decision = decideJoin(await joinFacts(db, invite), invite);
		const room = withBallot({ roomId: invite.roomId, role: invite.role, secret: invite.secret });
		const add = async (id: string) => {
			// `put`: the only entry a new id can meet is a refused placeholder of the same link.
			await db.workshops.put({
				id,
				title: 'Joined workshop',
				organisation: '',
				facilitator: '',
				createdAt: now,
				updatedAt: now,
				role: invite.role,
				room,
				joining: true
			});
			return id;
		};
		switch (decision.kind) {
			case 'new':
				return add(decision.id);
			case 'confirm':
				if (!choice.asNew) throw new JoinNeedsConfirmation(decision);
				return add(newId());
			case 'open':
			case 'check':
				await db.workshops
					.where('id')
					.equals(decision.id)
					.modify((entry) => {
						delete entry.deletedAt;
						if (decision.kind === 'check' && choice.accepted) {
							// The device keeps its ballot: the same person, now with another link.
							entry.role = decision.room.role;
							entry.room = withBallot({ ...decision.room, ballotSecret: entry.room?.ballotSecret });
						}
					});
				return decision.id;
		}
	});
}

/** The relay accepted the link a workshop was joined with: from now on it is like any other. */
export async function joinAccepted(db: CanalDb, id: string): Promise<void> {
	await db.transaction('rw', db.workshops, async () => {
		const entry = await db.workshops.get(id);
		if (!entry?.joining) return;
		await db.workshops
			.where('id')
			.equals(id)
			.modify((stored) => {
				delete stored.joining;
			});
	});
}

/**
 * The relay refused the secret of the link a workshop was joined with, before it ever accepted
 * it: the entry stands for a workshop this device never received, so it leaves the list (as a
 * deleted workshop, purged like any other). Nothing else on this device is touched, and an entry
 * the relay once accepted is never removed this way. Returns whether the entry was removed.
 */
export async function dropRefusedJoin(db: CanalDb, id: string, now = Date.now()): Promise<boolean> {
	return db.transaction('rw', db.workshops, async () => {
		const entry = await db.workshops.get(id);
		if (!entry?.joining || entry.deletedAt !== undefined) return false;
		await db.workshops.update(id, { deletedAt: now });
		return true;
	});
}
