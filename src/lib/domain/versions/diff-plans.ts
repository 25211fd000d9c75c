import { m } from '../../paraglide/messages.js';
import { baseLocale } from '../../paraglide/runtime.js';
import { internalKey } from '../internal';
import { formatList, type Locale } from '../locale';
import { maturityResults, type DimensionResult } from '../maturity';
import type { Plan, RecordKind, RecordKinds, Stakeholder } from '../plan';
import { quadrantOf } from '../quadrant';
import { filterInternal } from '../report/filter-internal';
import { STEPS, stepTitle, type StepId } from '../steps';
import { oneLine, shorten } from '../text';
import { keysOf, MATURITY_DIMENSIONS, maturityDimensionIn } from '../vocabulary';
import {
	COLLECTION_ORDER,
	COLLECTION_STEP,
	COMPARED_FIELDS,
	PLAN_FIELDS,
	SECTION_ROOT,
	fieldLabel,
	type ComparedField
} from './fields';
import type {
	FieldChange,
	FieldValue,
	MaturityChange,
	Placement,
	PlanChanges,
	PlanFieldChange,
	PresenceChange,
	RecordChange,
	StepChanges
} from './types';
import { diffWords } from './word-diff';

export interface DiffOptions {
	/**
	 * 'public' compares the public editions of both plans (domain/report/filter-internal), so
	 * nothing marked internal, nor any result computed from it, appears. Default 'full': everything,
	 * with internal items marked.
	 */
	edition?: 'full' | 'public';
	/**
	 * The language of labels, vocabulary words and "not set" in the changes. English unless
	 * given: the compare worker cannot see the page's choice, so the page passes it.
	 */
	locale?: Locale;
}

/** The longest title a record change carries. */
const TITLE_LENGTH = 80;

/**
 * What changed from `before` to `after`, grouped by step. Pure, and cheap enough for the large
 * workshop (records are matched through maps by id; texts are compared before any word diff).
 */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanChanges {
	if (options.edition === 'public') {
		before = filterInternal(before);
		after = filterInternal(after);
	}
	const internalBefore = new Set(before.internal);
	const internalAfter = new Set(after.internal);
	const locale = options.locale ?? baseLocale;
	const names = nameLookup(before, after, locale);
	const kept = keptRecords(before, after);
	const steps = new Map<StepId, StepChanges>();
	const stepOf = (step: StepId): StepChanges => {
		let changes = steps.get(step);
		if (!changes) {
			changes = {
				step,
				title: stepTitle(step, locale),
				records: [],
				fields: [],
				presence: [],
				maturity: [],
				hours: null
			};
			steps.set(step, changes);
		}
		return changes;
	};

	for (const kind of COLLECTION_ORDER) {
		const changes = diffCollection(kind, {
			before,
			after,
			internalBefore,
			internalAfter,
			names,
			kept,
			locale
		});
		for (const change of changes) {
			const home = COLLECTION_STEP[kind];
			const record = (change.after ?? change.before) as { step?: StepId };
			stepOf(home === 'board' ? (record.step ?? 'review') : home).records.push(change);
		}
	}

	for (const change of planFieldChanges(before, after, internalBefore, internalAfter, locale)) {
		const step =
			change.section === 'maturityNotes'
				? 'maturity'
				: change.section === 'purpose'
					? 'purpose'
					: 'commitment';
		stepOf(step).fields.push(change);
	}

	const presence = presenceChanges(before, after, internalBefore, internalAfter, names, kept);
	if (presence.length > 0) stepOf('platforms').presence.push(...presence);

	const maturity = maturityChanges(before, after, locale);
	if (maturity.length > 0) stepOf('maturity').maturity.push(...maturity);

	const hours = [before, after].map((plan) =>
		plan.team.reduce((sum, member) => sum + (member.hoursPerWeek ?? 0), 0)
	) as [number, number];
	if (hours[0] !== hours[1]) stepOf('commitment').hours = { before: hours[0], after: hours[1] };

	return {
		steps: STEPS.flatMap((step) => {
			const changes = steps.get(step.id);
			return changes ? [changes] : [];
		})
	};
}

type Names = (kind: 'stakeholders' | 'platforms', id: string) => string;

/** What comparing one collection reads besides the collection's name. */
interface CollectionInputs {
	before: Plan;
	after: Plan;
	internalBefore: ReadonlySet<string>;
	internalAfter: ReadonlySet<string>;
	names: Names;
	kept: Kept;
	locale: Locale;
}

/**
 * Whether a stakeholder or platform is in both plans. Links to one added or removed are what its
 * coming or going implies (removing a stakeholder removes its presence and goal links), so they
 * are not listed again as changes of their own.
 */
type Kept = (id: string) => boolean;

function keptRecords(before: Plan, after: Plan): Kept {
	const earlier = new Set([...before.stakeholders, ...before.platforms].map((record) => record.id));
	const both = new Set(
		[...after.stakeholders, ...after.platforms]
			.map((record) => record.id)
			.filter((id) => earlier.has(id))
	);
	return (id) => both.has(id);
}

/** Names of stakeholders and platforms, from the later plan first (a removed one keeps its name). */
function nameLookup(before: Plan, after: Plan, locale: Locale): Names {
	const table = new Map<string, string>();
	for (const plan of [before, after]) {
		for (const kind of ['stakeholders', 'platforms'] as const)
			for (const record of plan[kind]) table.set(`${kind}:${record.id}`, record.name);
	}
	const unnamed = m.report_unnamed({}, { locale });
	return (kind, id) => oneLine(table.get(`${kind}:${id}`) ?? '', unnamed);
}

function diffCollection<K extends RecordKind>(
	kind: K,
	{ before, after, internalBefore, internalAfter, names, kept, locale }: CollectionInputs
): RecordChange<K>[] {
	const earlier = new Map<string, RecordKinds[K]>();
	for (const record of before[kind] as RecordKinds[K][]) earlier.set(record.id, record);
	const later = after[kind] as RecordKinds[K][];
	const laterIds = new Set(later.map((record) => record.id));
	const fields = Object.entries(COMPARED_FIELDS[kind]) as [string, ComparedField][];
	const changes: RecordChange<K>[] = [];

	const base = (
		type: RecordChange['type'],
		record: RecordKinds[K],
		old: RecordKinds[K] | null,
		now: RecordKinds[K] | null,
		internal: boolean
	): RecordChange<K> => ({
		type,
		collection: kind,
		id: record.id,
		title: recordTitle(kind, record, locale),
		before: old,
		after: now,
		fields: [],
		move: null,
		decision: null,
		internal
	});

	for (const record of later) {
		const old = earlier.get(record.id);
		const internal = internalAfter.has(internalKey.record(kind, record.id));
		if (!old) {
			changes.push(base('added', record, null, record, internal));
			continue;
		}
		const fieldChanges: FieldChange[] = [];
		for (const [field, spec] of fields) {
			const a = (old as unknown as Record<string, unknown>)[field] as FieldValue;
			const b = (record as unknown as Record<string, unknown>)[field] as FieldValue;
			if (spec.kind.type === 'links' ? sameLinks(a, b, kept) : a === b) continue;
			const fieldInternal =
				internal ||
				internalAfter.has(internalKey.field(kind, record.id, field)) ||
				internalBefore.has(internalKey.field(kind, record.id, field));
			fieldChanges.push(
				fieldChange(field, spec, { before: a, after: b }, fieldInternal, names, locale)
			);
		}
		if (fieldChanges.length === 0) continue;
		const change = base('changed', record, old, record, internal);
		change.fields = fieldChanges;
		if (kind === 'stakeholders') change.move = moveOf(old as Stakeholder, record as Stakeholder);
		if (kind === 'platforms') {
			const [p, q] = [old, record] as [RecordKinds['platforms'], RecordKinds['platforms']];
			if (p.decision !== q.decision) {
				const words = (decision: string | null) =>
					fieldText(COMPARED_FIELDS.platforms.decision!, decision, names, locale);
				change.decision = {
					before: p.decision,
					after: q.decision,
					beforeText: words(p.decision),
					afterText: words(q.decision),
					reasonBefore: p.reason,
					reasonAfter: q.reason
				};
			}
		}
		changes.push(change);
	}
	for (const record of before[kind] as RecordKinds[K][]) {
		if (laterIds.has(record.id)) continue;
		const internal = internalBefore.has(internalKey.record(kind, record.id));
		changes.push(base('removed', record, record, null, internal));
	}
	const rank = { added: 0, changed: 1, removed: 2 } as const;
	return changes.sort((x, y) => rank[x.type] - rank[y.type]);
}

function moveOf(before: Stakeholder, after: Stakeholder): RecordChange['move'] {
	if (
		before.influence === after.influence &&
		before.interest === after.interest &&
		before.placed === after.placed
	)
		return null;
	const placement = (s: Stakeholder): Placement => ({
		influence: s.influence,
		interest: s.interest,
		placed: s.placed,
		quadrant: quadrantOf(s)
	});
	const [p, q] = [placement(before), placement(after)];
	return { before: p, after: q, quadrantChanged: p.quadrant !== q.quadrant };
}

function fieldChange(
	field: string,
	spec: ComparedField,
	{ before, after }: { before: FieldValue; after: FieldValue },
	internal: boolean,
	names: Names,
	locale: Locale
): FieldChange {
	return {
		field,
		label: fieldLabel(spec, locale),
		before,
		after,
		beforeText: fieldText(spec, before, names, locale),
		afterText: fieldText(spec, after, names, locale),
		words:
			spec.kind.type === 'paragraph' ? diffWords(String(before ?? ''), String(after ?? '')) : null,
		internal
	};
}

/** A value in the words a reader reads. */
export function fieldText(
	spec: ComparedField,
	value: FieldValue,
	names: Names,
	locale: Locale = baseLocale
): string {
	const { kind } = spec;
	if (value === null || value === '') return m.version_value_not_set({}, { locale });
	switch (kind.type) {
		case 'yes-no':
			return value ? m.version_value_yes({}, { locale }) : m.version_value_no({}, { locale });
		case 'choice':
			return kind.label(String(value), locale);
		case 'links': {
			const ids = value as readonly string[];
			return ids.length === 0
				? m.version_value_none({}, { locale })
				: formatList(
						ids.map((id) => names(kind.target, id)),
						locale
					);
		}
		default:
			return String(value);
	}
}

function recordTitle<K extends RecordKind>(
	kind: K,
	record: RecordKinds[K],
	locale: Locale
): string {
	const r = record as unknown as Record<string, unknown>;
	const raw = kind === 'goals' ? r.statement : 'name' in r ? r.name : r.text;
	const untitled = m.version_untitled({}, { locale });
	return shorten(oneLine(typeof raw === 'string' ? raw : '', untitled), TITLE_LENGTH);
}

/** Links are sets (their order means nothing), compared over the records both plans hold. */
function sameLinks(a: FieldValue, b: FieldValue, kept: Kept): boolean {
	const ids = (value: FieldValue) =>
		new Set((Array.isArray(value) ? (value as string[]) : []).filter(kept));
	const [x, y] = [ids(a), ids(b)];
	return x.size === y.size && [...x].every((id) => y.has(id));
}

function planFieldChanges(
	before: Plan,
	after: Plan,
	internalBefore: ReadonlySet<string>,
	internalAfter: ReadonlySet<string>,
	locale: Locale
): PlanFieldChange[] {
	const changes: PlanFieldChange[] = [];
	const push = (
		section: PlanFieldChange['section'],
		field: string,
		label: string,
		a: string | number | null,
		b: string | number | null,
		paragraph: boolean
	) => {
		if (a === b) return;
		const key = internalKey.text(`${SECTION_ROOT[section]}.${field}`);
		const show = (value: string | number | null) =>
			value === null || value === '' ? m.version_value_not_set({}, { locale }) : String(value);
		changes.push({
			section,
			field,
			label,
			before: a,
			after: b,
			beforeText: show(a),
			afterText: show(b),
			words: paragraph ? diffWords(String(a ?? ''), String(b ?? '')) : null,
			internal: internalBefore.has(key) || internalAfter.has(key)
		});
	};
	for (const [field, label] of Object.entries(PLAN_FIELDS.purpose)) {
		const name = field as keyof typeof PLAN_FIELDS.purpose;
		const text = label({}, { locale });
		push('purpose', field, text, before.purpose[name], after.purpose[name], true);
	}
	for (const dimension of keysOf(MATURITY_DIMENSIONS)) {
		const label = m.version_field_discussion(
			{ dimension: maturityDimensionIn(dimension, locale).label },
			{ locale }
		);
		const [a, b] = [before.maturityNotes[dimension], after.maturityNotes[dimension]];
		push('maturityNotes', dimension, label, a, b, true);
	}
	for (const [field, label] of Object.entries(PLAN_FIELDS.commitment)) {
		const name = field as keyof typeof PLAN_FIELDS.commitment;
		const paragraph = name !== 'responseTimeHours';
		const [a, b] = [before.commitment[name], after.commitment[name]];
		push('commitment', field, label({}, { locale }), a, b, paragraph);
	}
	return changes;
}

function presenceChanges(
	before: Plan,
	after: Plan,
	internalBefore: ReadonlySet<string>,
	internalAfter: ReadonlySet<string>,
	names: Names,
	kept: Kept
): PresenceChange[] {
	const strengths = (plan: Plan) =>
		new Map(
			plan.presence.map((link) => [`${link.stakeholderId}:${link.platformId}`, link.strength])
		);
	const [a, b] = [strengths(before), strengths(after)];
	const changes: PresenceChange[] = [];
	for (const key of new Set([...a.keys(), ...b.keys()])) {
		const was = a.get(key) ?? 0;
		const is = b.get(key) ?? 0;
		if (was === is) continue;
		const [stakeholderId, platformId] = key.split(':') as [string, string];
		if (!kept(stakeholderId) || !kept(platformId)) continue;
		const internalIn = (set: ReadonlySet<string>) =>
			set.has(internalKey.record('stakeholders', stakeholderId)) ||
			set.has(internalKey.record('platforms', platformId));
		changes.push({
			stakeholderId,
			platformId,
			stakeholder: names('stakeholders', stakeholderId),
			platform: names('platforms', platformId),
			before: was,
			after: is,
			internal: internalIn(internalBefore) || internalIn(internalAfter)
		});
	}
	return changes.sort(
		(x, y) => x.platform.localeCompare(y.platform) || x.stakeholder.localeCompare(y.stakeholder)
	);
}

function maturityChanges(before: Plan, after: Plan, locale: Locale): MaturityChange[] {
	const [a, b] = [maturityResults(before.ratings), maturityResults(after.ratings)];
	return a.flatMap((was, index) => {
		const is = b[index]!;
		if (sameResult(was, is)) return [];
		return [
			{
				dimension: was.dimension,
				label: maturityDimensionIn(was.dimension, locale).label,
				before: was,
				after: is
			}
		];
	});
}

function sameResult(a: DimensionResult, b: DimensionResult): boolean {
	return a.count === b.count && a.histogram.every((n, index) => n === b.histogram[index]);
}
