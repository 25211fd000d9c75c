import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MARKUP_NAME } from '../factories/workshop';
import { expectNoSeriousViolations } from './fixtures/axe';
import { join, live, shareWorkshop } from './fixtures/sharing';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/** pdftotext's output with line breaks and break opportunities folded, so wrapped names match. */
const flat = (text: string) =>
	text
		.replace(/[\u200b\u00ad]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** As long as a name may be (300 characters), with an unbroken run wider than the page. */
const LONG_NAME = `Neighbourhood ${'association'.repeat(8)} ${'of readers and writers '.repeat(9)}`
	.slice(0, 300)
	.trim();

async function agenda(page: Page) {
	await page.getByRole('button', { name: 'Agenda', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
}

test('today’s summary lists exactly what changed during the session, in the dialog and its PDF', async ({
	page
}) => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(joinPath(tmpdir(), 'canal-summary-'));
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Summary day');
	const workshop = new WorkshopPage(page, id);
	await workshop.gotoStep('stakeholders');
	await workshop.addByName('New stakeholder', 'Known before the day');
	await workshop.waitSaved();

	// Starting the session saves the plan as it is: the summary's "before".
	await agenda(page);
	await page.getByRole('button', { name: 'Start the session' }).click();
	await expect(page.getByRole('button', { name: 'End the session' })).toBeVisible();
	await workshop.gotoStep('stakeholders');
	await workshop.addByName('New stakeholder', MARKUP_NAME);
	await workshop.addByName('New stakeholder', LONG_NAME);
	await workshop.waitSaved();
	await agenda(page);
	await page.getByRole('button', { name: 'End the session' }).click();

	await page.getByRole('button', { name: 'Today’s summary' }).click();
	const dialog = page.getByRole('dialog', { name: 'Today’s summary' });
	await expect(dialog.getByLabel('Plan before the session')).toHaveValue(/.+/);
	const summary = dialog.getByRole('article', { name: 'Summary' });
	await expect(summary).toContainText('2 stakeholders added');
	const items = summary.getByRole('listitem');
	await expect(items.filter({ hasText: `Stakeholder added: ${MARKUP_NAME}` })).toHaveCount(1);
	await expect(items.filter({ hasText: `Stakeholder added: ${LONG_NAME}` })).toHaveCount(1);
	await expect(summary).not.toContainText('Known before the day');

	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Download PDF' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^summary-day-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
	const pdf = joinPath(dir, 'summary.pdf');
	await file.saveAs(pdf);
	const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
	expect(text).toContain(`Stakeholder added: ${MARKUP_NAME}`);
	expect(text.replace(/\s/g, '')).toContain(`Stakeholderadded:${LONG_NAME.replace(/\s/g, '')}`);
	expect(text).not.toContain('Known before the day');

	await expectNoSeriousViolations(page, 'today’s summary', { include: '.summary-dialog' });
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(dialog.getByRole('button', { name: 'Copy summary' })).toBeVisible();
	expect(
		await page.evaluate(() => {
			const box = document.querySelector('.summary-dialog')!;
			return box.scrollWidth <= box.clientWidth && document.documentElement.scrollWidth <= 390;
		})
	).toBe(true);

	// Keyboard: Escape closes the dialog.
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
});

test('the e-mail draft goes only to people in the session who shared an address (those who left too), and no participant sees another’s', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Mail day');
	await new WorkshopPage(page, id).waitReady();
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	const bruno = await join(browser, links.participant, 'Bruno');
	await Promise.all([live(amara), live(bruno)]);
	await agenda(page);
	await page.getByRole('button', { name: 'Start the session' }).click();
	await expect(page.getByRole('button', { name: 'End the session' })).toBeVisible();

	// Amara shares her address for the summary; Bruno does not.
	await amara.getByRole('button', { name: 'Today’s summary' }).click();
	const hers = amara.getByRole('dialog', { name: 'Today’s summary' });
	await hers.getByLabel('Your e-mail').fill('amara@example.org');
	await hers.getByLabel('Share my e-mail for today’s summary').check();
	// The summary may still be being made beside it (a status of its own).
	await expect(
		hers.getByRole('status').filter({ hasText: 'shared with the facilitator' })
	).toBeVisible();

	await page.getByRole('button', { name: 'Today’s summary' }).click();
	const facilitator = page.getByRole('dialog', { name: 'Today’s summary' });
	const draft = facilitator.getByRole('link', { name: 'E-mail draft' });
	await expect(draft).toHaveAttribute('href', /^mailto:amara@example\.org\?subject=/, {
		timeout: 15_000
	});
	await expect(facilitator).toContainText('addressed to 1 person');

	await bruno.getByRole('button', { name: 'Today’s summary' }).click();
	const his = bruno.getByRole('dialog', { name: 'Today’s summary' });
	await expect(his.getByRole('link', { name: 'E-mail draft' })).toHaveAttribute(
		'href',
		/^mailto:\?subject=/,
		{ timeout: 15_000 }
	);
	expect(await bruno.content()).not.toContain('amara@example.org');
	await expectNoSeriousViolations(bruno, 'today’s summary of a participant', {
		include: '.summary-dialog'
	});

	// Taken back: the next draft has nobody to address.
	await hers.getByLabel('Share my e-mail for today’s summary').uncheck();
	await facilitator.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('button', { name: 'Today’s summary' }).click();
	await expect(draft).toHaveAttribute('href', /^mailto:\?subject=/, { timeout: 15_000 });

	// Someone who shared an address and left before the summary was written was in the session.
	await his.getByLabel('Your e-mail').fill('bruno@example.org');
	await his.getByLabel('Share my e-mail for today’s summary').check();
	await expect(
		his.getByRole('status').filter({ hasText: 'shared with the facilitator' })
	).toBeVisible();
	await facilitator.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('button', { name: 'Today’s summary' }).click();
	await expect(draft).toHaveAttribute('href', /^mailto:bruno@example\.org\?subject=/, {
		timeout: 15_000
	});
	await facilitator.getByRole('button', { name: 'Close' }).click();
	await bruno.context().close();
	await expect(page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')).toHaveCount(
		2,
		{ timeout: 15_000 }
	);
	await page.getByRole('button', { name: 'Today’s summary' }).click();
	await expect(draft).toHaveAttribute('href', /^mailto:bruno@example\.org\?subject=/, {
		timeout: 15_000
	});
});
