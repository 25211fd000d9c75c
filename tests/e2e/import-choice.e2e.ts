import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { decodeWorkshopFile } from '../../src/lib/storage/workshop-file';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';
import { workshopFile } from './fixtures/workshop-files';

const PURPOSE = 'What are we trying to achieve?';

/** A workshop of this device with a purpose of its own; back on the list afterwards. */
async function ourPlan(page: Page): Promise<{ home: HomePage; id: string }> {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Our plan');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await page.getByLabel(PURPOSE).fill('Ours, not theirs');
	await workshop.waitSaved();
	await home.goto();
	return { home, id };
}

/** Someone else's plan, made apart, in a file that claims the id of ours. */
function strangersFile(id: string): Buffer {
	const ydoc = new Y.Doc();
	const plan = PlanDoc.create({ title: 'Their plan', organisation: 'Elsewhere' }, ydoc);
	plan.setPurposeText('statement', 'Theirs, not ours');
	return workshopFile(ydoc, id);
}

async function expectPurpose(page: Page, title: string, purpose: string): Promise<void> {
	await page.getByRole('link', { name: `Open ${title}` }).click();
	await new WorkshopPage(page, '').waitReady();
	await expect(page.getByLabel(PURPOSE)).toHaveValue(purpose);
	await new HomePage(page).goto();
}

test('a stranger’s file with the id of a workshop here asks first; a copy keeps both apart', async ({
	page
}) => {
	const { home, id } = await ourPlan(page);
	const file = strangersFile(id);

	await home.importFile('stranger.canal', file);
	const choice = home.unrelatedImport;
	await expect(choice).toBeVisible();
	await expect(choice.getByRole('heading')).toHaveText('“Their plan” is a different workshop');
	await expect(choice).toContainText('the same id as “Our plan” on this device');
	// Nothing is merged while the question is open.
	await expectPurpose(page, 'Our plan', 'Ours, not theirs');

	await home.importFile('stranger.canal', file);
	const copy = choice.getByRole('button', { name: 'Import as a copy' });
	await expect(copy).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Imported “Their plan” as a new workshop of its own.')).toBeVisible();
	await expect(choice).toHaveCount(0);
	expect((await home.titles()).sort()).toEqual(['Our plan', 'Their plan']);
	await expectPurpose(page, 'Our plan', 'Ours, not theirs');
	await expectPurpose(page, 'Their plan', 'Theirs, not ours');
	const copyId = await home.item('Their plan').getByRole('link').first().getAttribute('href');
	expect(copyId).not.toContain(id);

	// Cancel changes nothing; "Merge into it" merges into the workshop here, as files always did.
	await home.importFile('stranger.canal', file);
	await choice.getByRole('button', { name: 'Cancel' }).click();
	await expect(choice).toHaveCount(0);
	expect((await home.titles()).sort()).toEqual(['Our plan', 'Their plan']);
	await home.importFile('stranger.canal', file);
	await choice.getByRole('button', { name: 'Merge into it' }).click();
	await expect(
		page.getByText(/^Merged “stranger\.canal” into “.+”: edits from both are kept\.$/)
	).toBeVisible();
	expect(await home.titles()).toHaveLength(2);
});

test('an export of the same workshop, edited on another device, merges without asking', async ({
	page
}) => {
	const { home, id } = await ourPlan(page);
	const exported = await home.exportFile('Our plan');

	// The other device: the exported plan, opened and changed there.
	const ydoc = new Y.Doc();
	Y.applyUpdate(ydoc, decodeWorkshopFile(new Uint8Array(exported)).body);
	new PlanDoc(ydoc).setPurposeText('statement', 'Ours, revised elsewhere');
	await home.importFile('revised.canal', workshopFile(ydoc, id));

	await expect(
		page.getByText('Merged “revised.canal” into “Our plan”: edits from both are kept.')
	).toBeVisible();
	await expect(home.unrelatedImport).toHaveCount(0);
	expect(await home.titles()).toEqual(['Our plan']);
	await expectPurpose(page, 'Our plan', 'Ours, revised elsewhere');
});
