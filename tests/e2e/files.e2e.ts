import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

test('export a workshop, delete it, import the file: the same plan is back', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Exported workshop');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await page.getByLabel('What are we trying to achieve?').fill('Listen before we speak');
	await workshop.openStep('Audience and stakeholders');
	await workshop.addByName('New stakeholder', 'Городской совет');
	await workshop.waitSaved();

	await home.goto();
	const file = await home.exportFile('Exported workshop');
	expect(file.subarray(0, 8)).toEqual(
		Buffer.from([0x89, 0x43, 0x41, 0x4e, 0x41, 0x4c, 0x0d, 0x0a])
	);

	await page.getByRole('button', { name: 'Delete Exported workshop' }).click();
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByText('No workshops yet.')).toBeVisible();

	await home.importFile('exported.canal', file);
	await expect(page.getByText('Imported “Exported workshop”.')).toBeVisible();
	await page.getByRole('link', { name: 'Open Exported workshop' }).click();
	await workshop.waitReady();
	await expect(page.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Listen before we speak'
	);
	await workshop.openStep('Audience and stakeholders');
	await expect(page.locator('summary').getByText('Городской совет', { exact: true })).toBeVisible();

	// Importing the same file again merges: still one workshop, one stakeholder.
	await home.goto();
	await home.importFile('exported.canal', file);
	await expect(page.getByText('Merged “exported.canal” into “Exported workshop”')).toBeVisible();
	expect(await home.titles()).toEqual(['Exported workshop']);
	await page.getByRole('link', { name: 'Open Exported workshop' }).click();
	await workshop.openStep('Audience and stakeholders');
	await expect(page.getByText('Stakeholders (1)')).toBeVisible();
});

test('bad files are refused with a clear message and change nothing', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Precious work');
	await page.getByLabel('What are we trying to achieve?').fill('Keep this safe');
	await new WorkshopPage(page, '').waitSaved();
	await home.goto();
	const good = await home.exportFile('Precious work');

	const newerFormat = Buffer.from(good);
	newerFormat[8] = 99;
	const cases: [string, Buffer, RegExp][] = [
		['notes.txt', Buffer.from('Just some notes, not a workshop'), /not a Canal workshop file/],
		['truncated.canal', good.subarray(0, Math.floor(good.length / 2)), /damaged or incomplete/],
		['last-byte.canal', good.subarray(0, good.length - 1), /damaged or incomplete/],
		['newer.canal', newerFormat, /newer version of Canal/],
		['empty.canal', Buffer.alloc(0), /not a Canal workshop file/]
	];
	for (const [name, buffer, message] of cases) {
		await home.importFile(name, buffer);
		await expect(page.getByRole('alert')).toHaveText(message);
	}
	expect(await home.titles()).toEqual(['Precious work']);
	await page.getByRole('link', { name: 'Open Precious work' }).click();
	await expect(page.getByLabel('What are we trying to achieve?')).toHaveValue('Keep this safe');
});
