import { expect, type Locator, type Page } from '@playwright/test';

/** A map panel on a step (stakeholder map or platform map): its views, dots and table. */
export class MapPanel {
	readonly root: Locator;

	constructor(
		readonly page: Page,
		heading: 'Stakeholder map' | 'Platform map'
	) {
		this.root = page.locator('section.maps').filter({
			has: page.getByRole('heading', { level: 2, name: heading })
		});
	}

	async showView(name: string): Promise<void> {
		await this.root.getByRole('tab', { name }).click();
		await expect(this.root.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
	}

	/** The visible map of the current view. */
	get map(): Locator {
		return this.root.locator('[role="tabpanel"]:not([hidden])').getByRole('application');
	}

	/** A record's id, read from its row in the table view. */
	async idOf(name: string): Promise<string> {
		await this.showView('Table');
		const row = this.root.locator('tbody tr').filter({
			has: this.page.getByRole('rowheader', { name, exact: true })
		});
		const id = await row.getAttribute('data-id');
		if (!id) throw new Error(`No row for ${name}`);
		return id;
	}

	dot(id: string): Locator {
		return this.root.locator(`[role="tabpanel"]:not([hidden]) .map-node-group[data-id="${id}"]`);
	}

	/** Centre of a dot on screen. */
	async dotCentre(id: string): Promise<{ x: number; y: number }> {
		const dot = this.dot(id).locator('circle.map-node');
		await dot.scrollIntoViewIfNeeded();
		const box = await dot.boundingBox();
		if (!box) throw new Error(`Dot ${id} is not visible`);
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}

	/** Drags a dot by an offset in screen pixels, with real mouse events. */
	async dragBy(id: string, dx: number, dy: number): Promise<void> {
		const from = await this.dotCentre(id);
		await this.page.mouse.move(from.x, from.y);
		await this.page.mouse.down();
		for (let step = 1; step <= 8; step++)
			await this.page.mouse.move(from.x + (dx * step) / 8, from.y + (dy * step) / 8);
		await this.page.mouse.up();
	}

	/** A number cell of the table view, e.g. "Influence of Parents". */
	cell(label: string): Locator {
		return this.root.getByLabel(label, { exact: true });
	}
}
