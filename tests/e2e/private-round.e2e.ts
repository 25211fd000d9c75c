import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';
import { expectNoSeriousViolations } from './fixtures/axe';
import { live, shareWorkshop } from './fixtures/sharing';
import { RelayCut } from './fixtures/relay-cut';

/** Every WebSocket frame a page receives, as text (binary frames decoded as UTF-8). */
function captureFrames(page: Page): string[] {
	const frames: string[] = [];
	page.on('websocket', (socket) => {
		socket.on('framereceived', ({ payload }) => {
			frames.push(typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8'));
		});
	});
	return frames;
}

/** Whether any IndexedDB database of the page's origin holds `text` (in any value, bytes decoded). */
function indexedDbHolds(page: Page, text: string): Promise<boolean> {
	return page.evaluate(async (wanted) => {
		const decoder = new TextDecoder('utf-8', { fatal: false });
		const flatten = (value: unknown, depth = 0): string => {
			if (depth > 8 || value === null || value === undefined) return '';
			if (typeof value === 'string') return value;
			if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value));
			if (ArrayBuffer.isView(value))
				return decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
			if (value instanceof Blob) return '';
			if (typeof value === 'object')
				return Object.values(value as Record<string, unknown>)
					.map((item) => flatten(item, depth + 1))
					.join('\n');
			return String(value);
		};
		const open = (name: string) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const all = (db: IDBDatabase, store: string) =>
			new Promise<unknown[]>((resolve, reject) => {
				const request = db.transaction(store, 'readonly').objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const databases = await indexedDB.databases();
		if (databases.length === 0) throw new Error('no IndexedDB database to search');
		for (const { name } of databases) {
			if (!name) continue;
			const db = await open(name);
			try {
				for (const store of db.objectStoreNames) {
					if (flatten(await all(db, store)).includes(wanted)) return true;
				}
			} finally {
				db.close();
			}
		}
		return false;
	}, text);
}

/** A person on their own browser profile joining from a link, with their frames captured. */
async function joinCapturing(
	browser: Browser,
	link: string,
	name: string,
	prepare?: (context: BrowserContext) => Promise<void>
) {
	const context = await browser.newContext();
	await prepare?.(context);
	const page = await context.newPage();
	const frames = captureFrames(page);
	await page.goto(link);
	await page.getByLabel('Your name, as others will see it').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.waitForURL(/\/w\/[0-9a-z]+\/purpose$/);
	return { page, frames };
}

async function sharedRoom(page: Page, title: string) {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(title);
	await new WorkshopPage(page, id).waitReady();
	const links = await shareWorkshop(page);
	await live(page);
	return { id, links };
}

declare const canalSeen: { at: number | null; clicked: number | null };

/**
 * Records in the page when a note with `text` first shows on the board, and when "Reveal notes"
 * was clicked there.
 */
function watchFor(page: Page, text: string): Promise<void> {
	return page.evaluate((wanted) => {
		const state: { at: number | null; clicked: number | null } = { at: null, clicked: null };
		Object.assign(window, { canalSeen: state });
		const look = () => {
			if (state.at !== null) return;
			const texts = document.querySelectorAll('p.note-text');
			if ([...texts].some((node) => node.textContent === wanted)) state.at = Date.now();
		};
		new MutationObserver(look).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true
		});
		document.addEventListener(
			'click',
			(event) => {
				const button = (event.target as Element | null)?.closest('button');
				if (button?.textContent?.trim() === 'Reveal notes') state.clicked = Date.now();
			},
			true
		);
		look();
	}, text);
}

/**
 * Opens a step's board in its List view (the accessible twin of the canvas), where each note's text
 * is a paragraph this test can read and time.
 */
async function openAsList(page: Page, board: string) {
	await page.goto(board);
	await page.getByRole('radio', { name: 'List', exact: true }).check();
}

/** The texts of the notes on the step's board. */
const noteTexts = (page: Page) => page.locator('p.note-text');

async function startRound(page: Page, mode: 'In one column per person' | 'In one stack') {
	const round = page.getByRole('region', { name: 'Private round' });
	await round.getByRole('radio', { name: mode }).check();
	await round.getByRole('button', { name: 'Start private round' }).click();
	await expect(round.getByRole('button', { name: 'Reveal notes' })).toBeVisible();
}

async function writePrivately(page: Page, text: string) {
	const round = page.getByRole('region', { name: 'Private round' });
	await round.getByLabel('Private note', { exact: true }).fill(text);
	await round.getByRole('button', { name: 'Add private note' }).click();
	await expect(round.getByLabel(/^Private note \d+$/).last()).toHaveValue(text);
}

test('a private round: nobody else receives or stores a note before the reveal; everyone sees it within a second after', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const facilitatorFrames = captureFrames(page);
	const { id, links } = await sharedRoom(page, 'Private round');
	const amara = await joinCapturing(browser, links.participant, 'Amara');
	const olga = await joinCapturing(browser, links.observer, 'Olga');
	const board = `/w/${id}/listening`;
	for (const person of [page, amara.page, olga.page]) await openAsList(person, board);
	await live(page);
	await live(amara.page);
	await expect(olga.page.locator('[data-sync="read-only"]')).toBeVisible({ timeout: 15_000 });

	await startRound(page, 'In one column per person');
	const canary = `CANARY-${Date.now().toString(36)}-amara`;
	await expect(amara.page.getByLabel('Private note', { exact: true })).toBeVisible();
	await writePrivately(amara.page, canary);
	await writePrivately(page, 'A note of the facilitator');

	// Everyone sees how many, the observer too; nobody else sees what.
	for (const person of [page, amara.page, olga.page]) {
		await expect(person.getByText(/Written so far: .*Amara( \(you\))? 1/)).toBeVisible();
	}
	// The observer writes nothing: no private note form, a read-only board.
	await expect(olga.page.getByLabel('Private note', { exact: true })).toHaveCount(0);
	await expect(olga.page.getByLabel('New note')).toHaveAttribute('readonly', '');
	await expect(olga.page.getByRole('button', { name: 'Add note' })).toBeDisabled();
	await expect(olga.page.getByRole('button', { name: 'Reveal notes' })).toHaveCount(0);
	// Give anything in flight time to arrive, then look everywhere.
	await page.waitForTimeout(1_500);
	for (const [who, frames] of [
		['facilitator', facilitatorFrames],
		['observer', olga.frames]
	] as const) {
		expect(frames.length, `${who} received frames`).toBeGreaterThan(0);
		expect(
			frames.some((frame) => frame.includes(canary)),
			`${who} received the note`
		).toBe(false);
	}
	expect(await indexedDbHolds(page, canary), 'in the facilitator’s IndexedDB').toBe(false);
	expect(await indexedDbHolds(olga.page, canary), 'in the observer’s IndexedDB').toBe(false);
	for (const person of [page, olga.page]) await expect(noteTexts(person)).toHaveCount(0);

	// The reveal: every board has the note within a second. Times are taken in the pages (one
	// clock: the same machine), from the click on "Reveal notes" to the note on each board, so the
	// test's own polling adds nothing.
	for (const person of [page, amara.page, olga.page]) await watchFor(person, canary);
	await page
		.getByRole('region', { name: 'Private round' })
		.getByRole('button', { name: 'Reveal notes' })
		.click();
	const seen = await Promise.all(
		[page, amara.page, olga.page].map(async (person) => {
			await person.waitForFunction(() => canalSeen.at !== null, null, {
				polling: 100,
				timeout: 10_000
			});
			return person.evaluate(() => canalSeen.at as number);
		})
	);
	const revealedAt = await page.evaluate(() => canalSeen.clicked as number);
	const after = seen.map((at) => at - revealedAt);
	console.log(`revealed note on each board after ${after.join(', ')} ms`);
	expect(Math.max(...after), 'every board shows the note within a second').toBeLessThan(1_000);
	for (const person of [page, amara.page, olga.page]) {
		await expect(noteTexts(person).filter({ hasText: canary })).toHaveCount(1);
	}
	await expect(page.getByRole('status').filter({ hasText: 'Notes revealed.' })).toHaveCount(1);
	await expect(olga.page.getByRole('status').filter({ hasText: 'Notes revealed.' })).toHaveCount(1);
	for (const person of [page, amara.page, olga.page])
		await expect(noteTexts(person)).toHaveCount(2);
	// The capture saw it once it was public: it would have seen it before.
	expect(facilitatorFrames.some((frame) => frame.includes(canary))).toBe(true);
	// The observer still changes nothing.
	await olga.page.getByRole('button', { name: `Edit note “${canary}”` }).click();
	await expect(olga.page.getByLabel('Note', { exact: true })).toHaveAttribute('readonly', '');
});

test('someone offline at the reveal publishes when they are back, once', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const { id, links } = await sharedRoom(page, 'Offline at the reveal');
	const network = new RelayCut();
	const amara = await joinCapturing(browser, links.participant, 'Amara', (context) =>
		network.install(context)
	);
	const board = `/w/${id}/goals`;
	for (const person of [page, amara.page]) await openAsList(person, board);
	await live(page);
	await live(amara.page);

	await startRound(page, 'In one stack');
	await expect(amara.page.getByLabel('Private note', { exact: true })).toBeVisible();
	await writePrivately(amara.page, 'Written before the reveal');
	await writePrivately(amara.page, 'Second thought');
	await expect(page.getByText(/Written so far: .*Amara 2/)).toBeVisible();
	// On a phone: nothing scrolls sideways, and the panel passes axe.
	await amara.page.setViewportSize({ width: 390, height: 844 });
	await amara.page.getByRole('region', { name: 'Private round' }).scrollIntoViewIfNeeded();
	expect(
		await amara.page.evaluate(() => document.documentElement.scrollWidth),
		'the page scrolls sideways at 390 px'
	).toBeLessThanOrEqual(390);
	await expectNoSeriousViolations(amara.page, 'the private round at 390 px', {
		include: '.private-round'
	});
	await expectNoSeriousViolations(page, 'the facilitator’s private round', {
		include: '.private-round'
	});

	await network.cut(amara.page.context());
	await expect(amara.page.locator('[data-sync="offline"]')).toBeVisible();
	await page
		.getByRole('region', { name: 'Private round' })
		.getByRole('button', { name: 'Reveal notes' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'Notes revealed.' })).toHaveCount(1);
	await page.waitForTimeout(1_000);
	await expect(noteTexts(page)).toHaveCount(0);

	await network.restore(amara.page.context());
	await live(amara.page);
	for (const person of [page, amara.page]) {
		await expect(noteTexts(person)).toHaveCount(2, { timeout: 15_000 });
	}
	// A reload on either side (a reconnect, another look at the drafts) adds nothing twice.
	await amara.page.reload();
	await live(amara.page);
	await page.waitForTimeout(1_000);
	for (const person of [page, amara.page]) {
		await expect(noteTexts(person)).toHaveCount(2);
		await expect(noteTexts(person).first()).toBeVisible();
	}
	const texts = await noteTexts(page).evaluateAll((texts) =>
		texts.map((text) => text.textContent).sort()
	);
	expect(texts).toEqual(['Second thought', 'Written before the reveal']);
});

test('a private note written offline outlives its closed tab and reaches the board at the reveal', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const { id, links } = await sharedRoom(page, 'Offline private notes');
	const network = new RelayCut();
	const amara = await joinCapturing(browser, links.participant, 'Amara', (context) =>
		network.install(context)
	);
	const board = `/w/${id}/purpose`;
	for (const person of [page, amara.page]) await openAsList(person, board);
	await live(page);
	await live(amara.page);
	await startRound(page, 'In one stack');
	await expect(amara.page.getByLabel('Private note', { exact: true })).toBeVisible();

	// Written on a train: the relay never hears of it before the tab is closed.
	await network.cut(amara.page.context());
	await expect(amara.page.locator('[data-sync="offline"]')).toBeVisible();
	await writePrivately(amara.page, 'Thought of on the train');
	await amara.page.waitForTimeout(500);
	await expect(page.getByText(/Written so far: .*Amara 1/)).toHaveCount(0);
	await amara.page.close();
	await network.restore(amara.page.context());

	const again = await amara.page.context().newPage();
	await openAsList(again, board);
	await live(again);
	const round = again.getByRole('region', { name: 'Private round' });
	await expect(round.getByLabel(/^Private note \d+$/)).toHaveValue('Thought of on the train');
	await expect(page.getByText(/Written so far: .*Amara 1/)).toBeVisible();

	await page
		.getByRole('region', { name: 'Private round' })
		.getByRole('button', { name: 'Reveal notes' })
		.click();
	for (const person of [page, again]) {
		await expect(noteTexts(person).filter({ hasText: 'Thought of on the train' })).toHaveCount(1, {
			timeout: 15_000
		});
	}
});
