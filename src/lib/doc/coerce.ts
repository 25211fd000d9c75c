import * as Y from 'yjs';
import type { Box, Point } from '../domain/plan';
import { COORDINATE_LIMIT } from '../domain/limits';
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
		case 'point':
			return readPoint(stored);
		case 'box':
			return readBox(stored) ?? spec.initial;
	}
}

function coordinate(value: unknown): number | null {
	if (typeof value !== 'number' || Number.isNaN(value)) return null;
	return Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, value));
}

function size(value: unknown): number | null {
	if (typeof value !== 'number' || Number.isNaN(value)) return null;
	return Math.min(2 * COORDINATE_LIMIT, Math.max(0, value));
}

/** `[x, y]` with both coordinates clamped, or null for anything else (a hostile peer's NaN, say). */
export function readPoint(stored: unknown): Point | null {
	if (!Array.isArray(stored) || stored.length !== 2) return null;
	const x = coordinate(stored[0]);
	const y = coordinate(stored[1]);
	return x === null || y === null ? null : [x, y];
}

/** `[x, y, width, height]` clamped (sizes between 0 and twice the limit), or null. */
export function readBox(stored: unknown): Box | null {
	if (!Array.isArray(stored) || stored.length !== 4) return null;
	const [x, y] = [coordinate(stored[0]), coordinate(stored[1])];
	const [width, height] = [size(stored[2]), size(stored[3])];
	if (x === null || y === null || width === null || height === null) return null;
	return [x, y, width, height];
}

export function coerceNumber(
	spec: { min: number; max: number; initial: number | null; integer?: boolean },
	stored: unknown
): number | null {
	if (typeof stored !== 'number' || !Number.isFinite(stored)) return spec.initial;
	const rounded = spec.integer ? Math.round(stored) : stored;
	return Math.min(spec.max, Math.max(spec.min, rounded));
}
