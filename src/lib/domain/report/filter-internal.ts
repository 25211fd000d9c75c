import { internalKey } from '../internal';
import type { Plan, RecordKind, RecordKinds } from '../plan';

/**
 * Values a hidden field takes when it cannot simply be emptied: numbers and closed choices place a
 * record on a map or in a group. These are the values a new record starts with, so a hidden value
 * reads as "not set" rather than as a claim; the report shows such fields as a dash.
 */
const NEUTRAL: { [K in RecordKind]?: Partial<Record<keyof RecordKinds[K], unknown>> } = {
	team: { hoursPerWeek: null },
	stakeholders: { influence: 50, interest: 50, reach: 30, sentiment: 0, group: 'other' },
	listening: { kind: 'other' },
	platforms: { effort: 3, fit: 3, kind: 'other', decision: null },
	goals: { kind: 'other' }
};

/** Fields that say where a record sits rather than what it says: never hidden on their own. */
const STRUCTURAL = new Set(['id', 'order']);

const RECORD_KINDS = [
	'values',
	'team',
	'stakeholders',
	'listening',
	'swot',
	'platforms',
	'goals',
	'notes',
	'frames'
] as const satisfies readonly RecordKind[];

/**
 * Empties the hidden fields of one record. Returns null when a hidden field has no neutral value
 * (a SWOT item's kind, a note's place on its board): leaving the whole record out is the only way
 * not to show it.
 */
function blankFields<K extends RecordKind>(
	kind: K,
	record: RecordKinds[K],
	internal: ReadonlySet<string>
): RecordKinds[K] | null {
	const copy: Record<string, unknown> = { ...record };
	const neutral = (NEUTRAL[kind] ?? {}) as Record<string, unknown>;
	for (const field of Object.keys(copy)) {
		if (STRUCTURAL.has(field) || !internal.has(internalKey.field(kind, record.id, field))) continue;
		const value = copy[field];
		if (Object.prototype.hasOwnProperty.call(neutral, field)) copy[field] = neutral[field];
		else if (typeof value === 'string') copy[field] = '';
		else if (Array.isArray(value)) copy[field] = [];
		else if (typeof value === 'boolean') copy[field] = false;
		else if (value !== null) return null;
	}
	return copy as unknown as RecordKinds[K];
}

function blankTexts<T extends object>(root: string, texts: T, internal: ReadonlySet<string>): T {
	const copy = { ...texts } as Record<string, unknown>;
	for (const [field, value] of Object.entries(copy)) {
		if (!internal.has(internalKey.text(`${root}.${field}`))) continue;
		copy[field] = typeof value === 'string' ? '' : typeof value === 'number' ? null : value;
	}
	return copy as unknown as T;
}

/**
 * The plan as the public edition shows it: records marked internal are gone, and so is everything
 * that points at them (presence links, goal links, a promoted note's link, the ratings of an
 * internal team member); internal fields and plan texts are emptied. The result has no internal
 * keys left, so filtering it again changes nothing. Maps of the public edition are drawn from
 * this plan, never from the full one.
 */
export function filterInternal(plan: Plan): Plan {
	const internal = new Set(plan.internal);
	const kept = <K extends RecordKind>(kind: K, records: readonly RecordKinds[K][]) =>
		records
			.filter((record) => !internal.has(internalKey.record(kind, record.id)))
			.map((record) => blankFields(kind, record, internal))
			.filter((record): record is RecordKinds[K] => record !== null);

	const records = Object.fromEntries(
		RECORD_KINDS.map((kind) => [kind, kept(kind, plan[kind] as RecordKinds[typeof kind][])])
	) as { [K in (typeof RECORD_KINDS)[number]]: RecordKinds[K][] };

	const ids = (list: readonly { id: string }[]) => new Set(list.map((record) => record.id));
	const stakeholderIds = ids(records.stakeholders);
	const platformIds = ids(records.platforms);
	const surviving = new Map<string, Set<string>>(
		RECORD_KINDS.map((kind) => [kind, ids(records[kind])])
	);
	const internalMembers = new Set(
		plan.team
			.filter((member) => internal.has(internalKey.record('team', member.id)))
			.map((member) => member.id)
	);

	const stillThere = (link: string) => {
		const [kind, id] = link.split(':');
		return kind !== undefined && id !== undefined && (surviving.get(kind)?.has(id) ?? false);
	};

	const meta = blankTexts('meta', plan.meta, internal);
	return {
		meta: { ...meta, createdAt: plan.meta.createdAt, schemaVersion: plan.meta.schemaVersion },
		purpose: blankTexts('purpose', plan.purpose, internal),
		values: records.values,
		team: records.team,
		ratings: plan.ratings
			.filter((rating) => !internalMembers.has(rating.memberId))
			.map((rating) => ({ ...rating })),
		maturityNotes: blankTexts('maturity', plan.maturityNotes, internal),
		stakeholders: records.stakeholders,
		listening: records.listening,
		swot: records.swot,
		platforms: records.platforms,
		presence: plan.presence
			.filter((link) => stakeholderIds.has(link.stakeholderId) && platformIds.has(link.platformId))
			.map((link) => ({ ...link })),
		goals: records.goals.map((goal) => ({
			...goal,
			stakeholderIds: goal.stakeholderIds.filter((id) => stakeholderIds.has(id)),
			platformIds: goal.platformIds.filter((id) => platformIds.has(id))
		})),
		commitment: blankTexts('commitment', plan.commitment, internal),
		notes: records.notes.map((note) =>
			note.promotedTo === '' || stillThere(note.promotedTo) ? note : { ...note, promotedTo: '' }
		),
		frames: records.frames,
		internal: []
	};
}

/**
 * Whether the public edition hides one field of a record. The report asks before showing a
 * number or a closed choice, which filtering can only reset to a neutral value.
 */
export function hiddenFields(plan: Pick<Plan, 'internal'>) {
	const internal = new Set(plan.internal);
	return (kind: RecordKind, id: string, field: string): boolean =>
		internal.has(internalKey.record(kind, id)) || internal.has(internalKey.field(kind, id, field));
}
