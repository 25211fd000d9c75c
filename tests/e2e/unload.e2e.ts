import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/*
 * The last words typed before the page goes away: IndexedDB drops a write still in flight when
 * the page unloads, so a reload or a link followed in the same instant must not lose them.
 */

test('a text typed just before the page is loaded again is kept', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	const workshop = new WorkshopPage(page, await home.create('Typed, then reloaded'));
	await workshop.waitReady();
	const field = page.getByLabel('What are we trying to achieve?');
	for (let round = 1; round <= 6; round += 1) {
		const text = `Round ${round}: grow the newsletter among ${'teachers and parents '.repeat(round * 40)}`;
		await field.fill(text);
		await page.reload();
		await workshop.waitReady();
		await expect(field).toHaveValue(text);
	}
});

test('a text typed just before leaving for the home page is kept', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	const workshop = new WorkshopPage(page, await home.create('Typed, then left'));
	await workshop.waitReady();
	const field = page.getByLabel('What are we trying to achieve?');
	for (let round = 1; round <= 4; round += 1) {
		const text = `Leaving ${round}: ${'reach local schools '.repeat(round * 50)}`;
		await field.fill(text);
		await page.goto('/');
		await workshop.gotoStep('purpose');
		await expect(field).toHaveValue(text);
	}
});
