import { PlanWriteError } from '../doc/errors';
import type { PlanDoc } from '../doc/plan-doc';
import {
	RECORD_SCHEMA,
	type FieldSpec,
	type LinkField,
	type TextField,
	type ValuePatch
} from '../doc/schema';
import type { RecordKind } from '../domain/plan';

type Schema<K extends RecordKind> = (typeof RECORD_SCHEMA)[K];

/**
 * The fields of a record a person edits one at a time: all but the sort order (moved, not typed),
 * the sets of links (toggled one target at a time with `setLink`) and places on a canvas (dragged).
 */
export type EditableField<K extends RecordKind> = Exclude<
	keyof Schema<K> & string,
	'order' | 'position' | 'rect' | LinkField<K>
>;

/** The spec of an editable field: everything but links and canvas places. */
export type EditableSpec = Exclude<FieldSpec, { type: 'links' | 'point' | 'box' }>;

/** What a control hands back: text, a number, a choice, a tick, or nothing (an empty control). */
export type FieldValue = string | number | boolean | null;

/** A value of a choice field with the words a person reads. */
export interface FieldOption {
	value: string | number;
	label: string;
}

/** What a control of its own needs: the value, whether it may change it, and the way to. */
export interface FieldControl {
	value: FieldValue;
	readonly: boolean;
	/** A choice field's values with their words; empty for other fields. */
	options: readonly FieldOption[];
	save: (value: FieldValue) => void;
}

export function specOf<K extends RecordKind>(kind: K, field: EditableField<K>): EditableSpec {
	return (RECORD_SCHEMA[kind] as Record<string, EditableSpec>)[field] as EditableSpec;
}

/**
 * The value to store for what a control gave: an emptied number or choice falls back to the
 * schema's initial value, so a field that cannot be unset gets its default rather than an error.
 */
export function valueOrInitial(spec: EditableSpec, value: FieldValue): FieldValue {
	if (value !== null || spec.type === 'text') return value;
	return spec.initial;
}

/**
 * Writes one field the way the schema stores it: a Y.Text is spliced with `setText` so concurrent
 * typing merges; every other field is a plain value set with `update`. PlanDoc checks the value
 * (type, limits, choices) and refuses what does not fit.
 */
export function writeField<K extends RecordKind>(
	plan: PlanDoc,
	kind: K,
	id: string,
	field: EditableField<K>,
	value: FieldValue
): void {
	const spec = specOf(kind, field);
	if (spec.type === 'text') {
		if (typeof value !== 'string') throw new PlanWriteError(`${field} must be text.`);
		plan.setText(kind, id, field as string as TextField<K>, value);
	} else {
		plan.update(kind, id, { [field]: valueOrInitial(spec, value) } as ValuePatch<K>);
	}
}

/** A record's field as a control shows it; a missing record shows the schema's initial value. */
export function readFieldValue<K extends RecordKind>(
	record: object | undefined,
	kind: K,
	field: EditableField<K>
): FieldValue {
	const stored = (record as Record<string, unknown> | undefined)?.[field];
	if (stored !== undefined) return stored as FieldValue;
	const spec = specOf(kind, field);
	return spec.type === 'text' ? '' : spec.initial;
}
