import { expect, type Page } from '@playwright/test';
import type { StepId } from '../../../src/lib/domain/steps';

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

	async waitReady(): Promise<void> {
		await expect(this.page.locator('article.step')).toBeVisible();
	}

	/** Waits until every edit is stored on this device. */
	async waitSaved(): Promise<void> {
		await expect(this.page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
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
