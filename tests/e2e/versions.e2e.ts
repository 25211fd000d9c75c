import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { join, live, shareWorkshop } from './fixtures/sharing';
import { openVersions, saveVersion } from './fixtures/versions';
import { HomePage } from './pages/home-page';
import { MapPanel } from './pages/map-panel';
import { WorkshopPage } from './pages/workshop-page';

/** The width the page lays out to, against the window's: no sideways scrolling. */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('save a version, edit, compare with now, restore one stakeholder; readable at 390 px', async ({
	page
}) => {
	test.setTimeout(120_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Versions day');
	const workshop = new WorkshopPage(page, id);
	await page
		.getByLabel('What are we trying to achieve?')
		.fill('Grow the newsletter among teachers');
	// Saved before the page is loaded again (a full navigation, not a click on the step list).
	await workshop.waitSaved();
	await workshop.gotoStep('stakeholders');
	await workshop.addByName('New stakeholder', 'City council');
	await workshop.addByName('New stakeholder', 'Parents');
	const maps = new MapPanel(page, 'Stakeholder map');
	await maps.showView('Table');
	await maps.cell('Influence of City council').fill('80');
	await maps.cell('Influence of City council').press('Enter');
	await maps.cell('Interest of City council').fill('80');
	await maps.cell('Interest of City council').press('Enter');
	await workshop.waitSaved();

	let dialog = await saveVersion(page, 'Signed off in March');
	const list = dialog.getByRole('list', { name: 'Saved versions' });
	const march = list.getByRole('listitem', { name: 'Signed off in March' });
	await expect(march).toContainText('First saved version');
	await expect(march).toContainText(/\d+(\.\d)? KB|\d+ bytes/);
	await dialog.getByRole('button', { name: 'Close' }).click();

	// Edit: one stakeholder added, one moved to another quadrant, a text changed.
	await workshop.addByName('New stakeholder', 'Local press');
	await maps.cell('Interest of City council').fill('10');
	await maps.cell('Interest of City council').press('Enter');

	// The map shows where the moved stakeholder stood in March: a dashed circle with an arrow.
	await maps.showView('Influence × interest');
	await page.getByLabel('Earlier places from').selectOption({ label: 'Signed off in March' });
	await expect(page.locator('.map-stakeholders .map-ghost')).toHaveCount(1);
	await expect(page.locator('.map-stakeholders .map-ghost-arrow')).toHaveCount(3);
	await expect(page.locator('.map-notice')).toContainText(
		'Since “Signed off in March”, 1 stakeholder has moved'
	);
	await page.getByLabel('Earlier places from').selectOption({ label: 'No version' });
	await expect(page.locator('.map-stakeholders .map-ghost')).toHaveCount(0);
	await maps.showView('Table');
	await workshop.gotoStep('purpose');
	await page
		.getByLabel('What are we trying to achieve?')
		.fill('Grow the newsletter among teachers and parents');
	await workshop.waitSaved();

	dialog = await openVersions(page);
	await dialog.getByRole('button', { name: 'Compare “Signed off in March” with now' }).click();
	await expect(
		dialog.getByRole('heading', { name: 'What changed from “Signed off in March” to now' })
	).toBeVisible();
	await expect(dialog).toContainText('Added stakeholder: Local press');
	const council = dialog.locator('li.record-change').filter({ hasText: 'City council' });
	await expect(council).toContainText('Manage closely');
	await expect(council).toContainText('Keep satisfied');
	await expect(dialog.locator('ins')).toHaveText(['and parents']);
	await expectNoSeriousViolations(page, 'the change report', { include: '.versions-dialog' });

	// At a phone's width the report reads without scrolling sideways.
	await page.setViewportSize({ width: 390, height: 800 });
	expect(await overflow(page)).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 800 });

	// Restore one stakeholder as it was in March: the report, compared again, no longer lists it.
	await dialog
		.getByRole('button', {
			name: 'Restore this record: stakeholder City council as in “Signed off in March”'
		})
		.click();
	await expect(dialog.getByRole('status')).toContainText('Restored the record');
	await expect(dialog.locator('li.record-change').filter({ hasText: 'City council' })).toHaveCount(
		0
	);
	await expect(dialog).toContainText('Added stakeholder: Local press');
	await dialog.getByRole('button', { name: 'Back to the versions' }).click();
	await expect(dialog.getByRole('heading', { name: 'Versions' })).toBeVisible();
	await expectNoSeriousViolations(page, 'the versions list', { include: '.versions-dialog' });
	await dialog.getByRole('button', { name: 'Close' }).click();
	await workshop.openStep('Audience and stakeholders');
	await maps.showView('Table');
	await expect(maps.cell('Interest of City council')).toHaveValue('80');
	await expect(maps.cell('Interest of Local press')).toBeVisible();

	// The restore is one edit: Undo takes it back, Redo brings it again.
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(maps.cell('Interest of City council')).toHaveValue('10');
	await page.getByRole('button', { name: 'Redo', exact: true }).click();
	await expect(maps.cell('Interest of City council')).toHaveValue('80');
	await workshop.waitSaved();

	// A second version lists what changed since the first; deleting asks first and frees it.
	dialog = await saveVersion(page, 'April review');
	await expect(list.getByRole('listitem').first()).toHaveAccessibleName('April review');
	await expect(list.getByRole('listitem', { name: 'April review' })).toContainText(
		/1 stakeholder added/
	);
	// Two versions compare with each other, the earlier one first.
	await dialog.getByRole('button', { name: 'Compare “April review” with another version' }).click();
	const other = dialog.getByRole('combobox', { name: /^Compare “April review” with/ });
	await expect(other.locator('option')).toHaveText([/^Signed off in March/]);
	await other.selectOption({ index: 0 });
	await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(
		dialog.getByRole('heading', {
			name: 'What changed from “Signed off in March” to “April review”'
		})
	).toBeVisible();
	await expect(dialog).toContainText('Added stakeholder: Local press');
	await dialog.getByRole('button', { name: 'Back to the versions' }).click();
	await dialog.getByRole('button', { name: 'Close' }).click();

	// The strategy PDF reports what changed since March (checked with poppler).
	await page.getByRole('button', { name: 'Export strategy' }).click();
	const exportDialog = page.getByRole('dialog', { name: 'Export the strategy' });
	await exportDialog
		.getByLabel('What changed since')
		.selectOption({ label: 'Signed off in March' });
	const download = page.waitForEvent('download', { timeout: 60_000 });
	await exportDialog.getByRole('button', { name: 'Download PDF' }).click();
	const pdf = joinPath(mkdtempSync(joinPath(tmpdir(), 'canal-versions-')), 'strategy.pdf');
	await (await download).saveAs(pdf);
	await exportDialog.getByRole('button', { name: 'Close' }).click();
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
	const report = text.slice(text.lastIndexOf('What changed since Signed off in March'));
	expect(report).toContain('What changed since Signed off in March');
	expect(report).toContain('Local press');

	dialog = await openVersions(page);
	await dialog.getByRole('button', { name: 'Delete “Signed off in March”' }).click();
	await dialog.getByRole('button', { name: 'Delete version' }).click();
	await expect(dialog.getByRole('status')).toContainText('Deleted “Signed off in March”');
	await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('a shared room: the participant sees the facilitator’s version, compares it, saves and deletes none', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Shared versions');
	const workshop = new WorkshopPage(page, id);
	await page.getByLabel('What are we trying to achieve?').fill('Reach every school');
	const links = await shareWorkshop(page);
	await live(page);
	const facilitatorDialog = await saveVersion(page, 'Before the break');
	await facilitatorDialog.getByRole('button', { name: 'Close' }).click();

	const amara = await join(browser, links.participant, 'Amara');
	await live(amara);
	await amara.getByLabel('What are we trying to achieve?').fill('Reach every school and library');
	const dialog = await openVersions(amara);
	const version = dialog.getByRole('listitem', { name: 'Before the break' });
	await expect(version).toContainText('Inès');
	await expect(dialog.getByRole('button', { name: 'Save version' })).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: /^Restore whole version/ })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Compare “Before the break” with now' }).click();
	await expect(dialog.locator('ins')).toHaveText(['and library']);
	// Restoring a text is an edit of the plan, which a participant may make.
	await dialog.getByRole('button', { name: /^Restore this text: / }).click();
	await expect(dialog).toContainText('Nothing changed.');
	await expect(page.getByLabel('What are we trying to achieve?')).toHaveValue('Reach every school');
	await expectNoSeriousViolations(amara, 'a participant’s change report', {
		include: '.versions-dialog'
	});

	// An observer compares, restores nothing.
	const olga = await join(browser, links.observer, 'Olga');
	await expect(olga.locator('[data-sync="read-only"]')).toBeVisible({ timeout: 15_000 });
	const observed = await openVersions(olga);
	await expect(observed.getByRole('listitem', { name: 'Before the break' })).toBeVisible();
	await observed.getByRole('button', { name: 'Compare “Before the break” with now' }).click();
	await expect(observed.getByRole('heading', { name: /^What changed from/ })).toBeVisible();
	await expect(observed.getByRole('button', { name: /^Restore/ })).toHaveCount(0);
	void workshop;
});

test('saved at the end of each step of a live session, when the facilitator asks for it; everyone sees those versions', async ({
	page,
	browser
}) => {
	test.setTimeout(150_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Step by step');
	await new WorkshopPage(page, id).waitReady();
	await page.getByLabel('What are we trying to achieve?').fill('Bring families to the museum');
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	await live(amara);

	let dialog = await openVersions(page);
	await dialog.getByLabel('Save a version at the end of each step').check();
	await dialog.getByRole('button', { name: 'Close' }).click();
	// The setting is the workshop's on this device: a reload keeps it on.
	await page.reload();
	await live(page);
	dialog = await openVersions(page);
	await expect(dialog.getByLabel('Save a version at the end of each step')).toBeChecked();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('button', { name: 'Agenda', exact: true }).click();
	await page.getByRole('button', { name: 'Start the session' }).click();
	await page.getByRole('button', { name: 'Next: Where we stand' }).click();
	await page.waitForURL(/\/maturity$/);

	dialog = await openVersions(page);
	const saved = dialog
		.getByRole('list', { name: 'Saved versions' })
		.getByRole('listitem', { name: 'End of step 1: Purpose and values' });
	await expect(saved).toBeVisible({ timeout: 15_000 });
	// Today's summary saved the plan as the session started; nothing changed since.
	await expect(saved).toContainText('No changes');
	// Only on leaving a step: staying on it saves nothing more.
	await expect(
		dialog.getByRole('list', { name: 'Saved versions' }).getByRole('listitem')
	).toHaveText([/^End of step 1: Purpose and values/, /^Start of the session/]);

	// The participant's device gets it from the room, and its change report reads the plan as it was.
	let theirs = await openVersions(amara);
	const shared = theirs.getByRole('listitem', { name: 'End of step 1: Purpose and values' });
	await expect(shared).toBeVisible({ timeout: 15_000 });
	// The dialog is modal (the page behind it is inert): closed to edit, opened again to compare.
	await theirs.getByRole('button', { name: 'Close' }).click();
	await amara
		.getByLabel('What are we trying to achieve?')
		.fill('Bring families and schools to the museum');
	theirs = await openVersions(amara);
	await theirs
		.getByRole('button', { name: 'Compare “End of step 1: Purpose and values” with now' })
		.click();
	await expect(theirs.locator('ins')).toHaveText(['and schools']);
});
