import type {
	MaturityChange,
	PlanFieldChange,
	PresenceChange,
	RecordChange,
	StepChanges
} from './types';

/**
 * One row of a step's change report, in the order the report reads: records, then the plan's own
 * fields, presence links, maturity results and the hours. A long report shows these a page at a
 * time and counts them in each step's heading, so they are one flat list with a stable key each.
 */
export type ReportEntry =
	| { kind: 'record'; key: string; record: RecordChange }
	| { kind: 'field'; key: string; field: PlanFieldChange }
	| { kind: 'presence'; key: string; link: PresenceChange }
	| { kind: 'maturity'; key: string; result: MaturityChange }
	| { kind: 'hours'; key: string; hours: { before: number; after: number } };

export function reportEntries(step: StepChanges): ReportEntry[] {
	const entries: ReportEntry[] = [];
	for (const record of step.records)
		entries.push({ kind: 'record', key: `r:${record.collection}:${record.id}`, record });
	for (const field of step.fields)
		entries.push({ kind: 'field', key: `f:${field.section}:${field.field}`, field });
	for (const link of step.presence)
		entries.push({ kind: 'presence', key: `p:${link.stakeholderId}:${link.platformId}`, link });
	for (const result of step.maturity)
		entries.push({ kind: 'maturity', key: `m:${result.dimension}`, result });
	if (step.hours) entries.push({ kind: 'hours', key: 'h', hours: step.hours });
	return entries;
}
