import { expect, test, type Page } from '@playwright/test';
import { recordFigures, scale } from '../helpers/reliability';
import { join, live, shareWorkshop } from './fixtures/sharing';
import { plannedDiskLimit, SmallDisk, storedUpdates } from './fixtures/small-disk';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

const cycles = scale(1, 3);
const editsWhileFull = scale(3, 12);

const statement = 'What are we trying to achieve?';
const knownFor = 'What do we want to be known for?';

/** The storage status badge of a page (its data attribute names the state exactly). */
const storage = (page: Page, kind: string) => page.locator(`[data-status="${kind}"]`);

async function values(page: Page): Promise<string[]> {
	return page
		.getByLabel('Value', { exact: true })
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).sort());
}

/** What else the origin keeps: Chromium drops it all when it evicts the origin for space. */
async function cachedShell(page: Page): Promise<number> {
	return page.evaluate(async () => (await caches.keys()).length);
}

interface StatusLog {
	inputAt: number | null;
	statuses: [number, string][];
}

/** Notes, in the page's own clock, when the next edit is typed and every storage status after. */
async function watchStatus(page: Page): Promise<void> {
	await page.evaluate(() => {
		const log: StatusLog = { inputAt: null, statuses: [] };
		(window as unknown as { statusLog: StatusLog }).statusLog = log;
		document.addEventListener(
			'input',
			() => {
				log.inputAt ??= performance.now();
			},
			{ capture: true }
		);
		const badge = document.querySelector('[data-status]')!;
		new MutationObserver(() =>
			log.statuses.push([performance.now(), badge.getAttribute('data-status') ?? ''])
		).observe(badge, { attributes: true, attributeFilter: ['data-status'] });
	});
}

async function statusLog(page: Page): Promise<StatusLog> {
	return page.evaluate(() => (window as unknown as { statusLog: StatusLog }).statusLog);
}

test(`regression: Chromium's full-disk abort and origin eviction lose nothing — full disk (${plannedDiskLimit()}): the status says so within a second, editing goes on live, and everything is saved once space frees`, async ({
	browser,
	baseURL
}) => {
	// The quota fallback waits about half a minute per change for Chromium to apply it.
	test.setTimeout(scale(180_000, 600_000));
	const started = Date.now();
	const disk = await SmallDisk.launch(baseURL!);
	test.info().annotations.push({ type: 'disk limit', description: disk.method });
	try {
		const page = disk.page;
		const home = new HomePage(page);
		await home.goto();
		const id = await home.create('Full disk');
		const facilitator = new WorkshopPage(page, id);
		await facilitator.waitReady();

		const expected = { values: [] as string[], statement: '', knownFor: '' };
		expected.statement = 'Written before the disk filled';
		await page.getByLabel(statement).fill(expected.statement);
		await facilitator.addByName('New value', 'Before: openness');
		expected.values.push('Before: openness');

		const links = await shareWorkshop(page);
		await live(page);
		const amara = await join(browser, links.participant, 'Amara');
		await live(amara);
		await expect(amara.getByLabel(statement)).toHaveValue(expected.statement);
		await expect(storage(page, 'saved')).toBeVisible();
		const savedBefore = await storedUpdates(page, id);
		const shellCachesBefore = await cachedShell(page);

		const latencies: number[] = [];
		const recoveries: number[] = [];
		let madeWhileFull = 0;
		for (let cycle = 1; cycle <= cycles; cycle++) {
			await disk.fill();
			await watchStatus(page);
			// A change longer than a memory page, so it cannot slip into the unused end of the log
			// file's last one; the cycle number all through it, so it is not a one-letter diff.
			expected.knownFor = `Written on a full disk: ${`${cycle} known for `.repeat(600)}`;
			await page.getByLabel(knownFor).fill(expected.knownFor);
			await expect(storage(page, 'storage-full')).toBeVisible({ timeout: 10_000 });
			await expect(storage(page, 'storage-full')).toContainText('Storage full');
			const log = await statusLog(page);
			const shownAt = log.statuses.find(([, kind]) => kind === 'storage-full')?.[0];
			expect(log.inputAt, 'the edit was typed').not.toBeNull();
			expect(shownAt, 'the status turned to storage-full').toBeDefined();
			latencies.push(Math.round(shownAt! - log.inputAt!));
			expect(latencies.at(-1)!, 'ms from the refused edit to the status').toBeLessThan(1_000);

			// Editing goes on, in memory and through the relay, both ways.
			for (let edit = 1; edit <= editsWhileFull; edit++) {
				const name = `Full ${cycle}.${edit}`;
				await facilitator.addByName('New value', name);
				expected.values.push(name);
				madeWhileFull++;
			}
			const fromAmara = `Amara, while full ${cycle}`;
			await new WorkshopPage(amara, id).addByName('New value', fromAmara);
			expected.values.push(fromAmara);
			await expect.poll(() => values(amara)).toEqual([...expected.values].sort());
			await expect.poll(() => values(page)).toEqual([...expected.values].sort());
			await expect(amara.getByLabel(knownFor)).toHaveValue(expected.knownFor);
			// Never a vague failure, whatever Chromium does to make room meanwhile.
			expect((await statusLog(page)).statuses.map(([, kind]) => kind)).not.toContain('failed');

			const freedAt = Date.now();
			await disk.free();
			await expect(storage(page, 'saved')).toBeVisible({ timeout: 60_000 });
			recoveries.push(Date.now() - freedAt);

			const after = `After ${cycle}`;
			await facilitator.addByName('New value', after);
			expected.values.push(after);
			await expect(storage(page, 'saved')).toBeVisible();
		}
		await expect.poll(() => values(amara)).toEqual([...expected.values].sort());
		await amara.context().close();
		const evictedByBrowser = (await cachedShell(page)) < shellCachesBefore;

		// Only this device's IndexedDB can answer now: the relay is out of reach.
		await disk.context.routeWebSocket(/\/sync/, (socket) => socket.close());
		await page.reload();
		await facilitator.waitReady();
		await expect(page.locator('[data-sync="synced"]')).toHaveCount(0);
		await expect(page.getByLabel(statement)).toHaveValue(expected.statement);
		await expect(page.getByLabel(knownFor)).toHaveValue(expected.knownFor);
		await expect.poll(() => values(page)).toEqual([...expected.values].sort());
		const savedAfter = await storedUpdates(page, id);
		// Rows may be fewer than before (an evicted log is written back as one row), never none.
		expect(savedAfter.rows).toBeGreaterThan(0);

		recordFigures('full-disk', {
			method: disk.method,
			evictedByBrowser,
			diskBytes: disk.diskBytes,
			profileBytesWhenFilled: disk.profileBytes,
			fillerBytes: disk.fillerBytes,
			cycles,
			msFromRefusedEditToStatus: latencies,
			msFromFreedSpaceToSaved: recoveries,
			editsWhileFull: madeWhileFull + cycles,
			participantEditsWhileFull: cycles,
			valuesCheckedAfterOfflineReload: expected.values.length,
			storedRows: { before: savedBefore.rows, after: savedAfter.rows },
			storedBytes: { before: savedBefore.bytes, after: savedAfter.bytes },
			seconds: Math.round((Date.now() - started) / 1000)
		});
	} finally {
		await disk.close();
	}
});
