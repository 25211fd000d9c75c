import { m } from '../../paraglide/messages.js';
import { baseLocale } from '../../paraglide/runtime.js';
import { formatCount, type Locale } from '../locale';
import type { RecordKind } from '../plan';
import { COLLECTION_ORDER } from './fields';
import type { PlanChanges, RecordChange } from './types';

/** Whether anything at all changed. */
export function hasChanges(changes: PlanChanges): boolean {
	return changes.steps.length > 0;
}

/** The same changes without anything marked internal: what the public edition may show. */
export function publicChanges(changes: PlanChanges): PlanChanges {
	return {
		steps: changes.steps.flatMap((step) => {
			const kept = {
				...step,
				records: step.records
					.filter((record) => !record.internal)
					.map((record) => {
						if (record.type !== 'changed') return record;
						const fields = record.fields.filter((field) => !field.internal);
						return { ...record, fields };
					})
					.filter((record) => record.type !== 'changed' || record.fields.length > 0),
				fields: step.fields.filter((field) => !field.internal),
				presence: step.presence.filter((link) => !link.internal)
			};
			const empty =
				kept.records.length === 0 &&
				kept.fields.length === 0 &&
				kept.presence.length === 0 &&
				kept.maturity.length === 0 &&
				kept.hours === null;
			return empty ? [] : [kept];
		})
	};
}

type Verb = 'added' | 'removed' | 'moved' | 'changed';
type Counted = (inputs: { count: number }, options: { locale: Locale }) => string;

/** "3 moved": a change counted after the first one of a collection. */
const COUNTS: Readonly<Record<Verb, Counted>> = {
	added: m.version_count_added,
	removed: m.version_count_removed,
	moved: m.version_count_moved,
	changed: m.version_count_changed
};

/** The first change of a collection: "added" in English (the noun is counted), "3 ajouts" else. */
const VERBS: Readonly<Record<Verb, Counted>> = {
	added: m.version_verb_added,
	removed: m.version_verb_removed,
	moved: m.version_verb_moved,
	changed: m.version_verb_changed
};

/** "3 stakeholders {verb}" in English; "Parties prenantes : {verb}" where verbs agree with nouns. */
const LEADS: Readonly<
	Record<
		RecordKind,
		(inputs: { count: number; verb: string }, options: { locale: Locale }) => string
	>
> = {
	values: m.version_lead_values,
	team: m.version_lead_team,
	stakeholders: m.version_lead_stakeholders,
	listening: m.version_lead_listening,
	swot: m.version_lead_swot,
	platforms: m.version_lead_platforms,
	goals: m.version_lead_goals,
	notes: m.version_lead_notes,
	frames: m.version_lead_frames
};

/**
 * The changes in one line, for the versions list: "3 stakeholders added, 2 moved, 1 goal changed,
 * 2 texts changed" (in French "Parties prenantes : 3 ajouts, 2 déplacements · Objectifs :
 * 1 modification", so that no verb has to agree with a noun's gender). Moved stakeholders (to
 * another quadrant) are counted as moved, not as changed.
 */
export function summarizeChanges(changes: PlanChanges, locale: Locale = baseLocale): string {
	if (!hasChanges(changes)) return m.version_summary_none({}, { locale });
	const records = changes.steps.flatMap((step) => step.records);
	const phrases: string[] = [];
	for (const kind of COLLECTION_ORDER) {
		const ofKind = records.filter((record) => record.collection === kind);
		if (ofKind.length > 0) phrases.push(collectionPhrase(kind, ofKind, locale));
	}
	const fields = changes.steps.flatMap((step) => step.fields).length;
	if (fields > 0) phrases.push(m.version_summary_texts({ count: fields }, { locale }));
	const presence = changes.steps.reduce((sum, step) => sum + step.presence.length, 0);
	if (presence > 0) phrases.push(m.version_summary_presence({ count: presence }, { locale }));
	const maturity = changes.steps.reduce((sum, step) => sum + step.maturity.length, 0);
	if (maturity > 0) phrases.push(m.version_summary_maturity({ count: maturity }, { locale }));
	const hours = changes.steps.find((step) => step.hours)?.hours;
	if (hours) {
		const before = formatCount(hours.before, locale);
		const after = formatCount(hours.after, locale);
		phrases.push(m.version_summary_hours({ before, after }, { locale }));
	}
	return phrases.join(m.version_summary_separator({}, { locale }));
}

function collectionPhrase(
	kind: RecordKind,
	records: readonly RecordChange[],
	locale: Locale
): string {
	const moved = (record: RecordChange) => record.move?.quadrantChanged === true;
	const counts: [Verb, number][] = [
		['added', records.filter((record) => record.type === 'added').length],
		['removed', records.filter((record) => record.type === 'removed').length],
		['moved', records.filter(moved).length],
		['changed', records.filter((record) => record.type === 'changed' && !moved(record)).length]
	];
	const [first, ...rest] = counts.filter(([, count]) => count > 0);
	if (!first) return '';
	const [verb, count] = first;
	const lead = LEADS[kind]({ count, verb: VERBS[verb]({ count }, { locale }) }, { locale });
	// Within one collection the changes are always listed with a comma, whatever joins the rest.
	return [lead, ...rest.map(([other, n]) => COUNTS[other]({ count: n }, { locale }))].join(
		m.version_summary_comma({}, { locale })
	);
}
