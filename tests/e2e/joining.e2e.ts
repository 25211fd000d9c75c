import { expect, test, type Browser, type Page } from '@playwright/test';
import { REFUSALS } from '../../src/lib/sync/protocol';
import { HomePage } from './pages/home-page';
import { join, live, shareWorkshop } from './fixtures/sharing';

/** A facilitator on their own device, with a shared workshop that the relay has confirmed. */
async function facilitatorWith(browser: Browser, title: string) {
	const page = await (await browser.newContext()).newPage();
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(title);
	const links = await shareWorkshop(page);
	await live(page);
	return { page, id, links };
}

const withWrongSecret = (link: string) => link.replace(/k=[0-9a-z]+/, `k=${'0'.repeat(32)}`);

/**
 * How many elements of the page announce `text` to a screen reader: those holding it (as their
 * own text) inside a live region, a status or an alert.
 */
function announcements(page: Page, text: string): Promise<number> {
	return page.evaluate((wanted) => {
		const regions = [
			...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')
		].filter((region) => region.getAttribute('aria-live') !== 'off');
		return [...document.querySelectorAll('body *')].filter(
			(element) =>
				[...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(wanted)
				) && regions.some((region) => region.contains(element))
		).length;
	}, text);
}

test('a good link pasted into a tab that shows a damaged one joins, without a reload', async ({
	page,
	browser
}) => {
	const facilitator = await facilitatorWith(browser, 'Pasted link');
	await page.goto('/join#w=abcdefghij012345&r=short&as=participant&k=nope');
	await expect(page.getByRole('alert')).toHaveText(/incomplete or damaged/);
	await page.evaluate(() => Object.assign(window, { canalE2eMarker: true }));

	// Only the fragment changes, as when a link is pasted into the address bar of this tab.
	await page.goto(facilitator.links.participant);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByLabel('Your name, as others will see it').fill('Amara');
	expect(await page.evaluate(() => 'canalE2eMarker' in window)).toBe(true);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(new RegExp(`/w/${facilitator.id}/purpose$`));
	await live(page);
	await expect(page.locator('.workshop-name .title')).toHaveText('Pasted link');

	// And the other way round: a damaged link pasted over a good one says so.
	await page.goto('/join#w=abcdefghij012345&r=short&as=participant&k=nope');
	await expect(page.getByRole('alert')).toHaveText(/incomplete or damaged/);
	await page.goto(facilitator.links.participant);
	await expect(page.getByRole('button', { name: 'Join', exact: true })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a wrong secret for a room already joined is refused once, for that link; the workshop keeps syncing', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const facilitator = await facilitatorWith(browser, 'Kept in sync');
	const amara = await join(browser, facilitator.links.participant, 'Amara');
	await live(amara);

	await amara.goto(withWrongSecret(facilitator.links.participant));
	await amara.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(amara.getByRole('alert')).toContainText('did not accept this link');
	await amara.getByRole('link', { name: 'Open the workshop' }).click();
	await amara.waitForURL(new RegExp(`/w/${facilitator.id}/purpose$`));
	await live(amara);
	await expect(amara.locator('[data-sync="refused"]')).toHaveCount(0);
	await expect(amara.getByText('Link refused')).toHaveCount(0);

	// Edits travel both ways, and go on doing so after a reload: the working secret was kept.
	await amara.getByLabel('What are we trying to achieve?').fill('Still in the room');
	await expect(facilitator.page.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Still in the room'
	);
	await amara.reload();
	await live(amara);
	await facilitator.page.getByLabel('What do we want to be known for?').fill('Answered');
	await expect(amara.getByLabel('What do we want to be known for?')).toHaveValue('Answered');
	await expect(amara.locator('[data-sync="refused"]')).toHaveCount(0);
	await amara.goto('/');
	expect(await new HomePage(amara).titles()).toEqual(['Kept in sync']);
});

test('a link whose secret the relay refuses leaves no workshop behind, and says so once', async ({
	page,
	browser
}) => {
	test.setTimeout(60_000);
	const facilitator = await facilitatorWith(browser, 'Guarded room');
	const home = new HomePage(page);
	await home.goto();
	await home.create('My own plan');

	await page.goto(withWrongSecret(facilitator.links.participant));
	await page.getByLabel('Your name, as others will see it').fill('Mallory');
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(/\/w\/[0-9a-z]+\/purpose$/);
	await expect(page.locator('[data-sync="refused"]')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText(REFUSALS.unauthorized, { exact: true })).toBeVisible();
	// Read out once: the status holds the relay's reason, and nothing else repeats it.
	expect(await announcements(page, REFUSALS.unauthorized)).toBe(1);

	await home.goto();
	expect(await home.titles()).toEqual(['My own plan']);
	await page.reload();
	expect(await home.titles()).toEqual(['My own plan']);

	// The right link still joins, as a workshop like any other.
	await page.goto(facilitator.links.participant);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(new RegExp(`/w/${facilitator.id}/purpose$`));
	await live(page);
	await home.goto();
	// The room's title reaches the list with the plan's next save, which the page just left may
	// still have been writing as the list was read: the list follows it.
	await expect
		.poll(async () => (await home.titles()).sort())
		.toEqual(['Guarded room', 'My own plan']);
});

test('“Link refused” clears by itself once the relay takes the room in', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	// The facilitator shares while offline: the room exists on their device, not yet on the relay.
	const facilitator = await (await browser.newContext()).newPage();
	const home = new HomePage(facilitator);
	await home.goto();
	const id = await home.create('Opened late');
	// A device that has been here before: the service worker keeps the app's parts (the dialog
	// and the relay client load on first use), so they open offline.
	await facilitator.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
	await facilitator.context().setOffline(true);
	await facilitator.getByRole('button', { name: 'Invite' }).click();
	const dialog = facilitator.getByRole('dialog', { name: 'Invite people' });
	await dialog.getByLabel('Your name, as others will see it').fill('Inès');
	await dialog.getByRole('button', { name: 'Share this workshop' }).click();
	await expect(dialog.getByText('Waiting for the relay to confirm this workshop.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	// The participant link as it will be, read from the facilitator's device.
	const link = await facilitator.evaluate(async (workshopId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('canal');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const entry = await new Promise<{
			room: { roomId: string; participantSecret: string };
		}>((resolve, reject) => {
			const request = db.transaction('workshops').objectStore('workshops').get(workshopId);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		db.close();
		const { roomId, participantSecret } = entry.room;
		return `/join#w=${workshopId}&r=${roomId}&as=participant&k=${participantSecret}`;
	}, id);

	await page.goto(link);
	await page.getByLabel('Your name, as others will see it').fill('Amara');
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(new RegExp(`/w/${id}/purpose$`));
	await expect(page.locator('[data-sync="refused"]')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText(REFUSALS.unknownRoom, { exact: true })).toBeVisible();
	expect(await announcements(page, REFUSALS.unknownRoom)).toBe(1);

	// The facilitator comes online: the relay takes the room in, and the refusal goes by itself.
	await facilitator.context().setOffline(false);
	await expect(facilitator.locator('[data-sync="synced"]')).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('[data-sync="synced"]')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText('Link refused')).toHaveCount(0);
	await expect(page.locator('.workshop-name .title')).toHaveText('Opened late');
	await page.getByLabel('What are we trying to achieve?').fill('Here at last');
	await expect(facilitator.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Here at last'
	);
	await page.goto('/');
	expect(await new HomePage(page).titles()).toEqual(['Opened late']);
});
