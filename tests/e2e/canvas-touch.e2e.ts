import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

// A phone: the list comes first, and the canvas, once opened, answers a finger.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const noteOn = (page: Page, text: string) =>
	page.getByRole('option', { name: new RegExp(`^${text}`) });

/** A note's place on the canvas, in the canvas's own units. */
const placeOf = (note: Locator) =>
	note.evaluate((element) => [
		Math.round(parseFloat((element as HTMLElement).style.left)),
		Math.round(parseFloat((element as HTMLElement).style.top))
	]);

/** The pan and zoom of the wall, as the canvas applies it. */
const worldTransform = (page: Page) =>
	page.locator('.canvas-world').evaluate((element) => (element as HTMLElement).style.transform);

/** One finger from (x, y) by (dx, dy), as the touch screen reports it (real touch events). */
async function swipe(cdp: CDPSession, x: number, y: number, dx: number, dy: number) {
	const point = (fx: number, fy: number) => [{ x: fx, y: fy, id: 1, radiusX: 4, radiusY: 4 }];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
	for (let step = 1; step <= 10; step += 1) {
		const at = point(x + (dx * step) / 10, y + (dy * step) / 10);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('on a phone the board opens as a list; the canvas opens too and a finger drags a note and pans the wall', async ({
	page
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Phone wall');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await expect(page.getByRole('radio', { name: 'List', exact: true })).toBeChecked();
	for (const idea of ['Ask the volunteers', 'Photo archive series'])
		await workshop.addByName('New note', idea);

	await workshop.showCanvas();
	const note = noteOn(page, 'Ask the volunteers');
	await expect(note).toBeVisible();
	await page.locator('.canvas-viewport').scrollIntoViewIfNeeded();
	const cdp = await page.context().newCDPSession(page);

	// A finger on a note moves the note (written once, on lifting the finger).
	const before = await placeOf(note);
	const box = (await note.boundingBox())!;
	await swipe(cdp, box.x + box.width / 2, box.y + box.height / 2, 60, 120);
	await expect.poll(() => placeOf(note)).not.toEqual(before);
	await expect(page.getByRole('status').filter({ hasText: 'Moved 1 note' })).toHaveCount(1);

	// A finger on empty space (the lower left corner; the minimap sits at the right) pans the wall
	// and moves no note.
	const moved = await placeOf(note);
	const panBefore = await worldTransform(page);
	const area = (await page.locator('.canvas-viewport').boundingBox())!;
	await swipe(cdp, area.x + 24, area.y + area.height - 24, 80, -60);
	await expect.poll(() => worldTransform(page)).not.toBe(panBefore);
	expect(await placeOf(note)).toEqual(moved);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
		true
	);
});
