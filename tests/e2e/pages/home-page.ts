import { expect, type Locator, type Page } from '@playwright/test';

/** The workshop list, as a person sees and uses it. */
export class HomePage {
	constructor(readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { name: 'Your workshops' })).toBeVisible();
	}

	async create(title: string, organisation = 'Riverside Libraries', facilitator = 'Inès Moreau') {
		await this.page.getByLabel('Title', { exact: true }).fill(title);
		await this.page.getByLabel('Organisation').fill(organisation);
		await this.page.getByLabel('Facilitator name').fill(facilitator);
		await this.page.getByRole('button', { name: 'Create workshop' }).click();
		await this.page.waitForURL(/\/w\/[0-9a-z]+\/purpose$/);
		return new URL(this.page.url()).pathname.split('/')[2]!;
	}

	get list(): Locator {
		return this.page.getByRole('list', { name: 'Workshops' });
	}

	item(title: string): Locator {
		return this.list
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
	}

	async titles(): Promise<string[]> {
		// The list loads from IndexedDB after the page: wait for it (or its empty state) first.
		await expect(this.list.or(this.page.getByText('No workshops yet.'))).toBeVisible();
		if ((await this.list.count()) === 0) return [];
		return this.list.getByRole('heading').allTextContents();
	}

	async importFile(name: string, buffer: Buffer): Promise<void> {
		await this.page
			.getByLabel('Import a workshop file')
			.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
	}

	/** The question an imported file asks when its id is taken here by another workshop. */
	get unrelatedImport(): Locator {
		return this.page.getByRole('group', { name: /is a different workshop$/ });
	}

	async exportFile(title: string): Promise<Buffer> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: `Export ${title}` }).click();
		const file = await download;
		const path = await file.path();
		const { readFile } = await import('node:fs/promises');
		return readFile(path);
	}
}
