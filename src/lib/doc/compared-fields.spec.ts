import { describe, expect, test } from 'vitest';
import { COMPARED_FIELDS } from '../domain/versions';
import { RECORD_KINDS, RECORD_SCHEMA, type FieldSpec } from './schema';

/**
 * The comparison (domain, which cannot read the schema) declares its own table of fields: these
 * checks keep it in step with the schema, so a field added later is either compared or knowingly
 * left out as layout or bookkeeping.
 */
const NOT_COMPARED = new Set(['order', 'position', 'z', 'rect', 'sourceNote', 'promotedTo']);

describe('the compared fields follow the schema', () => {
	test.each(RECORD_KINDS)('%s', (kind) => {
		const schema = Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][];
		const compared = COMPARED_FIELDS[kind] as Record<string, { kind: { type: string } }>;
		for (const [field, spec] of schema) {
			if (NOT_COMPARED.has(field)) {
				expect(compared[field], `${kind}.${field} is layout or bookkeeping`).toBeUndefined();
				continue;
			}
			expect(compared[field], `${kind}.${field} is compared`).toBeDefined();
			// Paragraphs (Y.Text) get a word-level diff; links show names; nothing else is either.
			expect(compared[field]!.kind.type === 'paragraph', `${kind}.${field}`).toBe(
				spec.type === 'text'
			);
			expect(compared[field]!.kind.type === 'links', `${kind}.${field}`).toBe(
				spec.type === 'links'
			);
		}
		expect(Object.keys(compared).every((field) => field in RECORD_SCHEMA[kind])).toBe(true);
	});
});
