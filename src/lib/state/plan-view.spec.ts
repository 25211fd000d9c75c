import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../doc/plan-doc';
import { SECTION_NAMES } from '../doc/sections';
import { PlanView } from './plan-view.svelte';

// Reactivity needs a browser; here, that every read reaches the plan's cached snapshot.
describe('PlanView', () => {
	it.each(SECTION_NAMES)('reads the %s section as the plan’s own snapshot', (name) => {
		const plan = PlanDoc.create({ title: 'Spring' });
		expect(new PlanView(plan).section(name)).toBe(plan.section(name));
	});

	it('keeps the shorthands components read', () => {
		const plan = PlanDoc.create({ title: 'Spring' });
		const view = new PlanView(plan);
		expect(view.meta).toBe(plan.meta);
		expect(view.purpose).toBe(plan.purpose);
		expect(view.commitment).toBe(plan.commitment);
		expect(view.maturityNotes).toBe(plan.maturityNotes);
		expect(view.ratings).toBe(plan.ratings);
		expect(view.presence).toBe(plan.presence);
		expect(view.internal).toBe(plan.internal);
	});

	it('follows the plan’s undo history', () => {
		const plan = new PlanDoc();
		const view = new PlanView(plan);
		expect([view.canUndo, view.canRedo]).toEqual([false, false]);
		plan.add('values', { text: 'Openness' });
		expect([view.canUndo, view.canRedo]).toEqual([true, false]);
		plan.undo();
		expect([view.canUndo, view.canRedo]).toEqual([false, true]);
	});
});
