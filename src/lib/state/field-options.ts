import { RECORD_SCHEMA } from '../doc/schema';
import type { RecordKind } from '../domain/plan';
import { STEPS } from '../domain/steps';
import {
	DECISIONS,
	GOAL_KINDS,
	LISTENING_KINDS,
	NOTE_COLORS,
	PLATFORM_KINDS,
	SENTIMENTS,
	STAKEHOLDER_GROUPS,
	SWOT_KINDS
} from '../domain/vocabulary';
import { specOf, type EditableField, type FieldOption } from './field-write';

type Schema<K extends RecordKind> = (typeof RECORD_SCHEMA)[K];

/** The fields of a record kind that hold one of a closed list of values. */
export type EnumField<K extends RecordKind> = {
	[F in keyof Schema<K>]: Schema<K>[F] extends { type: 'enum' } ? F : never;
}[keyof Schema<K>] &
	EditableField<K>;

type Labels = Readonly<Record<string, string>>;

const STEP_TITLES: Labels = Object.fromEntries(STEPS.map((step) => [step.id, step.title]));

/**
 * Which vocabulary names the values of each choice field. The schema keeps the values; the words
 * a person reads live in the vocabularies and may change without touching stored plans. Every
 * choice field of the schema must appear here, or this does not compile.
 */
const VOCABULARY_OF: { [K in RecordKind]: { [F in EnumField<K>]: Labels } } = {
	values: {},
	team: {},
	stakeholders: { group: STAKEHOLDER_GROUPS, sentiment: SENTIMENTS },
	listening: { kind: LISTENING_KINDS },
	swot: { kind: SWOT_KINDS },
	platforms: { kind: PLATFORM_KINDS, decision: DECISIONS },
	goals: { kind: GOAL_KINDS },
	notes: { step: STEP_TITLES, color: NOTE_COLORS },
	frames: { step: STEP_TITLES }
};

/** The choices of an enum field, in the schema's order, each with the words a person reads. */
export function optionsOf<K extends RecordKind>(kind: K, field: EnumField<K>): FieldOption[] {
	const spec = specOf(kind, field);
	if (spec.type !== 'enum') return [];
	const labels = (VOCABULARY_OF[kind] as Record<string, Labels>)[field] ?? {};
	return spec.values.map((value) => ({ value, label: labels[String(value)] ?? String(value) }));
}

/** Whether a field is a choice, so its control is a select. */
export function isEnumField<K extends RecordKind>(
	kind: K,
	field: EditableField<K>
): field is EnumField<K> {
	return specOf(kind, field).type === 'enum';
}
