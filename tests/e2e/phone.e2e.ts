import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/lib/domain/steps';
import { largeWorkshopFile, referenceWorkshopFile } from './fixtures/workshop-files';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/** Common phone widths, narrowest first; people join by QR code, mostly on a phone. */
const WIDTHS = [320, 360, 390, 414];

/**
 * How far the page scrolls sideways, and the elements that reach past the right edge (the
 * outermost of each, so the message names the cause rather than its children).
 */
async function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const edge = root.clientWidth + 1;
		const culprits: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			const box = element.getBoundingClientRect();
			if (box.right <= edge || box.width === 0) continue;
			const parent = element.parentElement?.getBoundingClientRect();
			if (parent && parent.right > edge) continue;
			const classes = [...element.classList].map((name) => `.${name}`).join('');
			culprits.push(`${element.tagName.toLowerCase()}${classes} → ${Math.round(box.right)} px`);
		}
		return { overflow: root.scrollWidth - root.clientWidth, culprits: culprits.slice(0, 8) };
	});
}

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
	const found = await screensScrollingSideways(page, referenceWorkshopFile(1), WIDTHS);
	expect(found, 'screens that scroll sideways').toEqual([]);
});

test('nor with the large workshop, at 390 px', async ({ page }) => {
	test.setTimeout(240_000);
	const found = await screensScrollingSideways(page, largeWorkshopFile(2), [390]);
	expect(found, 'screens that scroll sideways').toEqual([]);
});
