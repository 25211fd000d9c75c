import type { Plan, RecordKind, RecordKinds } from '../domain/plan';
import { internalKey } from '../domain/internal';
import { keysOf, MATURITY_DIMENSIONS, type MaturityDimension } from '../domain/vocabulary';
import type { PlanDoc } from './plan-doc';
import {
	COMMITMENT_TEXTS,
	PURPOSE_TEXTS,
	RECORD_KINDS,
	RECORD_SCHEMA,
	type CommitmentText,
	type FieldSpec,
	type PurposeText,
	type RecordInit,
	type TextField,
	type ValuePatch
} from './schema';

/**
 * Bringing back an earlier version of a plan, as a new edit on top of today's: history is never
 * rewritten, so collaborators and offline devices merge the restore like any other edit, and one
 * undo takes it back. Everything goes through PlanDoc's public writes inside one `batch`, so the
 * plan's checks apply and the restore is one update for peers and storage.
 *
 * What a restore writes is only the difference: unchanged records and texts are not touched (a
 * text is set by its smallest splice), so a peer's concurrent edit to anything the version did not
 * change survives the merge. The workshop's title, organisation and facilitator are left alone:
 * they name the workshop, not a version of its strategy.
 */

/** One of the plan's own texts (not a record's). */
export type PlanTextTarget =
	| { section: 'purpose'; field: PurposeText }
	| { section: 'commitment'; field: CommitmentText }
	| { section: 'maturityNotes'; field: MaturityDimension };

/** A record's text field. */
export type RecordTextTarget = {
	[K in RecordKind]: { collection: K; id: string; field: TextField<K> };
}[RecordKind];

export type TextTarget = PlanTextTarget | RecordTextTarget;

/** Makes `plan` equal `snapshot` (except its meta), as one undoable edit. */
export function restorePlan(plan: PlanDoc, snapshot: Plan): void {
	// PlanDoc's reads are refreshed after each transaction, so everything is read before the batch.
	const current = plan.toJSON();
	oneStep(plan, () => {
		// Removals first: removing a record also removes links to it, which the adds then restore.
		for (const kind of RECORD_KINDS) {
			const wanted = idsOf(snapshot[kind]);
			for (const record of current[kind]) if (!wanted.has(record.id)) plan.remove(kind, record.id);
		}
		for (const kind of RECORD_KINDS) {
			const have = new Map<string, unknown>(current[kind].map((record) => [record.id, record]));
			for (const record of snapshot[kind])
				writeRecord(
					plan,
					kind,
					record,
					have.get(record.id) as RecordKinds[typeof kind] | undefined
				);
		}
		for (const field of PURPOSE_TEXTS) {
			if (current.purpose[field] !== snapshot.purpose[field])
				plan.setPurposeText(field, snapshot.purpose[field]);
		}
		for (const field of COMMITMENT_TEXTS) {
			if (current.commitment[field] !== snapshot.commitment[field])
				plan.setCommitmentText(field, snapshot.commitment[field]);
		}
		if (current.commitment.responseTimeHours !== snapshot.commitment.responseTimeHours)
			plan.setResponseTime(snapshot.commitment.responseTimeHours);
		for (const dimension of keysOf(MATURITY_DIMENSIONS)) {
			if (current.maturityNotes[dimension] !== snapshot.maturityNotes[dimension])
				plan.setMaturityNote(dimension, snapshot.maturityNotes[dimension]);
		}
		restoreRatings(plan, current, snapshot, () => true);
		restorePresence(plan, current, snapshot, () => true, snapshot);
		restoreInternal(plan, current, snapshot, () => true);
	});
}

function idsOf(list: readonly { id: string }[]): Set<string> {
	return new Set(list.map((record) => record.id));
}

/**
 * Restores one record as it is in `snapshot`, recreated under its id if it was deleted since, with
 * what belongs to it: a stakeholder's or platform's presence links, a team member's ratings, its
 * internal marks. A record the snapshot does not hold (added since) is removed. One undoable edit.
 */
export function restoreRecord<K extends RecordKind>(
	plan: PlanDoc,
	snapshot: Plan,
	collection: K,
	id: string
): void {
	const record = (snapshot[collection] as RecordKinds[K][]).find((item) => item.id === id);
	const current = plan.toJSON();
	oneStep(plan, () => {
		if (!record) {
			plan.remove(collection, id);
			return;
		}
		writeRecord(plan, collection, record, plan.get(collection, id) as RecordKinds[K] | undefined);
		const side = collection === 'stakeholders' ? 'stakeholderId' : 'platformId';
		if (collection === 'stakeholders' || collection === 'platforms') {
			// Only links to records that are there: the other side is not restored with this one.
			const after = { ...current, [collection]: [...current[collection], record] };
			restorePresence(plan, current, snapshot, (link) => link[side] === id, after);
		}
		if (collection === 'team')
			restoreRatings(plan, current, snapshot, (memberId) => memberId === id);
		const prefix = internalKey.record(collection, id);
		restoreInternal(
			plan,
			current,
			snapshot,
			(key) => key === prefix || key.startsWith(`${prefix}:`)
		);
	});
}

/** Restores one text, of the plan or of a record (a record deleted since is left alone). */
export function restoreText(plan: PlanDoc, snapshot: Plan, target: TextTarget): void {
	oneStep(plan, () => {
		if ('section' in target) {
			switch (target.section) {
				case 'purpose':
					plan.setPurposeText(target.field, snapshot.purpose[target.field]);
					break;
				case 'commitment':
					plan.setCommitmentText(target.field, snapshot.commitment[target.field]);
					break;
				case 'maturityNotes':
					plan.setMaturityNote(target.field, snapshot.maturityNotes[target.field]);
					break;
			}
			return;
		}
		const list = snapshot[target.collection] as readonly { id: string }[];
		const record = list.find((item) => item.id === target.id) as
			Record<string, unknown> | undefined;
		const value = record?.[target.field];
		if (typeof value === 'string')
			plan.setText(target.collection, target.id, target.field as TextField<RecordKind>, value);
	});
}

/** One undo step of its own: not merged with the typing just before or after it. */
function oneStep(plan: PlanDoc, writes: () => void): void {
	plan.stopCapturing();
	plan.batch(writes);
	plan.stopCapturing();
}

/** Writes `record` as it is in the snapshot: added under its id if missing, else only what differs. */
function writeRecord<K extends RecordKind>(
	plan: PlanDoc,
	kind: K,
	record: RecordKinds[K],
	existing: Readonly<RecordKinds[K]> | undefined
): void {
	const specs = Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][];
	const wanted = record as unknown as Record<string, unknown>;
	const current = existing as Record<string, unknown> | undefined;
	if (!current) {
		const init: Record<string, unknown> = {};
		for (const [field] of specs) init[field] = wanted[field];
		plan.add(kind, init as RecordInit<K>, record.id);
		return;
	}
	const patch: Record<string, unknown> = {};
	for (const [field, spec] of specs) {
		const value = wanted[field];
		if (spec.type === 'text') {
			if (current[field] !== value)
				plan.setText(kind, record.id, field as TextField<K>, String(value ?? ''));
		} else if (spec.type === 'links') {
			const have = new Set((current[field] as readonly string[] | undefined) ?? []);
			const want = new Set((value as readonly string[] | undefined) ?? []);
			const link = (target: string, linked: boolean) =>
				// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a links field of K
				plan.setLink(kind, record.id, field as any, target, linked);
			for (const target of have) if (!want.has(target)) link(target, false);
			for (const target of want) if (!have.has(target)) link(target, true);
		} else if (!sameValue(current[field], value)) {
			patch[field] = value;
		}
	}
	// Always with the flag given, so setting influence back does not mark the stakeholder placed.
	if (Object.keys(patch).length > 0) {
		if (kind === 'stakeholders' && ('influence' in patch || 'interest' in patch))
			patch.placed = wanted.placed;
		plan.update(kind, record.id, patch as ValuePatch<K>);
	}
}

function restoreRatings(
	plan: PlanDoc,
	current: Plan,
	snapshot: Plan,
	member: (id: string) => boolean
): void {
	const key = (memberId: string, dimension: string) => `${memberId}:${dimension}`;
	const wanted = new Map(
		snapshot.ratings
			.filter((rating) => member(rating.memberId))
			.map((rating) => [key(rating.memberId, rating.dimension), rating])
	);
	for (const rating of current.ratings) {
		if (!member(rating.memberId)) continue;
		const want = wanted.get(key(rating.memberId, rating.dimension));
		if (!want) plan.rate(rating.memberId, rating.dimension, null);
	}
	const have = new Map(
		current.ratings.map((rating) => [key(rating.memberId, rating.dimension), rating])
	);
	for (const [at, rating] of wanted) {
		if (have.get(at)?.score !== rating.score)
			plan.rate(rating.memberId, rating.dimension, rating.score);
	}
}

function restorePresence(
	plan: PlanDoc,
	current: Plan,
	snapshot: Plan,
	include: (link: Plan['presence'][number]) => boolean,
	/** The records there will be once the restore is written. */
	after: Pick<Plan, 'stakeholders' | 'platforms'>
): void {
	const key = (link: Plan['presence'][number]) => `${link.stakeholderId}:${link.platformId}`;
	const wanted = new Map(snapshot.presence.filter(include).map((link) => [key(link), link]));
	for (const link of current.presence) {
		if (include(link) && !wanted.has(key(link)))
			plan.setPresence(link.stakeholderId, link.platformId, 0);
	}
	const have = new Map(current.presence.map((link) => [key(link), link.strength]));
	// Links whose stakeholder or platform will not be there after the restore would not be read.
	const stakeholders = idsOf(after.stakeholders);
	const platforms = idsOf(after.platforms);
	for (const [at, link] of wanted) {
		if (!stakeholders.has(link.stakeholderId) || !platforms.has(link.platformId)) continue;
		if (have.get(at) !== link.strength)
			plan.setPresence(link.stakeholderId, link.platformId, link.strength);
	}
}

function restoreInternal(
	plan: PlanDoc,
	current: Plan,
	snapshot: Plan,
	include: (key: string) => boolean
): void {
	const wanted = new Set(snapshot.internal.filter(include));
	const have = new Set(current.internal);
	for (const key of have) if (include(key) && !wanted.has(key)) plan.setInternal(key, false);
	for (const key of wanted) if (!have.has(key)) plan.setInternal(key, true);
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
	return a === b;
}
