import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/lib/domain/steps';
import { referenceWorkshopFile } from './fixtures/workshop-files';
import { expectNoSeriousViolations as expectWcagClean } from './fixtures/axe';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const expectNoSeriousViolations = (page: Page, where: string) =>
	expectWcagClean(page, where, { tags: WCAG });

test('no serious accessibility violations on the list and on every step of a full workshop', async ({
	page
}) => {
	test.setTimeout(120_000);
	const home = new HomePage(page);
	await home.goto();
	await expectNoSeriousViolations(page, 'the empty list');

	const file = referenceWorkshopFile(1);
	await home.importFile('reference.canal', file.buffer);
	await expect(home.item(file.title)).toBeVisible();
	await expectNoSeriousViolations(page, 'the list');

	const workshop = new WorkshopPage(page, file.id);
	for (const step of STEPS) {
		await workshop.gotoStep(step.id);
		// Open one record editor where a step has them, so its fields are checked too.
		const summary = page.locator('details.record > summary').first();
		if (await summary.count()) await summary.click();
		await expectNoSeriousViolations(page, step.title);
	}
});

test('the steps can be reached and used from the keyboard alone', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await page.keyboard.press('Tab'); // skip link
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.getByLabel('Title', { exact: true }).focus();
	await page.keyboard.type('Keyboard workshop');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/purpose$/);
	const workshop = new WorkshopPage(page, '');
	await workshop.waitReady();
	// Add three values in a row without the mouse.
	await page.getByLabel('New value').focus();
	for (const value of ['Openness', 'Care', 'Curiosity']) {
		await page.keyboard.type(value);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByLabel('Value', { exact: true })).toHaveCount(3);
	await expect(page.getByLabel('New value')).toBeFocused();
});

test('the accessibility check itself catches a violation (it can fail)', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'text';
		document.querySelector('main')?.append(input);
	});
	const results = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
	expect(results.violations.map((v) => v.id)).toContain('label');
});
