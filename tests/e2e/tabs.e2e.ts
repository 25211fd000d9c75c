import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordFigures, scale } from '../helpers/reliability';
import { storedUpdates } from './fixtures/small-disk';
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

const statement = 'What are we trying to achieve?';
const keys = scale(12, 60);
const opens = scale(10, 50);

async function valueFields(page: Page): Promise<string[]> {
	return page
		.getByLabel('Value', { exact: true })
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** The Value field of the record whose value starts with `name`. */
async function valueField(page: Page, name: string): Promise<Locator> {
	const index = (await valueFields(page)).findIndex((value) => value.startsWith(name));
	if (index < 0) throw new Error(`No value ${name} in ${JSON.stringify(await valueFields(page))}`);
	return page.getByLabel('Value', { exact: true }).nth(index);
}

/** Types at the end of a field, key by key, as a person does. */
async function typeAtEnd(field: Locator, text: string): Promise<void> {
	await field.click();
	await field.press('End');
	await field.pressSequentially(text, { delay: 10 });
}

const occurrences = (text: string, letter: string) => text.split(letter).length - 1;

/** Everything both tabs show of the plan's purpose and values. */
async function shown(page: Page): Promise<{ statement: string; values: string[] }> {
	return {
		statement: await page.getByLabel(statement).inputValue(),
		values: (await valueFields(page)).sort()
	};
}

test('two tabs typing at once, in one field and in two records, end with the same plan, also after a reload', async ({
	context
}) => {
	test.setTimeout(60_000);
	const first = await context.newPage();
	const home = new HomePage(first);
	await home.goto();
	const id = await home.create('Typing at once');
	const second = await context.newPage();
	const a = new WorkshopPage(first, id);
	const b = new WorkshopPage(second, id);
	await b.gotoStep('purpose');

	await Promise.all([a.addByName('New value', 'Alpha'), b.addByName('New value', 'Beta')]);
	for (const page of [first, second])
		await expect.poll(async () => (await valueFields(page)).sort()).toEqual(['Alpha', 'Beta']);

	// Both at once into the same field, then each into its own record.
	await Promise.all([
		typeAtEnd(first.getByLabel(statement), 'a'.repeat(keys)),
		typeAtEnd(second.getByLabel(statement), 'b'.repeat(keys))
	]);
	await Promise.all([
		typeAtEnd(await valueField(first, 'Alpha'), ' x'.repeat(keys / 2)),
		typeAtEnd(await valueField(second, 'Beta'), ' y'.repeat(keys / 2))
	]);

	await expect
		.poll(async () => JSON.stringify(await shown(second)))
		.toBe(JSON.stringify(await shown(first)));
	const converged = await shown(first);
	// Nothing typed is lost to the other tab's typing.
	expect(occurrences(converged.statement, 'a')).toBe(keys);
	expect(occurrences(converged.statement, 'b')).toBe(keys);
	expect(converged.values).toEqual([
		`Alpha${' x'.repeat(keys / 2)}`,
		`Beta${' y'.repeat(keys / 2)}`
	]);

	await first.locator('[data-status="saved"]').waitFor();
	await second.locator('[data-status="saved"]').waitFor();
	await second.close();
	await first.reload();
	await a.waitReady();
	await expect.poll(async () => JSON.stringify(await shown(first))).toBe(JSON.stringify(converged));
});

test('opening a workshop again and again, in one tab and another, stores nothing more', async ({
	context
}) => {
	test.setTimeout(scale(60_000, 240_000));
	const started = Date.now();
	const first = await context.newPage();
	const home = new HomePage(first);
	await home.goto();
	const id = await home.create('Opened often');
	const a = new WorkshopPage(first, id);
	await first.getByLabel(statement).fill('Written once');
	await a.addByName('New value', 'Openness');
	await first.locator('[data-status="saved"]').waitFor();
	const before = await storedUpdates(first, id);

	let secondTabOpens = 0;
	for (let open = 1; open <= opens; open++) {
		await first.reload();
		await a.waitReady();
		// Every other time, a second tab too: it asks the first for what it may have missed.
		if (open % 2 === 0) continue;
		secondTabOpens++;
		const second = await context.newPage();
		const b = new WorkshopPage(second, id);
		await b.gotoStep('purpose');
		await expect(second.getByLabel(statement)).toHaveValue('Written once');
		await second.close();
	}
	await first.locator('[data-status="saved"]').waitFor();
	// A write from opening would be on its way by now: writes are never delayed.
	await first.waitForTimeout(500);
	const after = await storedUpdates(first, id);
	expect(after).toEqual(before);

	recordFigures('two-tabs', {
		keysTypedAtOncePerTab: keys * 2,
		seconds: Math.round((Date.now() - started) / 1000),
		opens,
		secondTabOpens,
		updateLog: { before, after }
	});
});
