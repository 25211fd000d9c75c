import type { RecordKind } from '../plan';
import { COLLECTION_NOUNS, COLLECTION_ORDER } from './fields';
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

function plural(n: number, [singular, pluralForm]: readonly [string, string]): string {
	return `${n.toLocaleString('en')} ${n === 1 ? singular : pluralForm}`;
}

/**
 * The changes in one line, for the versions list: "3 stakeholders added, 2 moved, 1 goal changed,
 * 2 texts changed". Moved stakeholders (to another quadrant) are counted as moved, not as changed.
 */
export function summarizeChanges(changes: PlanChanges): string {
	if (!hasChanges(changes)) return 'No changes';
	const records = changes.steps.flatMap((step) => step.records);
	const phrases: string[] = [];
	for (const kind of COLLECTION_ORDER) {
		const ofKind = records.filter((record) => record.collection === kind);
		if (ofKind.length === 0) continue;
		phrases.push(collectionPhrase(kind, ofKind));
	}
	const fields = changes.steps.flatMap((step) => step.fields);
	if (fields.length > 0) phrases.push(`${plural(fields.length, ['text', 'texts'])} changed`);
	const presence = changes.steps.reduce((sum, step) => sum + step.presence.length, 0);
	if (presence > 0) phrases.push(`${plural(presence, ['presence', 'presences'])} changed`);
	const maturity = changes.steps.reduce((sum, step) => sum + step.maturity.length, 0);
	if (maturity > 0)
		phrases.push(`${plural(maturity, ['maturity result', 'maturity results'])} changed`);
	const hours = changes.steps.find((step) => step.hours)?.hours;
	if (hours) phrases.push(`hours a week ${hours.before} → ${hours.after}`);
	return phrases.join(', ');
}

function collectionPhrase(kind: RecordKind, records: readonly RecordChange[]): string {
	const moved = (record: RecordChange) => record.move?.quadrantChanged === true;
	const counts: [string, number][] = [
		['added', records.filter((record) => record.type === 'added').length],
		['removed', records.filter((record) => record.type === 'removed').length],
		['moved', records.filter(moved).length],
		['changed', records.filter((record) => record.type === 'changed' && !moved(record)).length]
	];
	const parts = counts.filter(([, n]) => n > 0);
	return parts
		.map(([verb, n], index) =>
			index === 0
				? `${plural(n, COLLECTION_NOUNS[kind])} ${verb}`
				: `${n.toLocaleString('en')} ${verb}`
		)
		.join(', ');
}
