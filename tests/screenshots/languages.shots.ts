import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { referenceWorkshopFile } from '../e2e/fixtures/workshop-files';
import { HomePage } from '../e2e/pages/home-page';
import { WorkshopPage } from '../e2e/pages/workshop-page';

// The interface in Arabic (right to left) and French, home and two steps, to look at (not compared).
const folder = join(import.meta.dirname, '..', '.artifacts', 'screenshots');
mkdirSync(folder, { recursive: true });

const viewports = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const locale of ['ar', 'fr']) {
	for (const viewport of viewports) {
		test(`${locale} at ${viewport.width}×${viewport.height}`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width: viewport.width, height: viewport.height });
			// The English home page imports the workshop; then the language is the remembered choice.
			const home = new HomePage(page);
			await home.goto();
			const file = referenceWorkshopFile(1);
			await home.importFile('reference.canal', file.buffer);
			await expect(home.item(file.title)).toBeVisible();
			await page.evaluate((chosen) => localStorage.setItem('canal-locale', chosen), locale);
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const shot = (name: string) => join(folder, `lang-${locale}-${viewport.name}-${name}.png`);
			await page.screenshot({ path: shot('home'), fullPage: true });
			const workshop = new WorkshopPage(page, file.id);
			await workshop.gotoStepInFull('purpose');
			await page.screenshot({ path: shot('purpose') });
			await workshop.gotoStepInFull('stakeholders');
			await page.screenshot({ path: shot('stakeholders'), fullPage: true });
		});
	}
}
