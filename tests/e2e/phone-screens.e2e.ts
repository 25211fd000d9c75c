import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { STEPS } from '../../src/lib/domain/steps';
import { largeWorkshopFile, referenceWorkshopFile } from './fixtures/workshop-files';
import { PHONE_WIDTHS, phoneProblems, phoneSize } from './fixtures/phone-screen';
import { WorkshopPage } from './pages/workshop-page';

/**
 * Every screen and dialog on a phone: it does not scroll sideways, its pointer targets are at
 * least 24 px (or have room around them), and axe finds nothing serious. The reference workshop
 * at the four common widths; the large workshop (300 stakeholders, 3,000 notes) and the Arabic
 * interface at 390 px. Each screen is one test that turns the same page through the widths.
 *
 * `npm test` tours every screen of the reference workshop, and every step of the large workshop
 * and of the Arabic interface (where overflow shows first); the other screens of those two
 * variants take ~6 minutes more and run with `npm run test:phones` (PHONE_SCREENS=all).
 */
const everyVariant = process.env.PHONE_SCREENS === 'all';

/** What axe looks at while a dialog is open. */
const DIALOG = 'dialog[open], [role="dialog"]';

type Messages = Record<string, string>;
const messages = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
/** A message with its `{placeholders}` filled in. */
const say = (template: string | undefined, values: Record<string, string> = {}) =>
	(template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

type WorkshopFile = { id: string; title: string; buffer: Buffer };
const files = new Map<string, WorkshopFile>();
/** Workshop files are made once per run (the large one takes a while). */
function file(kind: 'reference' | 'large'): WorkshopFile {
	let made = files.get(kind);
	if (!made) {
		made = kind === 'large' ? largeWorkshopFile(2) : referenceWorkshopFile(1);
		files.set(kind, made);
	}
	return made;
}

interface Variant {
	name: string;
	locale: 'en' | 'ar';
	widths: readonly number[];
	workshop: 'reference' | 'large';
}

const VARIANTS: Variant[] = [
	{ name: 'reference workshop', locale: 'en', widths: PHONE_WIDTHS, workshop: 'reference' },
	{ name: 'large workshop', locale: 'en', widths: [390], workshop: 'large' },
	{ name: 'Arabic interface', locale: 'ar', widths: [390], workshop: 'reference' }
];

/** One variant's tour: the page, its words, and what was found wrong so far. */
class Tour {
	readonly t: Messages;
	readonly found: string[] = [];
	workshop!: WorkshopPage;
	title = '';

	constructor(
		readonly page: Page,
		readonly variant: Variant
	) {
		this.t = messages(variant.locale);
	}

	/** The list, with the variant's workshop imported. */
	async start(): Promise<void> {
		const { page, t } = this;
		await page.setViewportSize(phoneSize(this.variant.widths[0]!));
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', this.variant.locale);
		const imported = file(this.variant.workshop);
		await page.getByLabel(t.import_workshop_import_a_workshop_file!).setInputFiles({
			name: `${imported.id}.canal`,
			mimeType: 'application/octet-stream',
			buffer: imported.buffer
		});
		await expect(this.listItem(imported.title)).toBeVisible({ timeout: 30_000 });
		this.title = imported.title;
		this.workshop = new WorkshopPage(page, imported.id);
	}

	listItem(title: string): Locator {
		return this.page
			.getByRole('list', { name: this.t.home_workshops })
			.getByRole('heading', { name: title, exact: true });
	}

	/**
	 * `axe`: the part axe looks at (an open dialog, a panel: the rest of the page is checked on
	 * its own), or false where accessibility.e2e.ts covers the screen.
	 */
	async check(where: string, axe: string | false | null = null): Promise<void> {
		const options = axe === false ? { axe } : axe === null ? {} : { include: axe };
		this.found.push(...(await phoneProblems(this.page, where, this.variant.widths, options)));
	}

	button(name: string | undefined, within: Page | Locator = this.page): Locator {
		return within.getByRole('button', { name, exact: true });
	}

	async dialog(opener: string | undefined, name: string | undefined): Promise<Locator> {
		await this.button(opener).click();
		const dialog = this.page.getByRole('dialog', { name });
		await expect(dialog).toBeVisible();
		return dialog;
	}

	async close(dialog: Locator): Promise<void> {
		await this.button(this.t.common_close, dialog).click();
		await expect(dialog).toBeHidden();
	}

	async agenda(): Promise<void> {
		await this.button(this.t.workshop_agenda).click();
		await expect(
			this.page.getByRole('heading', { name: this.t.agenda_panel_agenda })
		).toBeVisible();
	}

	/** The variant's workshop on its first step, a live session started from the agenda. */
	async startSession(): Promise<void> {
		await this.start();
		await this.workshop.gotoStep('purpose');
		await this.agenda();
		await this.button(this.t.agenda_panel_start_the_session).click();
		await expect(this.button(this.t.agenda_panel_end_the_session)).toBeVisible();
	}

	async addStakeholder(name: string): Promise<void> {
		await this.workshop.gotoStep('stakeholders');
		const input = this.page.getByLabel(this.t.stakeholders_step_new_stakeholder!, { exact: true });
		await input.fill(name);
		await input.press('Enter');
		await expect(input).toHaveValue('');
		await this.workshop.waitSaved();
	}

	async saveVersion(dialog: Locator, name: string): Promise<void> {
		await dialog.getByLabel(this.t.versions_dialog_version_name!).fill(name);
		await this.button(this.t.versions_dialog_save_version, dialog).click();
		// Saving the large workshop encodes and compresses its whole state.
		await expect(dialog.getByRole('status')).toHaveText(
			say(this.t.versions_dialog_saved, { name }),
			{ timeout: 30_000 }
		);
	}

	report(): void {
		expect(this.found, `problems on a phone (${this.variant.name})`).toEqual([]);
	}
}

for (const variant of VARIANTS) {
	test.describe(`on a phone, ${variant.name}`, () => {
		test.use({ locale: variant.locale === 'ar' ? 'ar' : 'en-US' });
		const slow = variant.workshop === 'large' ? 3 : 1;
		const reference = variant.workshop === 'reference' && variant.locale === 'en';
		/** A screen every variant shows alike: toured for the reference in `npm test`. */
		const screen = reference || everyVariant ? test : test.skip;

		screen(
			'the list, with a recipe of its own, the import, the settings and the language picker',
			async ({ page }) => {
				test.setTimeout(120_000 * slow);
				const tour = new Tour(page, variant);
				const { t } = tour;
				await tour.start();
				// A recipe of one's own shows in the recipes card with its own buttons.
				await tour.workshop.gotoStep('purpose');
				await tour.agenda();
				await page.getByLabel(t.save_recipe_recipe_name!).fill('Our phone day');
				await tour.button(t.save_recipe_save_as_recipe).click();
				await page.goto('/');
				await expect(tour.listItem(tour.title)).toBeVisible();
				await expect(page.getByRole('list', { name: t.recipes_card_your_recipes })).toBeVisible();
				await tour.check('the list');
				tour.report();
			}
		);

		test('the join page', async ({ page }) => {
			test.setTimeout(60_000);
			const tour = new Tour(page, variant);
			await page.setViewportSize(phoneSize(variant.widths[0]!));
			await page.goto('/join');
			await expect(
				page.getByRole('heading', { level: 1, name: tour.t.join_join_a_workshop })
			).toBeVisible();
			await tour.check('the join page without a link');
			tour.report();
		});

		if (variant.workshop === 'large' || variant.locale !== 'en')
			test('every step, with a record and its map open', async ({ page }) => {
				// axe reads each whole step in Arabic: seconds each on a busy machine.
				test.setTimeout(240_000 * slow);
				const tour = new Tour(page, variant);
				await tour.start();
				for (const step of STEPS) {
					await tour.workshop.gotoStepInFull(step.id);
					await tour.check(step.id, variant.locale === 'en' ? false : 'main');
				}
				tour.report();
			});

		screen('the agenda, in a live session', async ({ page }) => {
			test.setTimeout(90_000 * slow);
			const tour = new Tour(page, variant);
			await tour.startSession();
			await tour.check('the agenda', '#agenda-panel');
			tour.report();
		});

		screen('the shared canvas of a board', async ({ page }) => {
			test.setTimeout(90_000 * slow);
			const tour = new Tour(page, variant);
			await tour.start();
			for (const step of ['purpose', 'platforms'] as const) {
				await tour.workshop.gotoStep(step);
				await tour.workshop.showCanvas(tour.t.notes_board_view_canvas);
				await expect(
					page.getByRole('toolbar', { name: tour.t.board_canvas_canvas_tools })
				).toBeVisible();
				await tour.check(`${step}, its board as a canvas`, '.board');
			}
			await tour.workshop.showList(tour.t.notes_board_view_list);
			tour.report();
		});

		screen('the export dialog', async ({ page }) => {
			test.setTimeout(90_000 * slow);
			const tour = new Tour(page, variant);
			const { t } = tour;
			await tour.start();
			await tour.workshop.gotoStep('review');
			const dialog = await tour.dialog(
				t.workshop_header_export_strategy,
				t.export_dialog_export_the_strategy
			);
			await tour.check('the export dialog', DIALOG);
			await tour.close(dialog);
			tour.report();
		});

		screen('the versions dialog and a comparison report', async ({ page }) => {
			test.setTimeout(120_000 * slow);
			const tour = new Tour(page, variant);
			const { t } = tour;
			await tour.start();
			await tour.workshop.gotoStep('stakeholders');
			let dialog = await tour.dialog(t.workshop_header_versions, t.versions_dialog_versions);
			await tour.saveVersion(dialog, 'Before the phones');
			await tour.close(dialog);
			await tour.addStakeholder('Phone owners of the neighbourhood');
			dialog = await tour.dialog(t.workshop_header_versions, t.versions_dialog_versions);
			await tour.saveVersion(dialog, 'After the phones');
			// One version choosing another to compare with, the other asking before it is deleted.
			await tour
				.button(say(t.versions_dialog_compare_named_other, { name: 'Before the phones' }), dialog)
				.click();
			await tour
				.button(say(t.versions_dialog_delete_named, { name: 'After the phones' }), dialog)
				.click();
			await expect(
				dialog.getByRole('group', { name: t.versions_dialog_confirm_deletion })
			).toBeVisible();
			await tour.check('the versions dialog', DIALOG);

			await tour.button(t.versions_dialog_keep_it, dialog).click();
			await tour
				.button(say(t.versions_dialog_compare_named_now, { name: 'Before the phones' }), dialog)
				.click();
			const report = page.getByRole('dialog', {
				name: say(t.versions_dialog_changed_to_now, { before: 'Before the phones' })
			});
			await expect(report.getByText('Phone owners of the neighbourhood').first()).toBeVisible({
				timeout: 30_000
			});
			await tour.check('the comparison report', DIALOG);
			await tour.button(t.versions_dialog_back_to_the_versions, report).click();
			await tour.close(dialog);
			tour.report();
		});

		screen('today’s summary', async ({ page }) => {
			test.setTimeout(120_000 * slow);
			const tour = new Tour(page, variant);
			const { t } = tour;
			await tour.startSession();
			await tour.addStakeholder('Met on the day');
			await tour.agenda();
			await tour.button(t.agenda_panel_end_the_session).click();
			const dialog = await tour.dialog(t.workshop_header_todays_summary, t.today_todays_summary);
			await expect(dialog.getByRole('article', { name: t.today_summary })).toContainText(
				'Met on the day',
				{ timeout: 30_000 }
			);
			await tour.check('today’s summary', DIALOG);
			await tour.close(dialog);
			tour.report();
		});

		screen(
			'the invite dialog, before and after sharing; the facilitation bar; the join page of a link',
			async ({ page, browser }) => {
				test.setTimeout(120_000 * slow);
				const tour = new Tour(page, variant);
				const { t } = tour;
				await tour.start();
				await tour.workshop.gotoStep('stakeholders');
				const dialog = await tour.dialog(t.workshop_header_invite, t.invite_panel_invite_people);
				await tour.check('the invite dialog before sharing', DIALOG);
				await dialog.getByLabel(t.invite_panel_your_name_as_others!).fill('Inès');
				await tour.button(t.invite_panel_share_this_workshop, dialog).click();
				const participants = dialog.getByLabel(
					say(t.invite_panel_link, { title: t.invite_panel_participants! })
				);
				await expect(participants).toHaveValue(/^http/, { timeout: 30_000 });
				const link = await participants.inputValue();
				await tour.check('the invite dialog with its links', DIALOG);
				await tour.close(dialog);
				await expect(
					page.getByRole('region', { name: t.facilitation_bar_facilitation })
				).toBeVisible();
				await tour.check('a shared step with the facilitation bar', '.facilitation');

				const context = await browser.newContext({ locale: variant.locale });
				const guest = await context.newPage();
				await guest.setViewportSize(phoneSize(variant.widths[0]!));
				await guest.goto(link);
				await expect(guest.getByLabel(t.join_your_name_as_others!)).toBeVisible();
				tour.found.push(...(await phoneProblems(guest, 'the join page of a link', variant.widths)));
				await context.close();
				tour.report();
			}
		);
	});
}
