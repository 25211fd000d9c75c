import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STEPS, stepTitle } from '../../src/lib/domain/steps';
import { texts as germanExample } from '../../src/lib/content/example/de';
import { texts as germanLibrary } from '../../src/lib/content/platform-library/de';
import { recipes as germanRecipes } from '../../src/lib/content/recipes/de';
import { expectNoSeriousViolations } from './fixtures/axe';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

type Messages = Record<string, string>;
const read = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const ar = read('ar');
const fr = read('fr');
const de = read('de');
const readContent = (locale: string) =>
	JSON.parse(readFileSync(`messages/content/${locale}.json`, 'utf8')) as Messages;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa'];

async function chooseLanguage(page: Page, current: Messages, name: string) {
	await page.getByLabel(current.language_label!, { exact: true }).selectOption({ label: name });
	// The choice reloads the page in the new language.
	await page.waitForFunction(
		(lang) => document.documentElement.lang === lang,
		name === 'العربية' ? 'ar' : name === 'Français' ? 'fr' : 'de'
	);
}

async function createWorkshop(page: Page, messages: Messages, title: string): Promise<string> {
	await page.getByLabel(messages.create_workshop_form_title!, { exact: true }).fill(title);
	await page.getByRole('button', { name: messages.create_workshop_form_create_workshop }).click();
	await page.waitForURL(/\/w\/[0-9a-z]+\/purpose$/);
	return new URL(page.url()).pathname.split('/')[2]!;
}

async function expectNoSideScroll(page: Page, where: string) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

test('Arabic: the interface reads right to left and mirrors; the maps keep their axes; the choice stays', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const home = new HomePage(page);
	await home.goto();
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await chooseLanguage(page, read('en'), 'العربية');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByRole('heading', { level: 1, name: ar.home_your_workshops })).toBeVisible();
	await expectNoSideScroll(page, 'the home page at 1280');
	await expectNoSeriousViolations(page, 'the Arabic home page', { tags: WCAG });

	const id = await createWorkshop(page, ar, 'استراتيجية المكتبة');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await expect(
		page.getByText(ar.stepview_step_of!.replace('{number}', '1').replace('{total}', '8'))
	).toBeVisible();
	// The step list sits on the right of the step, as a right-to-left reader expects.
	const nav = await page.getByRole('navigation', { name: ar.stepnav_workshop_steps }).boundingBox();
	const step = await page.locator('article.step').boundingBox();
	expect(nav && step && nav.x > step.x + step.width / 2).toBe(true);
	await expectNoSideScroll(page, 'the purpose step at 1280');
	await expectNoSeriousViolations(page, 'the Arabic purpose step', { tags: WCAG });

	// The stakeholder map does not mirror: its drawing stays left to right.
	await workshop.gotoStep('stakeholders');
	await workshop.addByName(ar.stakeholders_step_new_stakeholder!, 'Readers');
	await expect(page.locator('.map-frame').first()).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('.map-frame').first()).toHaveCSS('direction', 'ltr');
	// A name in another script reads in its own direction wherever it is shown.
	await expect(page.locator('.record-name', { hasText: 'Readers' })).toHaveAttribute('dir', 'auto');

	await page.setViewportSize({ width: 390, height: 844 });
	await workshop.gotoStep('purpose');
	await expectNoSideScroll(page, 'the purpose step at 390');
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: ar.home_your_workshops })).toBeVisible();
	await expectNoSideScroll(page, 'the home page at 390');

	// The choice is remembered in this browser.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: ar.home_your_workshops })).toBeVisible();
});

test('French: the whole method in French; switching language mid-edit loses nothing', async ({
	page
}) => {
	test.setTimeout(150_000);
	const home = new HomePage(page);
	await home.goto();
	await chooseLanguage(page, read('en'), 'Français');
	await expect(page.getByRole('heading', { level: 1, name: fr.home_your_workshops })).toBeVisible();
	await expect(page.getByRole('button', { name: fr.home_try_an_example })).toBeVisible();
	const id = await createWorkshop(page, fr, 'Stratégie de la médiathèque');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();

	for (const step of STEPS) {
		await page
			.getByRole('navigation', { name: fr.stepnav_workshop_steps })
			.getByRole('link', { name: stepTitle(step.id, 'fr') })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${step.id}$`));
		await workshop.waitReady();
		await expect(
			page.getByText(`Étape ${step.number} sur ${STEPS.length}`, { exact: true })
		).toBeVisible();
		await expect(
			page.getByRole('button', { name: fr.workshop_header_export_strategy })
		).toBeVisible();
		if (step.id === 'stakeholders') {
			await workshop.addByName(fr.stakeholders_step_new_stakeholder!, 'Lecteurs du quartier');
			await expect(page.locator('.record-name', { hasText: 'Lecteurs du quartier' })).toBeVisible();
			await expect(page.getByRole('heading', { name: fr.stakemaps_stakeholder_map })).toBeVisible();
		}
	}

	// A note on the board, then a text typed and the language switched at once: both survive.
	await workshop.gotoStep('purpose');
	await workshop.addByName(fr.notes_board_new_note!, 'Des ateliers d’écriture');
	await expect(page.getByText('Des ateliers d’écriture').first()).toBeVisible();
	await page.getByLabel(fr.purpose_step_what_are_we_trying!).fill('Faire lire tout le quartier');
	await chooseLanguage(page, fr, 'Deutsch');
	await workshop.waitReady();
	await expect(page.getByLabel(de.purpose_step_what_are_we_trying!)).toHaveValue(
		'Faire lire tout le quartier'
	);
	await expect(page.getByText('Des ateliers d’écriture').first()).toBeVisible();
});

test('French and Arabic: the sync badge, the platform maps and a field check follow the language', async ({
	page
}) => {
	test.setTimeout(120_000);
	const frWords = readContent('fr');
	const home = new HomePage(page);
	await home.goto();
	await chooseLanguage(page, read('en'), 'Français');
	const id = await createWorkshop(page, fr, 'Stratégie du musée');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	// A workshop not shared yet lives on this device: the badge says so in French.
	await expect(page.locator('[data-sync="local-only"]')).toContainText(fr.sync_local_only_label!);

	await workshop.gotoStep('platforms');
	await workshop.addByName(fr.platforms_step_new_platform!, 'Lettre d’information');
	const links = page.locator('svg.map-platforms');
	await expect(links).toContainText(frWords.map_heading_platforms!);
	await expect(page.locator('.map-legend-html').first()).toContainText(
		frWords.map_legend_decision!
	);
	await page.getByRole('tab', { name: fr.platmaps_lens_fit_effort }).click();
	const chart = page.locator('svg.map-fit-effort');
	// Axes and zones in French; the drawing itself stays left to right.
	await expect(chart).toContainText(frWords.map_axis_effort!);
	await expect(chart).toContainText(frWords.map_axis_fit!);
	await expect(chart).toContainText(frWords.map_zone_quick_wins!);
	await expect(chart).not.toContainText('Quick wins');

	// In Arabic, a title past the limit is refused with an Arabic sentence.
	await page.goto('/');
	await chooseLanguage(page, fr, 'العربية');
	await page.getByLabel(ar.create_workshop_form_title!, { exact: true }).fill('ع'.repeat(301));
	await page.getByRole('button', { name: ar.create_workshop_form_create_workshop }).click();
	await expect(page.getByText(/^طول العنوان .+ والحد الأقصى .+\. اختصره لحفظه\.$/)).toBeVisible();
	await expect(page).toHaveURL(/\/$/);
});

test('French: versions are summed up and compared in French, never in English', async ({
	page
}) => {
	test.setTimeout(120_000);
	const home = new HomePage(page);
	await home.goto();
	await chooseLanguage(page, read('en'), 'Français');
	const id = await createWorkshop(page, fr, 'Stratégie de la bibliothèque');
	const workshop = new WorkshopPage(page, id);
	await workshop.waitReady();
	await workshop.gotoStep('stakeholders');
	await workshop.addByName(fr.stakeholders_step_new_stakeholder!, 'Mairie');
	await workshop.waitSaved();

	const openVersions = async () => {
		await page.getByRole('button', { name: fr.workshop_header_versions, exact: true }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('heading', { name: fr.versions_dialog_versions })).toBeVisible();
		return dialog;
	};
	const save = async (name: string) => {
		const dialog = await openVersions();
		await dialog.getByLabel(fr.versions_dialog_version_name!).fill(name);
		await dialog.getByRole('button', { name: fr.versions_dialog_save_version }).click();
		return dialog.getByRole('list', { name: fr.versions_dialog_saved_versions });
	};

	let list = await save('Mars');
	await expect(list.getByRole('listitem', { name: 'Mars' })).toContainText(fr.version_first_saved!);
	await page
		.getByRole('dialog')
		.getByRole('button', { name: fr.common_close, exact: true })
		.click();
	await workshop.addByName(fr.stakeholders_step_new_stakeholder!, 'Presse locale');
	await workshop.waitSaved();

	// The one-line summary of the new version counts the change in French.
	list = await save('Avril');
	const april = list.getByRole('listitem', { name: 'Avril' });
	await expect(april).toContainText('Parties prenantes : 1 ajout');
	await expect(april).not.toContainText(/stakeholder|added/);

	// The change report: what was added, in French words, and no English one.
	const dialog = page.getByRole('dialog');
	await dialog
		.getByRole('button', { name: fr.versions_dialog_compare_named_now!.replace('{name}', 'Mars') })
		.click();
	const added = dialog.locator('li.record-change.added');
	await expect(added).toContainText('Ajout (partie prenante) :');
	await expect(added).toContainText('Presse locale');
	await expect(dialog).not.toContainText(/\b(Added|Removed|Changed|stakeholder|not placed)\b/);
});

test.describe('a first visit from a German browser', () => {
	test.use({ locale: 'de-DE' });

	test('shows German', async ({ page }) => {
		await page.goto('/');
		await expect(
			page.getByRole('heading', { level: 1, name: de.home_your_workshops })
		).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByLabel(de.language_label!, { exact: true })).toHaveValue('de');
	});

	test('the recipes, the example workshop and the platform library are in German', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto('/');
		const recipes = page.getByLabel(de.create_workshop_form_start_from!, { exact: true });
		for (const { recipe } of germanRecipes) {
			await expect(recipes.locator('option', { hasText: recipe.name })).toHaveCount(1);
		}
		await expect(recipes.locator('option', { hasText: 'Full-day strategy' })).toHaveCount(0);

		await page.getByRole('button', { name: de.home_try_an_example }).click();
		await page.waitForURL(/\/w\/[0-9a-z]+\/purpose$/);
		const workshop = new WorkshopPage(page, new URL(page.url()).pathname.split('/')[2]!);
		await workshop.waitReady();
		await expect(page.getByLabel(de.purpose_step_what_are_we_trying!)).toHaveValue(
			germanExample.purpose.statement
		);
		await expect(page.getByText(germanExample.notes['known-history']).first()).toBeVisible();
		await expect(page.getByText('Riverside Libraries help')).toHaveCount(0);

		await workshop.gotoStep('platforms');
		await expect(
			page.locator('.record-name', { hasText: germanExample.platforms.groups.name })
		).toBeVisible();
		const library = page.getByLabel(de.platforms_step_start_from_a_common!, { exact: true });
		await expect(
			library.locator('option', { hasText: germanLibrary['professional-network'].name })
		).toHaveCount(1);

		// Translated, it is still a plan the check has nothing to say about.
		await workshop.gotoStep('review');
		await expect(page.getByText(de.plan_check_list_the_plan_check_finds!)).toBeVisible();

		await page.goto('/');
		await expect(page.getByText(germanExample.meta.title).first()).toBeVisible();
	});
});

/** Canal's own sources but its messages: a message's text found there is not only a message's. */
function sourceTexts(): string {
	const texts: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'paraglide') walk(path);
			} else if (/\.(ts|js|svelte)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
		}
	};
	walk('src');
	return texts.join('\n');
}

/**
 * The words of the interface a page's scripts carry, language by language: the plain messages
 * (no placeholders) whose text in that language is its own (no other language says the same, and
 * no code of Canal's outside the messages has it, as the relay's English refusal reasons), found
 * in the JavaScript the page fetched before the step was ready.
 */
async function wordsLoaded(page: Page, url: string): Promise<Record<string, number>> {
	const bodies: Promise<string>[] = [];
	const collect = (response: import('@playwright/test').Response) => {
		if (new URL(response.url()).pathname.endsWith('.js'))
			bodies.push(response.text().catch(() => ''));
	};
	page.on('response', collect);
	await page.goto(url);
	await new WorkshopPage(page, url.split('/')[2]!).waitReady();
	page.off('response', collect);
	const scripts = (await Promise.all(bodies)).join('\n');
	const all: Record<string, Messages> = { en: read('en'), fr, de, ar };
	const elsewhere = sourceTexts();
	const found: Record<string, number> = {};
	for (const [locale, messages] of Object.entries(all)) {
		found[locale] = Object.entries(messages).filter(
			([key, text]) =>
				typeof text === 'string' &&
				text.length >= 12 &&
				!text.includes('{') &&
				Object.entries(all).every(([other, words]) => other === locale || words[key] !== text) &&
				!elsewhere.includes(text) &&
				scripts.includes(text)
		).length;
	}
	return found;
}

test('a page carries its own language’s words and no other’s', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	const id = await createWorkshop(page, read('en'), 'Words per language');
	// Service workers would answer from their cache: every fetch is to be seen here.
	await page.evaluate(async () => {
		for (const registration of await navigator.serviceWorker.getRegistrations())
			await registration.unregister();
	});
	const english = await wordsLoaded(page, `/w/${id}/stakeholders`);
	expect(english.en, 'English words on an English page').toBeGreaterThan(30);
	expect({ fr: english.fr, de: english.de, ar: english.ar }).toEqual({ fr: 0, de: 0, ar: 0 });

	await page.evaluate(() => localStorage.setItem('canal-locale', 'fr'));
	const french = await wordsLoaded(page, `/w/${id}/stakeholders`);
	expect(french.fr, 'French words on a French page').toBeGreaterThan(30);
	expect({ en: french.en, de: french.de, ar: french.ar }).toEqual({ en: 0, de: 0, ar: 0 });
});
