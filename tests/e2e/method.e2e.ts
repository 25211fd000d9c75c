import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

test('a facilitator runs the whole method on a fresh workshop; the review checks the plan', async ({
	page
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	const workshop = new WorkshopPage(page, await home.create('Harbour museum strategy'));
	await workshop.waitReady();
	await expect(page.getByText('Guidance for this step')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Questions to ask the room' })).toBeVisible();

	// Purpose: the team, nobody yet who lives on social media.
	await page
		.getByLabel('What are we trying to achieve?')
		.fill('Bring the harbour’s history to the people who live by it');
	await workshop.addByName('New team member', 'Noor');
	await page.getByLabel('Hours per week').fill('2');

	// A brainstorm note becomes a value (from the list view of the board).
	await workshop.showList();
	await workshop.addByName('New note', 'Curiosity');
	await page.getByRole('button', { name: 'Add “Curiosity” to the plan' }).click();
	await page.getByLabel('Make this note').selectOption({ label: 'a value' });
	await page.getByRole('button', { name: 'Add to the plan' }).click();
	await expect(page.getByLabel('Value', { exact: true })).toHaveValue('Curiosity');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('link', { name: '✓ In the plan' })).toBeVisible();

	// Stakeholders from the starter groups, one click each, and one from a note.
	await workshop.openStep('Audience and stakeholders');
	const starters = page.getByRole('group', { name: 'Add a starter group' });
	await starters.getByRole('button', { name: '+ Community' }).click();
	await starters.getByRole('button', { name: '+ Media' }).click();
	await workshop.addByName('New note', 'Local divers club');
	await page.getByRole('button', { name: 'Make “Local divers club” a stakeholder' }).click();
	await expect(page.getByText('Stakeholders (3)')).toBeVisible();
	// The media are influential and critical, and nobody has a plan for them yet.
	await workshop.openRecord('Media');
	await page.getByRole('textbox', { name: 'Influence (0–100)' }).fill('80');
	await page.getByLabel('Sentiment towards us').selectOption({ label: 'Critical' });

	// Platforms: one from the library, one typed; the presence grid; decisions.
	await workshop.openStep('Platform choice');
	await page
		.getByLabel('Start from a common kind of platform')
		.selectOption({ label: 'Community forum' });
	await page.getByRole('button', { name: 'Add this platform' }).click();
	await workshop.addByName('New platform', 'Harbour newsletter');
	await expect(page.getByText('Platforms (2)')).toBeVisible();
	const cell = page.getByRole('button', { name: 'Community on Harbour newsletter: not present' });
	await cell.click();
	await expect(
		page.getByRole('button', { name: 'Community on Harbour newsletter: occasional' })
	).toBeVisible();
	await page
		.getByRole('button', { name: 'Community on Harbour newsletter: occasional' })
		.press('ArrowDown');
	await page.keyboard.press('3');
	await expect(
		page.getByRole('button', { name: 'Media on Harbour newsletter: very active' })
	).toBeVisible();
	await workshop.openRecord('Harbour newsletter');
	await page.getByLabel('Decision', { exact: true }).selectOption('focus');
	await page.getByLabel('Reason for the decision').fill('Our visitors read it');
	await page.locator('summary').filter({ hasText: 'Harbour newsletter' }).click();
	await workshop.openRecord('Community forum');
	await expect(page.getByLabel('Community norms')).not.toHaveValue('');
	await page.getByLabel('Decision', { exact: true }).selectOption('focus');

	// Goals: one reach goal, without an owner yet.
	await workshop.openStep('Goals and measures');
	await workshop.addByName('New goal', 'Grow newsletter readers');
	await workshop.openRecord('Grow newsletter readers');
	await page.getByLabel('Metric').fill('Subscribers');
	await page.getByLabel('Target').fill('2,000');
	await page.getByLabel('Deadline').fill('2027-09-30');

	// Limitations: a response time, no faces yet.
	await workshop.openStep('Limitations and commitment');
	await page.getByLabel('Target response time').fill('48');

	// Review: the summary and the weak spots.
	await workshop.openStep('Review and export');
	await expect(
		page.getByText('Bring the harbour’s history to the people who live by it')
	).toBeVisible();
	const findings = page.getByRole('list', { name: 'Plan-check findings' });
	await expect(findings.getByText('“Grow newsletter readers” has no owner.')).toBeVisible();
	await expect(
		findings.getByText('No goal is about listening, relationships or reputation')
	).toBeVisible();
	await expect(findings.getByText('Nobody on the team uses social media daily.')).toBeVisible();
	await expect(
		findings.getByText('“Media” has high influence, a negative view of us')
	).toBeVisible();
	await expect(
		findings.getByText('“Community forum” is a focus, but none of the high-influence')
	).toBeVisible();
	await expect(findings.getByText('2 focus platforms for 2 hours a week')).toBeVisible();
	await expect(
		findings.getByText('“Harbour newsletter” has no named person behind it.')
	).toBeVisible();
	// Badges show on the steps concerned.
	const nav = page.getByRole('navigation', { name: 'Workshop steps' });
	await expect(
		nav.getByRole('link', { name: /Goals and measures.*plan-check finding/ })
	).toBeVisible();

	// Fixing a finding through its link makes it disappear.
	const goalFinding = findings.getByRole('listitem').filter({ hasText: 'has no owner' });
	await goalFinding.getByRole('link', { name: 'Fix this in “Goals and measures”' }).click();
	await expect(page.getByLabel('Owner')).toBeVisible();
	await page.getByLabel('Owner').fill('Noor');
	await workshop.openStep('Review and export');
	await expect(findings.getByText('has no owner')).toHaveCount(0);

	const mediaFinding = findings
		.getByRole('listitem')
		.filter({ hasText: '“Media” has high influence' });
	await mediaFinding.getByRole('link').click();
	await page
		.getByLabel('How we will engage', { exact: true })
		.fill('Invite the harbour reporter to the archive days');
	await workshop.openStep('Review and export');
	await expect(findings.getByText('“Media” has high influence')).toHaveCount(0);
});

test('the example workshop opens with every step filled in and no plan-check findings', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await page.getByRole('button', { name: 'Try an example' }).click();
	await page.waitForURL(/\/purpose$/);
	await expect(page.getByText('8 of 8 steps started')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Workshop steps' })
		.getByRole('link', { name: 'Review and export' })
		.click();
	await expect(page.getByText('The plan check finds no weak spots.')).toBeVisible();
	await home.goto();
	await expect(home.list.getByRole('heading')).toHaveCount(1);
});
