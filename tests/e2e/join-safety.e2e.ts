import { expect, test, type Browser, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';
import { join, live, shareWorkshop } from './fixtures/sharing';

const PRIVATE = {
	title: 'Private strategy day',
	organisation: 'Quiet Harbour Trust',
	purpose: 'Merge with the museum before the board hears of it'
};

/** A workshop that was never shared, on the victim's device. */
async function privateWorkshop(page: Page): Promise<string> {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(PRIVATE.title, PRIVATE.organisation);
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await page.getByLabel('What are we trying to achieve?').fill(PRIVATE.purpose);
	await workshop.waitSaved();
	return id;
}

/** Someone else's room, and a link to it that names the victim's workshop id. */
async function attackerRoom(browser: Browser, victimId: string) {
	const page = await (await browser.newContext()).newPage();
	const home = new HomePage(page);
	await home.goto();
	await home.create('Open day', 'Elsewhere');
	const links = await shareWorkshop(page);
	await live(page);
	const crafted = links.participant.replace(/w=[0-9a-z]+/, `w=${victimId}`);
	expect(crafted).toContain(`w=${victimId}`);
	return { page, links, crafted };
}

/** Nothing of the private workshop shows on this page, on any step it visits. */
async function seesNothingPrivate(page: Page): Promise<void> {
	for (const text of Object.values(PRIVATE)) {
		await expect(page.locator('body')).not.toContainText(text);
	}
	await expect(page.getByLabel('What are we trying to achieve?')).not.toHaveValue(PRIVATE.purpose);
}

/** The private workshop is as it was: its texts, and never shared. */
async function stillPrivate(page: Page, id: string): Promise<void> {
	await page.goto(`/w/${id}/purpose`);
	await expect(page.getByLabel('What are we trying to achieve?')).toHaveValue(PRIVATE.purpose);
	await expect(page.locator('.workshop-name .title')).toHaveText(PRIVATE.title);
	await expect(page.locator('[data-sync="local-only"]')).toBeVisible();
	await page.getByRole('button', { name: 'Invite' }).click();
	const dialog = page.getByRole('dialog', { name: 'Invite people' });
	await expect(dialog.getByRole('button', { name: 'Share this workshop' })).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
}

test('a link naming a private workshop with another room asks first; joining as new sends it nowhere', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const privateId = await privateWorkshop(page);
	const attacker = await attackerRoom(browser, privateId);

	// A phone-sized screen, used with the keyboard only.
	await page.setViewportSize({ width: 390, height: 780 });
	await page.goto(attacker.crafted);
	const heading = page.getByRole('heading', {
		name: `“${PRIVATE.title}” is already on this device`
	});
	await expect(heading).toBeVisible();
	const joinAsNew = page.getByRole('button', { name: 'Join as a new workshop' });
	const cancel = page.getByRole('button', { name: 'Cancel' });
	await expect(joinAsNew).toBeVisible();
	await expect(cancel).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const name = page.getByLabel('Your name, as others will see it');
	await expect(name).toBeFocused();
	await name.fill('Vic');
	await page.keyboard.press('Tab');
	await expect(joinAsNew).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(cancel).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');

	// A new workshop of its own, in the link's room: it shows the room's plan, not the private one.
	await page.waitForURL(/\/w\/[0-9a-z]+\/purpose$/);
	const joinedId = new URL(page.url()).pathname.split('/')[2];
	expect(joinedId).not.toBe(privateId);
	await live(page);
	await expect(page.locator('.workshop-name .title')).toHaveText('Open day');
	await seesNothingPrivate(page);

	// The room, as the relay serves it: its owner and a newcomer see the victim present, and
	// nothing of the private workshop.
	await expect(
		attacker.page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')
	).toHaveCount(2);
	await seesNothingPrivate(attacker.page);
	const newcomer = await join(browser, attacker.links.participant, 'Nel');
	await live(newcomer);
	await expect(newcomer.locator('.workshop-name .title')).toHaveText('Open day');
	await seesNothingPrivate(newcomer);
	await seesNothingPrivate(attacker.page);

	await stillPrivate(page, privateId);
	// Opening the link again opens the workshop joined before; it asks nothing and adds nothing.
	await page.goto(attacker.crafted);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(new RegExp(`/w/${joinedId}/purpose$`));
	await page.goto('/');
	expect((await new HomePage(page).titles()).sort()).toEqual(['Open day', PRIVATE.title].sort());
});

test('cancelling a link that names a private workshop changes nothing and joins nothing', async ({
	page,
	browser
}) => {
	test.setTimeout(60_000);
	const privateId = await privateWorkshop(page);
	const attacker = await attackerRoom(browser, privateId);

	await page.goto(attacker.crafted);
	await expect(
		page.getByRole('heading', { name: `“${PRIVATE.title}” is already on this device` })
	).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	// The secret is gone from the address bar and from history.
	expect(page.url()).not.toContain('k=');
	expect(await new HomePage(page).titles()).toEqual([PRIVATE.title]);
	await stillPrivate(page, privateId);

	await expect(
		attacker.page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')
	).toHaveCount(1);
	await seesNothingPrivate(attacker.page);
});

test('a participant of one room given a link to another under its id stays in its own room', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Team room');
	await page.getByLabel('What are we trying to achieve?').fill('Only for the team');
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	await live(amara);

	const attacker = await attackerRoom(browser, id);
	await amara.goto(attacker.crafted);
	await expect(
		amara.getByRole('heading', { name: '“Team room” is already on this device' })
	).toBeVisible();
	await amara.getByRole('button', { name: 'Cancel' }).click();
	await amara.waitForURL((url) => url.pathname === '/');

	// Still in the team's room: edits keep travelling both ways; the other room saw nothing.
	await amara.goto(`/w/${id}/purpose`);
	await live(amara);
	await amara.getByLabel('What do we want to be known for?').fill('Still with the team');
	await expect(page.getByLabel('What do we want to be known for?')).toHaveValue(
		'Still with the team'
	);
	await expect(
		attacker.page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')
	).toHaveCount(1);
	await expect(attacker.page.locator('body')).not.toContainText('Only for the team');
});

test('a wrong secret for a room already joined keeps the working one', async ({
	page,
	browser
}) => {
	test.setTimeout(60_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Kept access');
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	await live(amara);

	const forged = links.participant.replace(/k=[0-9a-z]+/, `k=${'0'.repeat(32)}`);
	await amara.goto(forged);
	await amara.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(amara.getByRole('alert')).toContainText('did not accept this link');
	await amara.getByRole('link', { name: 'Open the workshop' }).click();
	await amara.waitForURL(new RegExp(`/w/${id}/purpose$`));
	await live(amara);
});

test('invitations appear only once the relay has confirmed the room', async ({ page }) => {
	test.setTimeout(60_000);
	const home = new HomePage(page);
	await home.goto();
	await home.create('Not yet confirmed');
	// A device that has been here before: the service worker keeps the app's parts (the dialog
	// and the relay client load on first use), so they open offline.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
	await page.context().setOffline(true);
	await page.getByRole('button', { name: 'Invite' }).click();
	const dialog = page.getByRole('dialog', { name: 'Invite people' });
	await dialog.getByLabel('Your name, as others will see it').fill('Inès');
	await dialog.getByRole('button', { name: 'Share this workshop' }).click();
	await expect(dialog.getByText('Waiting for the relay to confirm this workshop.')).toBeVisible();
	await expect(dialog.getByLabel('Participants link')).toHaveCount(0);
	await expect(dialog.getByRole('img', { name: /QR code/ })).toHaveCount(0);

	await page.context().setOffline(false);
	// Back online, the socket tries at once (not at the end of its back-off) and the relay confirms
	// the room.
	await expect(dialog.getByLabel('Participants link')).toHaveValue(/\/join#/, {
		timeout: 20_000
	});
	await expect(dialog.getByRole('img', { name: 'QR code of the participant link' })).toBeVisible();
});
