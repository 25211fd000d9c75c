import { describe, expect, it } from 'vitest';
import {
	SALIENCE_CLASS_KEYS,
	SALIENCE_CLASSES,
	salienceGroups,
	salienceOf,
	type SalienceClass
} from './salience';

describe('salienceOf', () => {
	const cases: [power: boolean, legitimacy: boolean, urgency: boolean, expected: SalienceClass][] =
		[
			[false, false, false, 'none'],
			[true, false, false, 'dormant'],
			[false, true, false, 'discretionary'],
			[false, false, true, 'demanding'],
			[true, true, false, 'dominant'],
			[true, false, true, 'dangerous'],
			[false, true, true, 'dependent'],
			[true, true, true, 'definitive']
		];
	it.each(cases)(
		'power %s, legitimacy %s, urgency %s → %s',
		(power, legitimacy, urgency, expected) => {
			const salience = salienceOf({ power, legitimacy, urgency });
			expect(salience).toBe(expected);
			// The table's attributes say the same thing as the rule.
			const attributes = SALIENCE_CLASSES[salience].attributes as readonly string[];
			expect(attributes.includes('power')).toBe(power);
			expect(attributes.includes('legitimacy')).toBe(legitimacy);
			expect(attributes.includes('urgency')).toBe(urgency);
		}
	);

	it('has a label and one plain sentence of advice per class', () => {
		expect(SALIENCE_CLASS_KEYS).toHaveLength(8);
		for (const key of SALIENCE_CLASS_KEYS) {
			const { label, advice } = SALIENCE_CLASSES[key];
			expect(label.length).toBeGreaterThan(0);
			expect(advice).toMatch(/^[A-Z].*\.$/);
		}
	});
});

describe('salienceGroups', () => {
	it('keeps every stakeholder once, in the given order, with an entry for every class', () => {
		const list = [
			{ id: 'a', power: true, legitimacy: true, urgency: true },
			{ id: 'b', power: false, legitimacy: false, urgency: false },
			{ id: 'c', power: true, legitimacy: true, urgency: true }
		];
		const groups = salienceGroups(list);
		expect(Object.keys(groups)).toEqual(SALIENCE_CLASS_KEYS);
		expect(groups.definitive.map((s) => s.id)).toEqual(['a', 'c']);
		expect(groups.none.map((s) => s.id)).toEqual(['b']);
		expect(groups.dormant).toEqual([]);
	});
});
