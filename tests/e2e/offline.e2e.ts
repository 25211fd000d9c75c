import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 15_000
	});
}

async function expectShell(page: Page): Promise<void> {
	await expect(page).toHaveTitle(/Canal/);
	await expect(page.getByRole('heading').first()).toBeVisible();
}

test('the first visit is controlled by the service worker without a reload', async ({ page }) => {
	await page.goto('/');
	await waitForServiceWorkerControl(page);
	const cacheNames = await page.evaluate(() => caches.keys());
	expect(cacheNames.filter((name) => name.startsWith('canal-'))).toHaveLength(1);
});

test('the app opens offline, at the root and at a deep link', async ({ page, context }) => {
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));

	await page.goto('/');
	await expectShell(page);
	await waitForServiceWorkerControl(page);

	await context.setOffline(true);
	try {
		const reloaded = await page.reload();
		expect(reloaded?.fromServiceWorker()).toBe(true);
		await expectShell(page);

		const deepLink = await page.goto('/w/some-id/purpose');
		expect(deepLink?.fromServiceWorker()).toBe(true);
		await expectShell(page);
		expect(new URL(page.url()).pathname).toBe('/w/some-id/purpose');
	} finally {
		await context.setOffline(false);
	}
	expect(pageErrors).toEqual([]);
});

test('a workshop keeps working offline: edits are saved and survive an offline reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorkerControl(page);
	await page.getByLabel('Title', { exact: true }).fill('Offline workshop');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await page.waitForURL(/\/purpose$/);
	await page.getByLabel('What are we trying to achieve?').fill('Written online');

	await context.setOffline(true);
	try {
		await page.reload();
		const statement = page.getByLabel('What are we trying to achieve?');
		await expect(statement).toHaveValue('Written online');
		await page.getByLabel('What do we want to be known for?').fill('Written offline');
		await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('What do we want to be known for?')).toHaveValue(
			'Written offline'
		);
		await page.getByRole('link', { name: 'Canal: all workshops' }).click();
		await expect(page.getByRole('heading', { name: 'Offline workshop' })).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

test('a French page opens offline in French, at a step never opened online', async ({
	page,
	context
}) => {
	const fr = {
		...JSON.parse(readFileSync('messages/fr.json', 'utf8')),
		...JSON.parse(readFileSync('messages/content/fr.json', 'utf8'))
	} as Record<string, string>;
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('canal-locale', 'fr'));
	await page.reload();
	await waitForServiceWorkerControl(page);
	await page.getByLabel(fr.create_workshop_form_title!, { exact: true }).fill('Atelier hors ligne');
	await page.getByRole('button', { name: fr.create_workshop_form_create_workshop }).click();
	await page.waitForURL(/\/purpose$/);
	const id = new URL(page.url()).pathname.split('/')[2];

	await context.setOffline(true);
	try {
		// The platforms step's code and its French words come from the worker's cache only.
		await page.goto(`/w/${id}/platforms`);
		await expect(page.getByRole('heading', { name: fr.step_platforms_title })).toBeVisible();
		// The step's own part (a chunk of its own, with a pack of its own) is in French too.
		await expect(page.locator('#platforms-heading')).toContainText(fr.platforms_step_platforms!);
		await expect(page.locator('#platforms-heading')).not.toContainText('Platforms');
	} finally {
		await context.setOffline(false);
	}
});
