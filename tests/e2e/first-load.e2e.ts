import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/** A string Yjs keeps in its code whatever the minifier does: a script that has it carries Yjs. */
const YJS_MARK = 'Yjs was already imported';

/** The scripts a page fetches from now on, each with whether it carries Yjs. */
function collectScripts(page: Page): () => Promise<{ path: string; yjs: boolean }[]> {
	const scripts: Promise<{ path: string; yjs: boolean }>[] = [];
	page.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (!pathname.endsWith('.js')) return;
		scripts.push(
			response.text().then(
				(body) => ({ path: pathname, yjs: body.includes(YJS_MARK) }),
				() => ({ path: pathname, yjs: false })
			)
		);
	});
	return () => Promise.all(scripts);
}

test('the home page lists the workshops without the workshop code, which comes with the first action, offline too', async ({
	page,
	context
}) => {
	const scripts = collectScripts(page);
	await page.goto('/');
	await expect(page.getByText('No workshops yet')).toBeVisible();
	const beforeAction = await scripts();
	expect(beforeAction.length).toBeGreaterThan(0);
	expect(beforeAction.filter(({ yjs }) => yjs).map(({ path }) => path)).toEqual([]);

	// Once the service worker keeps every file, creating and opening a workshop loads that code
	// from it, with no network.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 15_000
	});
	await context.setOffline(true);
	try {
		await page.reload();
		await expect(page.getByText('No workshops yet')).toBeVisible();
		await page.getByLabel('Title', { exact: true }).fill('Made offline');
		await page.getByRole('button', { name: 'Create workshop' }).click();
		await page.waitForURL(/\/purpose$/);
		await expect(page.getByLabel('What are we trying to achieve?')).toBeVisible();
		await page.getByRole('link', { name: 'Canal: all workshops' }).click();
		await expect(page.getByRole('heading', { name: 'Made offline' })).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

/** A string Dexie keeps in its code whatever the minifier does: a script that has it carries Dexie. */
const DEXIE_MARK = 'Dexie SchemaDiff';

/** Every script the page asked for before the performance mark `mark`, read back: none has Dexie. */
async function expectNoDexieBefore(page: Page, mark: string): Promise<void> {
	const bodies = await page.evaluate(async (mark) => {
		const at = performance.getEntriesByName(mark)[0]!.startTime;
		const scripts = performance
			.getEntriesByType('resource')
			.filter(({ name, startTime }) => name.endsWith('.js') && startTime < at)
			.map(({ name }) => name);
		return Promise.all(
			scripts.map(async (url) => ({ url, text: await (await fetch(url)).text() }))
		);
	}, mark);
	expect(bodies.length).toBeGreaterThan(0);
	expect(bodies.filter(({ text }) => text.includes(DEXIE_MARK)).map(({ url }) => url)).toEqual([]);
}

test('a step page paints its stored plan before any of Dexie’s code has loaded, and saves with it after', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	const workshop = new WorkshopPage(page, await home.create('Painted without Dexie'));
	await workshop.waitReady();
	const field = page.getByLabel('What are we trying to achieve?');
	await field.fill('Grow the newsletter among teachers');
	await workshop.waitSaved();

	await page.reload();
	await expect(field).toHaveValue('Grow the newsletter among teachers');
	// Every script the page had asked for when its step painted (the mark is made in that frame),
	// read back: none may carry Dexie, which loads only after.
	await expectNoDexieBefore(page, 'canal:step-ready');

	// Dexie arrives after the paint: an edit is stored, and is there after another reload.
	await field.fill('Grow the newsletter among teachers and parents');
	await workshop.waitSaved();
	await page.reload();
	await expect(field).toHaveValue('Grow the newsletter among teachers and parents');
});

test('the home page lists the workshops before any of Dexie’s code has loaded, and follows changes after', async ({
	page,
	context
}) => {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Listed without Dexie');
	await new WorkshopPage(page, id).waitReady();
	// When the list first shows, measured in the page from its start.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('ul.workshops li')) return;
			performance.mark('test:list-shown');
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Listed without Dexie' })).toBeVisible();
	await expectNoDexieBefore(page, 'test:list-shown');
	// The words are asked for with the app's start: its entries import the locale loader, which
	// asks for the route's packs as it runs, while SvelteKit has yet to ask for the page's code.
	const entries = await page.evaluate(async () =>
		Promise.all(
			[
				...new Set(
					performance
						.getEntriesByType('resource')
						.map(({ name }) => name)
						.filter((name) => /\/entry\/(start|app)\.[^/]+\.js$/.test(name))
				)
			].map(async (url) => (await fetch(url)).text())
		)
	);
	expect(entries).toHaveLength(2);
	for (const code of entries) expect(code).toMatch(/import ?"\.\.\/locale\/loader\.[\w-]+\.js"/);

	// The list follows another tab's changes, still without Dexie here: it hears that tab's
	// announcement and reads the list again.
	const other = await context.newPage();
	const otherHome = new HomePage(other);
	await otherHome.goto();
	await otherHome.create('Made in another tab');
	await expect(page.getByRole('heading', { name: 'Made in another tab' })).toBeVisible();
	await page.evaluate(() => performance.mark('test:followed'));
	await expectNoDexieBefore(page, 'test:followed');
	await other.close();

	// An action here loads Dexie, and its live query follows from then on.
	await page.getByRole('button', { name: 'Delete Made in another tab' }).click();
	await expect(page.getByRole('heading', { name: 'Made in another tab' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Listed without Dexie' })).toBeVisible();
});
