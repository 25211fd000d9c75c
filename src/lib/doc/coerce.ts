import * as Y from 'yjs';
import type { FieldSpec } from './schema';

/**
 * Turns whatever is stored under a field into the value its spec promises. Stored data may come
 * from an older or newer app, a damaged file or a hostile peer: a view must never receive a number
 * where it expects text, so unknown shapes fall back to the field's initial value.
 */
export function readField(spec: FieldSpec, stored: unknown): unknown {
	switch (spec.type) {
		case 'text':
			if (stored instanceof Y.Text) return stored.toString();
			return typeof stored === 'string' ? stored : '';
		case 'string':
			return typeof stored === 'string' ? stored : spec.initial;
		case 'number':
			return coerceNumber(spec, stored);
		case 'boolean':
			return typeof stored === 'boolean' ? stored : spec.initial;
		case 'enum':
			return spec.values.includes(stored as string | number) ? stored : spec.initial;
		case 'links':
			if (!(stored instanceof Y.Map)) return [];
			return [...(stored as Y.Map<unknown>).keys()].sort();
	}
}

export function coerceNumber(
	spec: { min: number; max: number; initial: number | null; integer?: boolean },
	stored: unknown
): number | null {
	if (typeof stored !== 'number' || !Number.isFinite(stored)) return spec.initial;
	const rounded = spec.integer ? Math.round(stored) : stored;
	return Math.min(spec.max, Math.max(spec.min, rounded));
}
