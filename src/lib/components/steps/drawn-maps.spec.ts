import { beforeAll, describe, expect, it } from 'vitest';
import { referenceWorkshop } from '../../../../tests/factories/workshop';
import { RECORD_SCHEMA, type FieldSpec } from '../../doc/schema';
import type { Plan } from '../../domain/plan';
import { fitEffortScene } from '../../maps/platform/fit-effort-layout';
import { platformMapScene } from '../../maps/platform/layout';
import { stakeholderMapScene } from '../../maps/stakeholder/layout';
import { salienceMapScene } from '../../maps/stakeholder/salience-layout';
import { drawnRecords, undrawnFields } from '../../state/drawn-records';

type Kind = 'stakeholders' | 'platforms';

// Every field of stakeholders and platforms, changed one at a time: the maps' records are kept
// for exactly the fields whose change no map shows (checked by drawing every map both ways).

/** Every map drawn from a plan's stakeholders and platforms. */
function scenes(plan: Plan) {
	const mapped = {
		stakeholders: plan.stakeholders,
		platforms: plan.platforms,
		presence: plan.presence
	};
	return JSON.stringify([
		stakeholderMapScene(mapped),
		salienceMapScene(mapped),
		platformMapScene(mapped),
		fitEffortScene(mapped)
	]);
}

/** Another value for a field, of its type, that any map drawing the field would show. */
function otherValue(spec: FieldSpec, value: unknown): unknown {
	switch (spec.type) {
		case 'text':
		case 'string':
			return `${String(value ?? '')} changed`;
		case 'number':
			return value === spec.max ? spec.min : spec.max;
		case 'boolean':
			return !value;
		case 'enum':
			return spec.values.find((candidate) => candidate !== value) ?? null;
		default:
			return value;
	}
}

const cases = (['stakeholders', 'platforms'] as const).flatMap((kind) =>
	Object.entries(RECORD_SCHEMA[kind] as Record<string, FieldSpec>).map(
		([field, spec]) => [kind, field, spec] as [Kind, string, FieldSpec]
	)
);

describe('the maps drawn while a person types', () => {
	let plan: Plan;
	beforeAll(() => {
		plan = referenceWorkshop().toJSON();
	});

	it.each(cases)('%s.%s', (kind, field, spec) => {
		const records = plan[kind] as unknown as Record<string, unknown>[];
		const changed = records.map((record, index) =>
			index === 0 ? { ...record, [field]: otherValue(spec, record[field]) } : record
		);
		const kept = drawnRecords(kind, records, changed);
		if (undrawnFields(kind).has(field)) {
			// Kept as it was: and indeed no map changes with it.
			expect(kept).toBe(records);
			expect(scenes({ ...plan, [kind]: changed })).toBe(scenes(plan));
		} else {
			expect(kept).toBe(changed);
		}
	});
});
