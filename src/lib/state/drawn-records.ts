import { RECORD_SCHEMA } from '../doc/schema';
import type { RecordKind } from '../domain/plan';

const undrawn = new Map<RecordKind, ReadonlySet<string>>();

/**
 * The fields of a kind of record that no map draws: its long texts, which is where people type
 * while a map is on screen (a spec changes each of them and checks every map's scene stays).
 */
export function undrawnFields(kind: RecordKind): ReadonlySet<string> {
	let fields = undrawn.get(kind);
	if (!fields) {
		fields = new Set(
			Object.entries(RECORD_SCHEMA[kind])
				.filter(([, spec]) => spec.type === 'text')
				.map(([name]) => name)
		);
		undrawn.set(kind, fields);
	}
	return fields;
}

/**
 * `next`, or `previous` when the two differ only in fields no map draws: a map's scene (thousands
 * of dots laid out again) then is not worked out anew for each key typed into a record's text.
 */
export function drawnRecords<T extends object>(
	kind: RecordKind,
	previous: readonly T[] | undefined,
	next: readonly T[]
): readonly T[] {
	if (!previous || previous.length !== next.length) return next;
	const skip = undrawnFields(kind);
	for (let index = 0; index < next.length; index++) {
		const before = previous[index] as Record<string, unknown>;
		const after = next[index] as Record<string, unknown>;
		if (before === after) continue;
		const keys = Object.keys(after);
		if (keys.length !== Object.keys(before).length) return next;
		for (const key of keys) if (!skip.has(key) && !Object.is(before[key], after[key])) return next;
	}
	return previous;
}

/**
 * A keeper of one kind's drawn records: each call gives the records to draw, the earlier array
 * while only undrawn fields changed (for a `$derived` that must keep its value for the maps).
 */
export function keepDrawn<T extends object>(
	kind: RecordKind
): (next: readonly T[]) => readonly T[] {
	let kept: readonly T[] | undefined;
	return (next) => (kept = drawnRecords(kind, kept, next));
}
