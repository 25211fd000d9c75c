import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STEPS } from '../../src/lib/domain/steps';
import { referenceWorkshopFile } from '../e2e/fixtures/workshop-files';
import { HomePage } from '../e2e/pages/home-page';

// Screenshots of every step, to look at (not compared): git ignores the folder.
const folder = join(import.meta.dirname, '..', '.artifacts', 'screenshots');
mkdirSync(folder, { recursive: true });

const viewports = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const viewport of viewports) {
	test(`every step at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: viewport.width, height: viewport.height });
		const home = new HomePage(page);
		await home.goto();
		await page.screenshot({ path: join(folder, `${viewport.name}-00-home-empty.png`) });
		const file = referenceWorkshopFile(1);
		await home.importFile('reference.canal', file.buffer);
		await expect(home.item(file.title)).toBeVisible();
		await page.screenshot({ path: join(folder, `${viewport.name}-00-home.png`), fullPage: true });
		for (const step of STEPS) {
			await page.goto(`/w/${file.id}/${step.id}`);
			await expect(page.locator('article.step')).toBeVisible();
			const summary = page.locator('details.record > summary').first();
			if (await summary.count()) await summary.click();
			await page.screenshot({
				path: join(folder, `${viewport.name}-${step.number}-${step.id}.png`),
				fullPage: false
			});
		}
	});
}
