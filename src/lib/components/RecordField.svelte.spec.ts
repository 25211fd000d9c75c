import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ComponentProps } from 'svelte';
import { render } from 'vitest-browser-svelte';
import RecordFieldsInSession from '../../../tests/helpers/RecordFieldsInSession.svelte';
import { PlanWriteError } from '../doc/errors';
import { PlanDoc } from '../doc/plan-doc';
import type { RecordKind } from '../domain/plan';
import type { EditableField } from '../state/field-write';
import { PlanView } from '../state/plan-view.svelte';

/** A plan on a real Y.Doc, behind the three things a record field uses from its session. */
function sessionOver(plan: PlanDoc) {
	return {
		view: new PlanView(plan),
		get readOnly() {
			return plan.readOnly;
		},
		edit(change: (plan: PlanDoc) => void): boolean {
			try {
				change(plan);
				return true;
			} catch (error) {
				if (error instanceof PlanWriteError) return false;
				throw error;
			}
		}
	};
}

/** One field as a step's editor places it. */
interface FieldProps<K extends RecordKind> {
	kind: K;
	id: string;
	field: EditableField<K>;
	label: string;
	hint?: string;
	compact?: boolean;
	unit?: string;
	emptyLabel?: string;
}

/**
 * Renders fields of one record kind. The harness's kind is generic, which `render` cannot infer:
 * the fields are typed here instead.
 */
function renderFields<K extends RecordKind>(
	session: ReturnType<typeof sessionOver>,
	fields: FieldProps<K>[]
) {
	return render(RecordFieldsInSession, {
		session,
		fields
	} as unknown as ComponentProps<typeof RecordFieldsInSession>);
}

function stakeholderPlan() {
	const ydoc = new Y.Doc();
	const plan = new PlanDoc(ydoc);
	const id = plan.add('stakeholders', { name: 'Parents' });
	return { plan, ydoc, id, session: sessionOver(plan) };
}

describe('RecordField', () => {
	it('types into a shared text with setText, and shows an edit from elsewhere', async () => {
		const { plan, ydoc, id, session } = stakeholderPlan();
		const record = ydoc.getMap('records.stakeholders').get(id) as Y.Map<unknown>;
		const shared = record.get('interests');
		await renderFields(session, [
			{ kind: 'stakeholders', id, field: 'interests', label: 'Interests', hint: 'Why' }
		]);
		const box = page.getByRole('textbox', { name: 'Interests' });
		expect(box.element().tagName).toBe('TEXTAREA');
		await expect.element(box).toHaveAccessibleDescription('Why');

		await userEvent.type(box, 'Safe streets');
		expect(plan.get('stakeholders', id)?.interests).toBe('Safe streets');
		// Spliced into the same Y.Text: a concurrent edit merges instead of replacing it.
		expect(record.get('interests')).toBe(shared);

		plan.setText('stakeholders', id, 'interests', 'Safe streets, open data');
		await expect.element(box).toHaveValue('Safe streets, open data');
	});

	it('edits a name as one line, within the name limit', async () => {
		const { plan, id, session } = stakeholderPlan();
		await renderFields(session, [{ kind: 'stakeholders', id, field: 'name', label: 'Name' }]);
		const input = page.getByRole('textbox', { name: 'Name' });
		expect(input.element().tagName).toBe('INPUT');
		await expect.element(input).toHaveValue('Parents');
		await input.fill('x'.repeat(301));
		await expect.element(page.getByRole('alert')).toHaveTextContent(/the limit is 300/);
		expect(plan.get('stakeholders', id)?.name).toBe('Parents');
		await input.fill('City council');
		expect(plan.get('stakeholders', id)?.name).toBe('City council');
	});

	it('edits a number within the schema’s range, and an emptied number takes the schema’s initial value', async () => {
		const { plan, id, session } = stakeholderPlan();
		await renderFields(session, [
			{ kind: 'stakeholders', id, field: 'reach', label: 'Reach', unit: '0–100' }
		]);
		const input = page.getByRole('textbox', { name: 'Reach (0–100)' });
		await expect.element(input).toHaveValue('30');
		await input.fill('85');
		expect(plan.get('stakeholders', id)?.reach).toBe(85);
		await input.fill('120');
		expect(plan.get('stakeholders', id)?.reach).toBe(100);
		await input.fill('lots');
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent('Enter a number from 0 to 100.');
		expect(plan.get('stakeholders', id)?.reach).toBe(100);
		await input.fill('');
		expect(plan.get('stakeholders', id)?.reach).toBe(30);
	});

	it('commits a table’s number cell as a whole number when it is entered', async () => {
		const plan = new PlanDoc(new Y.Doc());
		const id = plan.add('platforms', { name: 'Town forum' });
		await renderFields(sessionOver(plan), [
			{ kind: 'platforms', id, field: 'effort', label: 'Effort of Town forum', compact: true }
		]);
		const cell = page.getByRole('spinbutton', { name: 'Effort of Town forum' });
		await expect.element(cell).toHaveValue(3);
		await cell.fill('4.6');
		expect(plan.get('platforms', id)?.effort).toBe(3);
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => plan.get('platforms', id)?.effort).toBe(5);
		await expect.element(cell).toHaveValue(5);
	});

	it('offers a choice’s values with their words, and keeps numbers numbers', async () => {
		const { plan, id, session } = stakeholderPlan();
		await renderFields(session, [
			{ kind: 'stakeholders', id, field: 'sentiment', label: 'Sentiment towards us' },
			{ kind: 'stakeholders', id, field: 'group', label: 'Group of Parents', compact: true }
		]);
		const sentiment = page.getByRole('combobox', { name: 'Sentiment towards us' });
		expect(
			[...(sentiment.element() as HTMLSelectElement).options].map((option) => option.text)
		).toEqual(['Hostile', 'Critical', 'Neutral', 'Supportive', 'Advocate']);
		await expect.element(sentiment).toHaveDisplayValue('Neutral');
		await sentiment.selectOptions('Critical');
		expect(plan.get('stakeholders', id)?.sentiment).toBe(-1);

		const group = page.getByRole('combobox', { name: 'Group of Parents' });
		await expect.element(group).toHaveDisplayValue('Other');
		await group.selectOptions('Regulators');
		expect(plan.get('stakeholders', id)?.group).toBe('regulators');
	});

	it('lets a choice the schema starts unset go back to unset', async () => {
		const plan = new PlanDoc(new Y.Doc());
		const id = plan.add('platforms', { name: 'Town forum' });
		await renderFields(sessionOver(plan), [
			{ kind: 'platforms', id, field: 'decision', label: 'Decision', emptyLabel: 'Undecided' }
		]);
		const decision = page.getByRole('combobox', { name: 'Decision' });
		await expect.element(decision).toHaveDisplayValue('Undecided');
		await decision.selectOptions('Listen only');
		expect(plan.get('platforms', id)?.decision).toBe('listen');
		await decision.selectOptions('Undecided');
		expect(plan.get('platforms', id)?.decision).toBeNull();
	});

	it('ticks a yes-or-no field, as a field or as a table cell', async () => {
		const { plan, id, session } = stakeholderPlan();
		await renderFields(session, [
			{ kind: 'stakeholders', id, field: 'power', label: 'Power', hint: 'They can' },
			{ kind: 'stakeholders', id, field: 'urgency', label: 'Urgency: Parents', compact: true }
		]);
		await page.getByRole('checkbox', { name: 'Power' }).click();
		expect(plan.get('stakeholders', id)?.power).toBe(true);
		await page.getByRole('checkbox', { name: 'Urgency: Parents' }).click();
		expect(plan.get('stakeholders', id)?.urgency).toBe(true);
	});

	it('shows the schema’s initial value where the stored one is unreadable', async () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const id = plan.add('platforms', { name: 'Town forum' });
		const record = ydoc.getMap('records.platforms').get(id) as Y.Map<unknown>;
		record.set('fit', 'very good');
		await renderFields(sessionOver(plan), [
			{ kind: 'platforms', id, field: 'fit', label: 'Fit', unit: '1 poor – 5 excellent' }
		]);
		await expect.element(page.getByRole('textbox', { name: /^Fit/ })).toHaveValue('3');
	});

	it('changes nothing in a read-only plan', async () => {
		const { plan, id, session } = stakeholderPlan();
		plan.makeReadOnly();
		await renderFields(session, [
			{ kind: 'stakeholders', id, field: 'name', label: 'Name' },
			{ kind: 'stakeholders', id, field: 'notes', label: 'Notes' },
			{ kind: 'stakeholders', id, field: 'influence', label: 'Influence', unit: '0–100' },
			{
				kind: 'stakeholders',
				id,
				field: 'interest',
				label: 'Interest of Parents',
				compact: true
			},
			{ kind: 'stakeholders', id, field: 'group', label: 'Group' },
			{
				kind: 'stakeholders',
				id,
				field: 'sentiment',
				label: 'Sentiment of Parents',
				compact: true
			},
			{ kind: 'stakeholders', id, field: 'legitimacy', label: 'Legitimacy' },
			{ kind: 'stakeholders', id, field: 'power', label: 'Power: Parents', compact: true }
		]);
		for (const name of ['Name', 'Notes', 'Influence (0–100)'])
			await expect.element(page.getByRole('textbox', { name })).toHaveAttribute('readonly');
		await expect
			.element(page.getByRole('spinbutton', { name: 'Interest of Parents' }))
			.toHaveAttribute('readonly');
		for (const name of ['Group', 'Sentiment of Parents'])
			await expect.element(page.getByRole('combobox', { name })).toBeDisabled();
		for (const name of ['Legitimacy', 'Power: Parents'])
			await expect.element(page.getByRole('checkbox', { name })).toBeDisabled();

		await userEvent.type(page.getByRole('textbox', { name: 'Name' }), 'x');
		expect(plan.get('stakeholders', id)?.name).toBe('Parents');
	});
});
