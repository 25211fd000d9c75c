import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { StepId } from '../../../src/lib/domain/steps';

export interface ExportChoice {
	format: 'PDF' | 'Markdown';
	edition?: 'Full' | 'Public';
	pageSize?: 'A4' | 'LETTER';
	/** A large or hostile plan takes long to lay out on a busy machine. */
	timeoutMs?: number;
}

/** One open workshop: step navigation and the fields of each step. */
export class WorkshopPage {
	constructor(
		readonly page: Page,
		readonly id: string
	) {}

	async gotoStep(step: StepId): Promise<void> {
		await this.page.goto(`/w/${this.id}/${step}`);
		await this.waitReady();
	}

	/** Moves through the step list, as a person would. */
	async openStep(title: string): Promise<void> {
		await this.page
			.getByRole('navigation', { name: 'Workshop steps' })
			.getByRole('link', { name: title })
			.click();
		await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	}

	/**
	 * Opens a step with everything it can show at once: its first record's editor open and, on the
	 * steps with a map, the map drawn (maps draw after the step's first frame).
	 */
	async gotoStepInFull(step: StepId): Promise<void> {
		await this.gotoStep(step);
		const summary = this.page.locator('details.record > summary').first();
		if (await summary.count()) await summary.click();
		if (step === 'stakeholders' || step === 'platforms')
			await expect(this.page.locator('[role="application"]').first()).toBeVisible();
	}

	async waitReady(): Promise<void> {
		await expect(this.page.locator('article.step')).toBeVisible();
	}

	/** Waits until every edit is stored on this device (not "Not saved", which also says saved). */
	async waitSaved(): Promise<void> {
		await expect(this.page.locator('[role="status"][data-status="saved"]')).toBeVisible();
	}

	/** Exports the strategy through its dialog; returns where the download was saved in `dir`. */
	async exportStrategy(dir: string, choice: ExportChoice): Promise<string> {
		const { format, edition = 'Full', pageSize, timeoutMs = 60_000 } = choice;
		await this.page.getByRole('button', { name: 'Export strategy' }).click();
		const dialog = this.page.getByRole('dialog', { name: 'Export the strategy' });
		await dialog.getByRole('radio', { name: new RegExp(`^${edition}:`) }).check();
		if (pageSize) await dialog.getByLabel('Page size (PDF)').selectOption(pageSize);
		const download = this.page.waitForEvent('download', { timeout: timeoutMs });
		await dialog.getByRole('button', { name: `Download ${format}` }).click();
		const file = await download;
		const path = join(dir, file.suggestedFilename());
		await file.saveAs(path);
		await expect(dialog.getByRole('status')).toContainText('Saved');
		await dialog.getByRole('button', { name: 'Close' }).click();
		return path;
	}

	/** Shows boards as lists (this browser remembers the choice); `name` in another language. */
	async showList(name = 'List'): Promise<void> {
		await this.page.getByRole('radio', { name, exact: true }).check();
	}

	/** Shows boards as canvases (this browser remembers the choice); `name` in another language. */
	async showCanvas(name = 'Canvas'): Promise<void> {
		await this.page.getByRole('radio', { name, exact: true }).check();
	}

	async addByName(label: string, name: string): Promise<void> {
		const input = this.page.getByLabel(label, { exact: true });
		await input.fill(name);
		await input.press('Enter');
		await expect(input).toHaveValue('');
	}

	/** Opens a record's editor (stakeholder, platform, goal) by its name in the list. */
	async openRecord(name: string): Promise<void> {
		const summary = this.page.locator('summary').filter({ hasText: name });
		await summary.click();
	}
}
