import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/lib/domain/steps';
import { referenceWorkshopFile } from './fixtures/workshop-files';
import { describeSmallTargets, smallTargets } from './fixtures/target-size';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/**
 * People join by QR code, mostly on a phone: a common one, then the narrowest still in use. The
 * dialogs, the agenda, the join page, the large workshop and Arabic: phone-screens.e2e.ts.
 */
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 320, height: 568 }
];

/** The canvas opens at a zoom where its notes stay touchable, so they are measured like the rest. */
async function offenders(page: Page, where: string): Promise<string[]> {
	return describeSmallTargets(await smallTargets(page)).map((line) => `${where}: ${line}`);
}

test('every pointer target on a phone is at least 24 × 24 px or has room around it (WCAG 2.2 SC 2.5.8): the list, every step with a record and its map open, every board as a list and as a canvas', async ({
	page
}) => {
	test.setTimeout(300_000);
	const file = referenceWorkshopFile(1);
	const home = new HomePage(page);
	const workshop = new WorkshopPage(page, file.id);
	await page.setViewportSize(PHONES[0]!);
	await home.goto();
	await home.importFile(`${file.id}.canal`, file.buffer);
	await expect(home.item(file.title)).toBeVisible();

	const found: string[] = [];
	for (const phone of PHONES) {
		await page.setViewportSize(phone);
		const at = `${phone.width} px`;
		await home.goto();
		await expect(home.item(file.title)).toBeVisible();
		found.push(...(await offenders(page, `${at}, the list`)));
		for (const step of STEPS) {
			await workshop.gotoStepInFull(step.id);
			found.push(...(await offenders(page, `${at}, ${step.title}`)));
			await workshop.showCanvas();
			await expect(page.getByRole('toolbar', { name: 'Canvas tools' })).toBeVisible();
			found.push(...(await offenders(page, `${at}, ${step.title}, canvas`)));
			await workshop.showList();
		}
	}
	expect(found, 'targets under 24 × 24 px that crowd another').toEqual([]);
});

test('the measure itself names a small target next to another and a target lying on another (it can fail)', async ({
	page
}) => {
	await page.setViewportSize(PHONES[0]!);
	const home = new HomePage(page);
	await home.goto();
	await page.evaluate(() => {
		const row = document.createElement('p');
		for (const name of ['Tiny one', 'Tiny two']) {
			const button = document.createElement('button');
			button.type = 'button';
			button.setAttribute('aria-label', name);
			button.style.cssText = 'width: 12px; height: 12px; padding: 0; margin: 0 2px';
			row.append(button);
		}
		// A link inside a sentence is excused, however small its line.
		const sentence = document.createElement('p');
		sentence.style.fontSize = '10px';
		sentence.append('Read ');
		const link = Object.assign(document.createElement('a'), { href: '#', textContent: 'this' });
		sentence.append(link, ' first.');
		// Two large targets, one lying over the other.
		const pile = document.createElement('p');
		pile.style.position = 'relative';
		for (const [name, top] of [
			['Under', '0'],
			['Over', '20px']
		] as const) {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = name;
			button.style.cssText = `position: absolute; top: ${top}; width: 60px; height: 40px`;
			pile.append(button);
		}
		document.querySelector('main')?.append(row, sentence, pile);
	});
	const lines = describeSmallTargets(await smallTargets(page));
	expect(lines).toContain('button “Tiny one” 12×12 px (its 24 px circle meets button “Tiny two”)');
	expect(lines).toContain('button “Tiny two” 12×12 px (its 24 px circle meets button “Tiny one”)');
	expect(lines).toContain('button “Under” 60×40 px (it overlaps button “Over”)');
	expect(lines.filter((line) => line.includes('“this”'))).toEqual([]);
});
