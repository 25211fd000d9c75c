import { expect, test } from '@playwright/test';
import { versionsDialog } from './fixtures/versions';
import { HomePage } from './pages/home-page';

// No service worker: the network is the only place the dialogs' code can come from, as on a
// first visit before the worker has kept every file.
test.use({ serviceWorkers: 'block' });

test('a dialog whose code cannot be fetched offline says so, and opens on "Try again" once online', async ({
	page,
	context
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Offline first visit');
	await expect(page.getByLabel('What are we trying to achieve?')).toBeVisible();

	await context.setOffline(true);
	try {
		await page.getByRole('button', { name: 'Versions', exact: true }).click();
		const failure = page.getByRole('region', { name: 'Versions' });
		await expect(failure.getByRole('alert')).toContainText('Versions');
		await expect(failure.getByRole('alert')).toContainText('No network');
		const retry = failure.getByRole('button', { name: 'Try again' });
		await expect(retry).toBeFocused();
		await expect(versionsDialog(page)).toHaveCount(0);

		// Still offline: trying again says so again, and Close puts it away.
		await retry.click();
		await expect(failure.getByRole('alert')).toBeVisible();
		await failure.getByRole('button', { name: 'Close' }).click();
		await expect(failure).toHaveCount(0);

		await page.getByRole('button', { name: 'Versions', exact: true }).click();
		await expect(failure.getByRole('alert')).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
	await page
		.getByRole('region', { name: 'Versions' })
		.getByRole('button', { name: 'Try again' })
		.click();
	await expect(versionsDialog(page).getByRole('heading', { name: 'Versions' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Versions' })).toHaveCount(0);
});
