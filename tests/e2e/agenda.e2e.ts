import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { OwnServer } from './fixtures/own-server';
import { join, live, shareWorkshop } from './fixtures/sharing';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/** Seconds left on the shared timer in the facilitation bar, as this person reads it. */
async function secondsLeft(page: Page): Promise<number> {
	const label = await page.getByRole('timer', { name: 'Time left', exact: true }).textContent();
	const parts = (label ?? '').trim().split(':').map(Number);
	expect(parts.every(Number.isFinite), `timer label “${label}”`).toBe(true);
	return parts.reduce((total, part) => total * 60 + part, 0);
}

/** What everyone reads at (nearly) the same moment. */
const everyone = (pages: Page[]) => Promise.all(pages.map(secondsLeft));

function expectClose(values: number[], within: number) {
	expect(
		Math.max(...values) - Math.min(...values),
		`seconds left: ${values.join(', ')}`
	).toBeLessThanOrEqual(within);
}

async function openAgenda(page: Page) {
	await page.getByRole('button', { name: 'Agenda', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
}

const agendaItem = (page: Page, title: string) =>
	page
		.getByRole('list', { name: 'Agenda items' })
		.getByRole('listitem', { name: title, exact: true });

const downloadText = async (page: Page, click: () => Promise<void>) => {
	const download = page.waitForEvent('download');
	await click();
	return readFile((await (await download).path())!);
};

test('time boxes start on everyone’s screen and survive a reload and the relay’s restart; participants only read the agenda', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const server = new OwnServer();
	await server.start();
	try {
		const context = await browser.newContext({ baseURL: server.url });
		const page = await context.newPage();
		const home = new HomePage(page);
		await home.goto();
		const id = await home.create('Agenda day');
		await new WorkshopPage(page, id).waitReady();

		// Planned before anyone joins, in a workshop that is not shared yet.
		await openAgenda(page);
		await page.getByLabel('Minutes for Purpose and values').fill('10');
		await page.getByLabel('Minutes for Purpose and values').press('Tab');
		await page.getByLabel('Minutes for Where we stand').fill('7');
		await page.getByLabel('Minutes for Where we stand').press('Tab');
		await page.getByLabel('Skip Audience and stakeholders today').check();
		await expect(agendaItem(page, 'Audience and stakeholders')).toContainText('Skipped today');

		const links = await shareWorkshop(page);
		await live(page);
		const amara = await join(browser, links.participant, 'Amara');
		const bruno = await join(browser, links.participant, 'Bruno');
		await Promise.all([live(amara), live(bruno)]);

		// The session starts on the first step: its 10 minutes run for everyone.
		await page.getByRole('button', { name: 'Start the session' }).click();
		for (const person of [page, amara, bruno])
			await expect(person.getByRole('timer', { name: 'Time left', exact: true })).toBeVisible();
		const first = await everyone([page, amara, bruno]);
		expectClose(first, 2);
		expect(first[0]).toBeGreaterThan(9 * 60);

		// Next: the facilitator moves on; the 7-minute box starts for everyone.
		await page.getByRole('button', { name: 'Next: Where we stand' }).click();
		await page.waitForURL(/\/maturity$/);
		await expect.poll(() => secondsLeft(amara), { timeout: 10_000 }).toBeLessThanOrEqual(7 * 60);
		const second = await everyone([page, amara, bruno]);
		expectClose(second, 2);
		expect(second[0]).toBeGreaterThan(6 * 60);
		await expect(agendaItem(page, 'Purpose and values')).toContainText('Actual:');
		await expect(
			page.getByRole('status').filter({ hasText: /On time|min (behind|ahead)/ })
		).toBeVisible();

		// Participants see the agenda and its times, and nothing to change it with.
		await openAgenda(amara);
		await expect(amara.getByText('Only the facilitator changes the agenda.')).toBeVisible();
		await expect(agendaItem(amara, 'Where we stand')).toBeVisible();
		await expect(agendaItem(amara, 'Audience and stakeholders')).toContainText('Skipped today');
		await expect(amara.getByLabel('Minutes for Where we stand')).toHaveCount(0);
		await expect(amara.getByRole('button', { name: /^Move .* (earlier|later)$/ })).toHaveCount(0);
		await expect(amara.getByRole('button', { name: 'Start the session' })).toHaveCount(0);

		// A participant reloads: the same remaining time, nothing restarted.
		await amara.reload();
		await live(amara);
		expectClose(await everyone([page, amara, bruno]), 2);

		// The relay restarts: every device reconnects and the time box runs on from the same end.
		const before = await secondsLeft(page);
		const stoppedAt = Date.now();
		await server.stop();
		await expect(
			page.locator('[data-sync="offline"], [data-sync="connecting"]').first()
		).toBeVisible({
			timeout: 15_000
		});
		await server.start();
		await Promise.all([live(page), live(amara), live(bruno)]);
		const after = await everyone([page, amara, bruno]);
		expectClose(after, 2);
		const elapsed = Math.round((Date.now() - stoppedAt) / 1000);
		expect(Math.abs(before - elapsed - after[0]!)).toBeLessThanOrEqual(2);
		// A participant who opens the page afresh after the restart gets it from the relay.
		await bruno.reload();
		await live(bruno);
		expectClose(await everyone([page, amara, bruno]), 2);
		await context.close();
		await amara.context().close();
		await bruno.context().close();
	} finally {
		await server.dispose();
	}
});

test('a recipe makes a workshop in three clicks, and a saved recipe round-trips as a file', async ({
	page
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	// Choose the recipe, create: the title comes from the recipe.
	await page.getByLabel('Start from').selectOption({ label: '90-minute annual review' });
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await page.waitForURL(/\/w\/[0-9a-z]+\/maturity$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Where we stand' })).toBeVisible();
	await expect(page.getByText('Prompt: What changed in the last year?')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Group Grew' })).toBeAttached();
	await expect(page.getByRole('region', { name: 'Group Stalled' })).toBeAttached();

	await openAgenda(page);
	await expect(page.getByLabel('Minutes for Where we stand')).toHaveValue('30');
	await expect(page.getByLabel('Minutes for Platform choice')).toHaveValue('45');
	await expect(page.getByLabel('Minutes for Review and export')).toHaveValue('15');
	await expect(page.getByLabel('Skip Purpose and values today')).toBeChecked();
	await expect(page.getByLabel('Skip Where we stand today')).not.toBeChecked();
	const titles = await page
		.getByRole('list', { name: 'Agenda items' })
		.getByRole('listitem')
		.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
	expect(titles.slice(0, 3)).toEqual(['Where we stand', 'Platform choice', 'Review and export']);

	// Reordered for the day with the keyboard, a break added, then saved as one's own recipe.
	await page.getByRole('button', { name: 'Move Review and export earlier' }).focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Add a break after Where we stand' }).click();
	await expect(agendaItem(page, 'Break')).toBeVisible();
	// A workshop that is not shared keeps its agenda on the device.
	await page.reload();
	await openAgenda(page);
	await expect(agendaItem(page, 'Break')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Move Review and export earlier' })).toBeVisible();
	const kept = await page
		.getByRole('list', { name: 'Agenda items' })
		.getByRole('listitem')
		.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
	expect(kept.slice(0, 4)).toEqual([
		'Where we stand',
		'Break',
		'Review and export',
		'Platform choice'
	]);
	await page.getByLabel('Recipe name').fill('Our review');
	await page.getByRole('button', { name: 'Save as recipe' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved “Our review”' })).toBeVisible();

	await home.goto();
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export recipe Our review' }).click()
	);
	const recipe = JSON.parse(exported.toString('utf8')) as { items: { step?: string }[] };
	expect(recipe.items.map((item) => item.step ?? 'break')).toEqual([
		'maturity',
		'break',
		'review',
		'platforms'
	]);

	// A hostile file is refused with a reason, and nothing changes.
	await page.getByLabel('Import a recipe').setInputFiles({
		name: 'evil.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			exported.toString('utf8').replace('"description"', '"onload": "x", "description"')
		)
	});
	await expect(page.getByRole('alert')).toContainText('Nothing was imported');
	await expect(page.getByRole('list', { name: 'Your recipes' }).getByRole('listitem')).toHaveCount(
		1
	);

	// The file imported and exported again: the same bytes.
	await page.getByLabel('Import a recipe').setInputFiles({
		name: 'our-review.json',
		mimeType: 'application/json',
		buffer: exported
	});
	const list = page.getByRole('list', { name: 'Your recipes' }).getByRole('listitem');
	await expect(list).toHaveCount(2);
	const again = await downloadText(page, () =>
		list.first().getByRole('button', { name: 'Export recipe Our review' }).click()
	);
	expect(again.equals(exported)).toBe(true);

	// One's own recipe is a choice of the form too.
	await page.getByLabel('Start from').selectOption({ label: 'Our review' });
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await page.waitForURL(/\/maturity$/);
	await openAgenda(page);
	await expect(agendaItem(page, 'Break')).toBeVisible();
});

test('the agenda has no serious accessibility violations and fits a phone', async ({ page }) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const home = new HomePage(page);
	await home.goto();
	await page.getByLabel('Start from').selectOption({ label: 'Full-day strategy' });
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await page.waitForURL(/\/purpose$/);
	await openAgenda(page);
	await page.getByLabel('Starts at').fill('09:00');
	await page.getByLabel('Starts at').press('Tab');
	await expect(agendaItem(page, 'Purpose and values')).toContainText('09:00–09:45');
	await expect(agendaItem(page, 'Lunch')).toContainText('12:15–13:15');
	await page.getByRole('button', { name: 'Start the session' }).click();
	await expect(page.getByRole('timer', { name: 'Time left in this step' })).toBeVisible();
	await expectNoSeriousViolations(page, 'the agenda', { include: '#agenda-panel' });
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
		true
	);
	await expectNoSeriousViolations(page, 'the home page with recipes');
});
