import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { join as joinAs, live, shareWorkshop } from './fixtures/sharing';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

const artifacts = join(import.meta.dirname, '..', '.artifacts', 'canvas');
mkdirSync(artifacts, { recursive: true });

const noteOn = (page: Page, text: string) =>
	page.getByRole('option', { name: new RegExp(`^${text}`) });

/** A note's place on the canvas, in the canvas's own units (what the plan stores). */
const placeOf = (note: Locator) =>
	note.evaluate((element) => [
		Math.round(parseFloat((element as HTMLElement).style.left)),
		Math.round(parseFloat((element as HTMLElement).style.top))
	]);

async function dragBy(page: Page, target: Locator, dx: number, dy: number, release = true) {
	await page.locator('.canvas-viewport').scrollIntoViewIfNeeded();
	const box = (await target.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 12 });
	if (release) await page.mouse.up();
}

const board = (page: Page) => page.locator('section.board');

const noHorizontalScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('one person arranges a wall: add, drag, select an area, move, group, undo; the list mirrors it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Canvas day');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await expect(page.getByRole('radio', { name: 'Canvas', exact: true })).toBeChecked();
	for (const idea of ['Ask the volunteers', 'Photo archive series', 'Weekly live Q&A'])
		await workshop.addByName('New note', idea);
	await expect(page.getByRole('listbox', { name: 'Notes on the canvas (3)' })).toBeAttached();

	// A drag is written once, on the drop, and one undo takes all of it back.
	const first = noteOn(page, 'Ask the volunteers');
	const before = await placeOf(first);
	await dragBy(page, first, 0, 260);
	await expect.poll(() => placeOf(first)).not.toEqual(before);
	await expect(page.getByRole('status').filter({ hasText: 'Moved 1 note' })).toHaveCount(1);
	await page.keyboard.press('Control+z');
	await expect.poll(() => placeOf(first)).toEqual(before);

	// Double-click on empty space: a note there, typed into at once.
	const viewport = page.locator('.canvas-viewport');
	const area = (await viewport.boundingBox())!;
	await page.mouse.dblclick(area.x + 120, area.y + area.height - 120);
	await expect(page.getByRole('textbox', { name: 'Text of the note' })).toBeFocused();
	await page.keyboard.type('Typed on the wall');
	await page.keyboard.press('Escape');
	await expect(noteOn(page, 'Typed on the wall')).toBeVisible();

	// A rectangle around two notes selects them; they move together, by mouse and by keyboard.
	const a = noteOn(page, 'Photo archive series');
	const b = noteOn(page, 'Weekly live Q&A');
	const [boxA, boxB] = [(await a.boundingBox())!, (await b.boundingBox())!];
	const left = Math.min(boxA.x, boxB.x) - 12;
	const top = Math.min(boxA.y, boxB.y) - 12;
	const right = Math.max(boxA.x + boxA.width, boxB.x + boxB.width) + 12;
	const bottom = Math.max(boxA.y + boxA.height, boxB.y + boxB.height) + 12;
	await page.keyboard.down('Shift');
	await page.mouse.move(left, top);
	await page.mouse.down();
	await page.mouse.move(right, bottom, { steps: 8 });
	await page.mouse.up();
	await page.keyboard.up('Shift');
	await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(2);
	const [placeA, placeB] = [await placeOf(a), await placeOf(b)];
	await dragBy(page, b, 0, 150);
	await expect(page.getByRole('status').filter({ hasText: 'Moved 2 notes' })).toHaveCount(1);
	const [movedA, movedB] = [await placeOf(a), await placeOf(b)];
	expect(movedA[0]! - placeA[0]!).toBe(movedB[0]! - placeB[0]!);
	expect(movedA[1]! - placeA[1]!).toBe(movedB[1]! - placeB[1]!);
	await b.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => placeOf(a)).toEqual([movedA[0]! + 20, movedA[1]]);

	// The two become a named group.
	await page.getByRole('button', { name: 'New group from selection' }).click();
	await page.getByLabel('Name of the new group').fill('Quick wins');
	await page.getByRole('button', { name: 'Create group' }).click();
	await expect(page.getByRole('region', { name: 'Group Quick wins' })).toBeVisible();
	await expect(noteOn(page, 'Weekly live Q&A')).toHaveAccessibleName(
		'Weekly live Q&A, in Quick wins'
	);

	await expectNoSeriousViolations(page, 'the canvas', { include: 'section.board' });
	await board(page).screenshot({ path: join(artifacts, 'canvas-1280x800.png') });

	// The board downloads as a standalone SVG with its group and notes, text kept as text.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Board as SVG' }).click();
	const svg = readFileSync(await (await download).path(), 'utf8');
	expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	for (const text of ['Quick wins', 'Photo archive series', 'Weekly live Q&amp;A']) {
		expect(svg).toContain(text);
	}
	expect(svg).not.toMatch(/<script|\son[a-z]+=/i);

	// The list shows the same groups, and moves a note to another in one choice.
	await workshop.showList();
	const wins = page.getByRole('region', { name: 'Cluster Quick wins' });
	await expect(wins.locator('.note-text')).toHaveText(['Photo archive series', 'Weekly live Q&A']);
	await page.getByLabel('Group of “Ask the volunteers”').selectOption('Quick wins');
	await expect(wins.locator('.note-text')).toHaveCount(3);
	await expectNoSeriousViolations(page, 'the list', { include: 'section.board' });
	await board(page).screenshot({ path: join(artifacts, 'list-1280x800.png') });

	// The canvas places the regrouped note inside its group's frame.
	await workshop.showCanvas();
	await expect(noteOn(page, 'Ask the volunteers')).toHaveAccessibleName(
		'Ask the volunteers, in Quick wins'
	);

	// On a phone: the list is the default, the canvas still opens, nothing scrolls sideways.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('button', { name: 'Fit all' }).click();
	expect(await noHorizontalScroll(page)).toBe(true);
	await board(page).screenshot({ path: join(artifacts, 'canvas-390x844.png') });
	await workshop.showList();
	expect(await noHorizontalScroll(page)).toBe(true);
	await board(page).screenshot({ path: join(artifacts, 'list-390x844.png') });
});

test('a drag is seen live by the others and lands the same for all; an observer only looks', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Live wall');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await workshop.addByName('New note', 'Drag me');
	await workshop.addByName('New note', 'Stay here');
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await joinAs(browser, links.participant, 'Amara');
	await live(amara);
	const olga = await joinAs(browser, links.observer, 'Olga');
	await expect(olga.locator('[data-sync="read-only"]')).toBeVisible({ timeout: 15_000 });
	const people = [page, amara, olga];
	for (const person of people) await expect(noteOn(person, 'Drag me')).toBeVisible();
	const start = await placeOf(noteOn(page, 'Drag me'));

	// Amara holds the note mid-drag: the others see it move before she lets go.
	await dragBy(amara, noteOn(amara, 'Drag me'), 180, 90, false);
	const held = Date.now();
	for (const other of [page, olga]) {
		await expect(other.locator('.canvas-note.remote', { hasText: 'Drag me' })).toBeVisible({
			timeout: 1_000
		});
		await expect
			.poll(async () => (await placeOf(noteOn(other, 'Drag me')))[0], { timeout: 1_000 })
			.toBeGreaterThan(start[0]! + 50);
	}
	const seenWithinMs = Date.now() - held;
	await board(page).screenshot({ path: join(artifacts, 'live-drag-seen-1280x800.png') });
	expect(seenWithinMs).toBeLessThan(2_000);
	await amara.mouse.up();
	const landed = await placeOf(noteOn(amara, 'Drag me'));
	for (const person of people)
		await expect.poll(() => placeOf(noteOn(person, 'Drag me'))).toEqual(landed);
	// After the drop the note stays selected by Amara, and the others see whose selection it is.
	await expect(page.locator('.canvas-note.remote .peer-tag')).toHaveText('Amara');
	test
		.info()
		.annotations.push({ type: 'live drag seen within (ms)', description: String(seenWithinMs) });

	// The observer pans and zooms, and changes nothing.
	await expect(olga.getByRole('button', { name: 'Add a note to the canvas' })).toHaveCount(0);
	const stay = await placeOf(noteOn(olga, 'Stay here'));
	await dragBy(olga, noteOn(olga, 'Stay here'), 120, 120);
	await olga.getByRole('button', { name: 'Zoom in' }).click();
	await expect(olga.getByText(/^\d+%$/)).toBeVisible();
	await expect.poll(() => placeOf(noteOn(page, 'Stay here'))).toEqual(stay);
	expect(await placeOf(noteOn(olga, 'Stay here'))).toEqual(stay);
	await expectNoSeriousViolations(olga, 'the observer’s canvas', { include: 'section.board' });
	await amara.context().close();
	await olga.context().close();
});
