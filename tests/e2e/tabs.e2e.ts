import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

test('two tabs on one workshop see each other’s edits live and keep both', async ({ context }) => {
	const first = await context.newPage();
	const home = new HomePage(first);
	await home.goto();
	const id = await home.create('Two tabs');
	const second = await context.newPage();
	const a = new WorkshopPage(first, id);
	const b = new WorkshopPage(second, id);
	await b.gotoStep('purpose');

	await first.getByLabel('What are we trying to achieve?').fill('Typed in the first tab');
	await expect(second.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Typed in the first tab'
	);

	await b.addByName('New value', 'Added in the second tab');
	await expect(first.getByLabel('Value', { exact: true })).toHaveValue('Added in the second tab');

	await a.waitSaved();
	await b.waitSaved();
	await second.close();
	await first.reload();
	await a.waitReady();
	await expect(first.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Typed in the first tab'
	);
	await expect(first.getByLabel('Value', { exact: true })).toHaveValue('Added in the second tab');
});
