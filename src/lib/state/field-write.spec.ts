import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../doc/plan-doc';
import { PlanWriteError } from '../doc/errors';
import { RECORD_SCHEMA } from '../doc/schema';
import type { RecordKind } from '../domain/plan';
import { keysOf } from '../domain/vocabulary';
import { isEnumField, optionsOf } from './field-options';
import { readFieldValue, specOf, writeField, type EditableField } from './field-write';

function freshPlan(): PlanDoc {
	return new PlanDoc(new Y.Doc());
}

describe('writeField', () => {
	it('splices a text field into its Y.Text, so the text stays one shared object', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const id = plan.add('stakeholders', { name: 'Parents', interests: 'Safe streets' });
		const record = ydoc.getMap('records.stakeholders').get(id) as Y.Map<unknown>;
		const before = record.get('interests');

		writeField(plan, 'stakeholders', id, 'interests', 'Safe streets, open data');

		expect(plan.get('stakeholders', id)?.interests).toBe('Safe streets, open data');
		expect(record.get('interests')).toBeInstanceOf(Y.Text);
		expect(record.get('interests')).toBe(before);
	});

	it.each([
		['a name', 'stakeholders', 'name', 'City council'],
		['a number', 'stakeholders', 'influence', 85],
		['a choice', 'platforms', 'decision', 'focus'],
		['a numeric choice', 'stakeholders', 'sentiment', -1],
		['a tick', 'stakeholders', 'urgency', true],
		['an emptied optional number', 'team', 'hoursPerWeek', null],
		['an emptied optional choice', 'platforms', 'decision', null]
	] as const)('sets %s as a plain value', (_, kind, field, value) => {
		const plan = freshPlan();
		const id = plan.add(kind);
		writeField(plan, kind, id, field as EditableField<typeof kind>, value);
		expect((plan.get(kind, id) as Record<string, unknown>)[field]).toBe(value);
	});

	it.each([
		['effort', 'platforms', 'effort', 3],
		['fit', 'platforms', 'fit', 3],
		['influence', 'stakeholders', 'influence', 50],
		['reach', 'stakeholders', 'reach', 30],
		['a group', 'stakeholders', 'group', 'other'],
		['a sentiment', 'stakeholders', 'sentiment', 0],
		['a kind of goal', 'goals', 'kind', 'reach']
	] as const)(
		'puts the schema’s initial value back when %s is emptied',
		(_, kind, field, initial) => {
			const plan = freshPlan();
			const id = plan.add(kind);
			const spec = specOf(kind, field as EditableField<typeof kind>);
			expect(spec.type !== 'text' && spec.initial).toBe(initial);
			// Move it off its initial value first, so the write visibly restores it.
			const other = spec.type === 'enum' ? spec.values.find((v) => v !== initial) : 1;
			writeField(plan, kind, id, field as EditableField<typeof kind>, other ?? null);
			expect((plan.get(kind, id) as Record<string, unknown>)[field]).not.toBe(initial);

			writeField(plan, kind, id, field as EditableField<typeof kind>, null);
			expect((plan.get(kind, id) as Record<string, unknown>)[field]).toBe(initial);
		}
	);

	it('lets the plan refuse what does not fit', () => {
		const plan = freshPlan();
		const id = plan.add('platforms');
		expect(() => writeField(plan, 'platforms', id, 'decision', 'everywhere')).toThrow(
			PlanWriteError
		);
		expect(() => writeField(plan, 'platforms', id, 'name', 'x'.repeat(10_000))).toThrow(/too long/);
		expect(() => writeField(plan, 'platforms', id, 'norms', 3)).toThrow(PlanWriteError);
		expect(plan.get('platforms', id)?.decision).toBeNull();
	});

	it('writes nothing to a read-only plan', () => {
		const plan = freshPlan();
		const id = plan.add('goals', { metric: 'Replies' });
		plan.makeReadOnly();
		expect(() => writeField(plan, 'goals', id, 'metric', 'Visits')).toThrow(PlanWriteError);
		expect(plan.get('goals', id)?.metric).toBe('Replies');
	});
});

describe('readFieldValue', () => {
	it('reads a record’s value, and the schema’s initial value when the record is gone', () => {
		const plan = freshPlan();
		const id = plan.add('platforms', { effort: 5, norms: 'Long threads' });
		expect(readFieldValue(plan.get('platforms', id), 'platforms', 'effort')).toBe(5);
		expect(readFieldValue(plan.get('platforms', id), 'platforms', 'norms')).toBe('Long threads');
		expect(readFieldValue(undefined, 'platforms', 'effort')).toBe(3);
		expect(readFieldValue(undefined, 'platforms', 'norms')).toBe('');
		expect(readFieldValue(undefined, 'platforms', 'decision')).toBeNull();
	});
});

describe('optionsOf', () => {
	it('names every value of every choice field of the schema', () => {
		for (const kind of keysOf(RECORD_SCHEMA) as RecordKind[]) {
			for (const field of keysOf(RECORD_SCHEMA[kind])) {
				if (field === 'order') continue;
				const spec = specOf(kind, field as EditableField<RecordKind>);
				if (spec.type !== 'enum') continue;
				expect(isEnumField(kind, field as EditableField<RecordKind>)).toBe(true);
				const options = optionsOf(kind, field as never);
				expect(options.map((option) => option.value)).toEqual(spec.values);
				for (const option of options) expect(option.label, `${kind}.${field}`).not.toBe('');
				for (const option of options)
					expect(option.label, `${kind}.${field}=${option.value}`).not.toBe(String(option.value));
			}
		}
	});

	it('labels a numeric choice from its vocabulary', () => {
		expect(optionsOf('stakeholders', 'sentiment')).toContainEqual({ value: -1, label: 'Critical' });
		expect(optionsOf('platforms', 'decision')[0]).toEqual({ value: 'focus', label: 'Focus' });
	});
});
