import type { RecordKind } from './plan';

/**
 * What is kept out of the public edition of an export. A plan holds a set of keys, each naming a
 * whole record (`stakeholders:<id>`), one field of a record (`stakeholders:<id>:concerns`) or one
 * of the plan's own texts (`commitment.privacyRules`, `purpose.statement`, `maturity.planning`).
 * Keys of deleted records stay harmlessly in the set: nothing refers to them any more.
 */
export const internalKey = {
	record: (kind: RecordKind, id: string) => `${kind}:${id}`,
	field: (kind: RecordKind, id: string, field: string) => `${kind}:${id}:${field}`,
	text: (root: string) => root
} as const;

const KEY = /^(?:[a-z]+:[A-Za-z0-9_-]{1,64}(?::[A-Za-z]{1,40})?|[a-z]+\.[A-Za-z]{1,40})$/;

/** Keys come from other devices too: anything that is not a well-formed key is ignored. */
export function isInternalKey(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 160 && KEY.test(value);
}

export interface InternalSet {
	has(key: string): boolean;
}

/** Whether a record is internal, or one of its fields when `field` is given. */
export function isInternal(
	internal: InternalSet,
	kind: RecordKind,
	id: string,
	field?: string
): boolean {
	if (internal.has(internalKey.record(kind, id))) return true;
	return field !== undefined && internal.has(internalKey.field(kind, id, field));
}
