import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { diffPlans } from '../../domain/versions';
import VersionChanges from './VersionChanges.svelte';

const noop = () => {};

describe('VersionChanges', () => {
	it('opens a short report whole', async () => {
		const before = strategyPlan();
		const after = structuredClone(before);
		after.stakeholders[0]!.interest = 3;
		const changes = diffPlans(before, after);
		render(VersionChanges, {
			changes,
			restoreFrom: 'March',
			onrestorerecord: noop,
			onrestoretext: noop
		});
		const toggle = page.getByRole('button', { name: /^Audience and stakeholders 1 change$/ });
		await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect
			.element(page.getByRole('button', { name: /^Restore this record: stakeholder/ }))
			.toBeVisible();
	});

	it('shows thousands of changes as steps with counts, opened on demand a page at a time', async () => {
		const before = strategyPlan('large');
		const after = structuredClone(before);
		after.stakeholders = [];
		after.goals = [];
		const changes = diffPlans(before, after);
		const stakeholders = before.stakeholders.length;
		expect(stakeholders).toBeGreaterThan(100);
		render(VersionChanges, {
			changes,
			restoreFrom: null,
			onrestorerecord: noop,
			onrestoretext: noop
		});
		const heading = page.getByRole('heading', { name: /^Audience and stakeholders/ });
		await expect.element(heading).toHaveTextContent(new RegExp(`${stakeholders} changes`));
		// Closed: no row is built until someone asks.
		const toggle = heading.getByRole('button');
		await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(document.body.querySelectorAll('li').length).toBe(0);

		// Opened from the keyboard: one page of rows.
		(toggle.element() as HTMLButtonElement).focus();
		await userPress('Enter');
		await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
		const list = page.getByRole('list').first();
		await expect.element(list).toBeVisible();
		expect(document.body.querySelectorAll('li.record-change').length).toBe(25);
		await expect.element(page.getByText(`25 of ${stakeholders} shown`)).toBeVisible();

		await page.getByRole('button', { name: 'Show 25 more' }).click();
		await expect.element(page.getByText(`50 of ${stakeholders} shown`)).toBeVisible();
		expect(document.body.querySelectorAll('li.record-change').length).toBe(50);

		await toggle.click();
		expect(document.body.querySelectorAll('li').length).toBe(0);
	});
});

async function userPress(key: string) {
	const { userEvent } = await import('vitest/browser');
	await userEvent.keyboard(`{${key}}`);
}
