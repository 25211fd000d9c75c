import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/lib/domain/steps';
import { referenceWorkshopFile } from './fixtures/workshop-files';
import { PHONE_WIDTHS, sideways } from './fixtures/phone-screen';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/** Imports `file`, then lists every screen that scrolls sideways at each of `widths`. */
async function screensScrollingSideways(
	page: Page,
	file: { id: string; title: string; buffer: Buffer },
	widths: readonly number[]
): Promise<string[]> {
	await page.setViewportSize({ width: widths[0]!, height: 800 });
	const home = new HomePage(page);
	await home.goto();
	await home.importFile(`${file.id}.canal`, file.buffer);
	await expect(home.item(file.title)).toBeVisible();

	const workshop = new WorkshopPage(page, file.id);
	const found: string[] = [];
	for (const width of widths) {
		await page.setViewportSize({ width, height: 800 });
		await home.goto();
		await expect(home.item(file.title)).toBeVisible();
		const list = await sideways(page);
		if (list.overflow > 0) found.push(`${width} px, the list: ${list.culprits.join('; ')}`);
		for (const step of STEPS) {
			await workshop.gotoStepInFull(step.id);
			const { overflow, culprits } = await sideways(page);
			if (overflow > 0)
				found.push(`${width} px, ${step.title}: ${overflow} px (${culprits.join('; ')})`);
		}
	}
	return found;
}

test('no screen scrolls sideways on a phone: the list and every step, with a record and its map open', async ({
	page
}) => {
	test.setTimeout(240_000);
	const found = await screensScrollingSideways(page, referenceWorkshopFile(1), PHONE_WIDTHS);
	expect(found, 'screens that scroll sideways').toEqual([]);
});

// The large workshop at 390 px, the dialogs and the Arabic interface: phone-screens.e2e.ts.
