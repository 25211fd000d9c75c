import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { join, live, shareWorkshop } from './fixtures/sharing';
import { HomePage } from './pages/home-page';
import { MapPanel } from './pages/map-panel';
import { WorkshopPage } from './pages/workshop-page';

async function newWorkshopAt(page: Page, title: string, step: 'stakeholders' | 'platforms') {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(title);
	const workshop = new WorkshopPage(page, id);
	await workshop.gotoStep(step);
	return workshop;
}

const transformOf = (maps: MapPanel, id: string) =>
	maps
		.dot(id)
		.evaluate(
			(element) =>
				`${element.getAttribute('transform')} ${(element as SVGGElement).style.transform}`
		);

test('the stakeholder map: drag and keys change the record, the table and map agree, undo is one step', async ({
	page
}) => {
	const workshop = await newWorkshopAt(page, 'Map day', 'stakeholders');
	await workshop.addByName('New stakeholder', 'Parents');
	await workshop.addByName('New stakeholder', 'Press <b>office</b>');
	const maps = new MapPanel(page, 'Stakeholder map');
	const parents = await maps.idOf('Parents');
	const press = await maps.idOf('Press <b>office</b>');
	await expect(maps.cell('Influence of Parents')).toHaveValue('50');
	// At the defaults nobody has said where they sit yet: no quadrant until someone places them.
	await expect(maps.root.locator(`tr[data-id="${parents}"]`)).toContainText('Not placed yet');

	// Drag Parents up and to the right: more influence, more interest.
	await maps.showView('Influence × interest');
	await expect(maps.dot(parents)).toBeVisible();
	await maps.dragBy(parents, 120, -120);
	await maps.showView('Table');
	const influence = Number(await maps.cell('Influence of Parents').inputValue());
	const interest = Number(await maps.cell('Interest of Parents').inputValue());
	expect(influence).toBeGreaterThan(60);
	expect(interest).toBeGreaterThan(60);
	await expect(maps.root.locator(`tr[data-id="${parents}"]`)).toContainText('Manage closely');

	// The whole drag is one undo step.
	await page.keyboard.press('ControlOrMeta+z');
	await expect(maps.cell('Influence of Parents')).toHaveValue('50');
	await expect(maps.root.locator(`tr[data-id="${parents}"]`)).toContainText('Not placed yet');
	await expect(maps.cell('Interest of Parents')).toHaveValue('50');

	// A table edit moves the dot; markup in a name stays text.
	await maps.showView('Influence × interest');
	const before = await transformOf(maps, press);
	await maps.showView('Table');
	await maps.cell('Influence of Press <b>office</b>').fill('90');
	await maps.cell('Influence of Press <b>office</b>').press('Enter');
	await maps.cell('Interest of Press <b>office</b>').fill('10');
	await maps.cell('Interest of Press <b>office</b>').press('Enter');
	await maps.showView('Influence × interest');
	await expect.poll(() => transformOf(maps, press)).not.toBe(before);
	await expect(maps.dot(press).locator('title')).toHaveText('Press <b>office</b>');
	await expect(page.locator('section.maps b')).toHaveCount(0);

	// Keyboard: arrows select, Shift+arrows move by 5, Enter opens the record's details.
	await maps.map.focus();
	await page.keyboard.press('ArrowRight');
	const selected = await maps.root.locator('.map-node-group.is-selected').getAttribute('data-id');
	expect([parents, press]).toContain(selected);
	const name = selected === parents ? 'Parents' : 'Press <b>office</b>';
	await maps.showView('Table');
	const start = Number(await maps.cell(`Influence of ${name}`).inputValue());
	await maps.showView('Influence × interest');
	await maps.map.focus();
	await page.keyboard.press('Shift+ArrowUp');
	await page.keyboard.press('Shift+ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page.locator(`#record-${selected} details`)).toHaveAttribute('open', '');
	await expect(page.getByLabel('Influence', { exact: false }).first()).toBeVisible();
	await maps.showView('Table');
	await expect(maps.cell(`Influence of ${name}`)).toHaveValue(String(Math.min(100, start + 10)));

	// The downloaded SVG is the same map, standalone, with the markup in a name kept as text.
	await maps.showView('Influence × interest');
	const download = page.waitForEvent('download');
	await maps.root.getByRole('button', { name: 'Download SVG' }).click();
	const svg = readFileSync(await (await download).path(), 'utf8');
	expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(svg).toContain('Press &lt;b&gt;office&lt;/b&gt;');
	expect(svg).not.toMatch(/<script|\son[a-z]+=/i);

	// Every view of the map passes an accessibility scan.
	for (const view of ['Influence × interest', 'Salience', 'Table']) {
		await maps.showView(view);
		await expectNoSeriousViolations(page, view, { include: 'section.maps' });
	}
	// Filters hide dots and say so; "Show all" brings them back.
	await maps.showView('Salience');
	await expect(maps.map).toBeVisible();
	await expect(maps.root.locator('[role="tabpanel"]:not([hidden]) circle.map-node')).toHaveCount(2);
	await maps.root.getByLabel('Group').selectOption('media');
	await expect(maps.root.getByRole('status')).toHaveText('Showing 0 of 2.');
	await expect(maps.root.locator('[role="tabpanel"]:not([hidden]) circle.map-node')).toHaveCount(0);
	await maps.root.getByRole('button', { name: 'Show all' }).click();
	await expect(maps.root.locator('[role="tabpanel"]:not([hidden]) circle.map-node')).toHaveCount(2);
});

test('the platform map: links and decisions change from the map, findings show on it', async ({
	page
}) => {
	const workshop = await newWorkshopAt(page, 'Platform day', 'stakeholders');
	await workshop.addByName('New stakeholder', 'City council');
	const stakeholderMaps = new MapPanel(page, 'Stakeholder map');
	await stakeholderMaps.idOf('City council');
	await stakeholderMaps.cell('Influence of City council').fill('85');
	await stakeholderMaps.cell('Influence of City council').press('Enter');

	await workshop.openStep('Platform choice');
	await workshop.addByName('New platform', 'Town forum');
	const maps = new MapPanel(page, 'Platform map');
	const forum = await maps.idOf('Town forum');
	await maps.showView('Who is where');
	await maps.dot(forum).locator('circle.map-node').click();
	const inspector = maps.root.locator('.inspector');
	await expect(inspector.getByRole('heading', { name: 'Town forum' })).toBeVisible();

	// Focus without the high-influence council there: the plan check marks it on the map.
	await inspector.getByLabel('Decision').selectOption('focus');
	const finding = inspector.getByRole('note').filter({ hasText: 'high-influence' });
	await expect(finding).toBeVisible();
	await expect(maps.dot(forum).locator('.map-warning')).toBeVisible();

	// Add the council's presence from the map: the link appears and the finding goes away.
	await inspector.getByLabel('Add a stakeholder').selectOption({ label: 'City council' });
	await inspector.getByRole('button', { name: 'Add link' }).click();
	await expect(maps.root.locator('.map-link')).toHaveCount(1);
	await expect(finding).toHaveCount(0);
	await inspector.getByLabel('Presence of City council on Town forum').selectOption('3');
	await expect(maps.root.locator('.map-link.strength-3')).toHaveCount(1);

	// The table agrees, and the fit × effort chart moves the platform from the keyboard.
	await maps.showView('Table');
	await expect(maps.cell('Decision for Town forum')).toHaveValue('focus');
	const effort = Number(await maps.cell('Effort of Town forum').inputValue());
	await maps.showView('Fit × effort');
	await maps.map.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Shift+ArrowRight');
	await maps.showView('Table');
	await expect(maps.cell('Effort of Town forum')).toHaveValue(String(Math.min(5, effort + 1)));

	for (const view of ['Who is where', 'Fit × effort', 'Table']) {
		await maps.showView(view);
		await expectNoSeriousViolations(page, view, { include: 'section.maps' });
	}
});

test('a drag by one person is seen by another within a second; concurrent drags agree', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const workshop = await newWorkshopAt(page, 'Shared map', 'stakeholders');
	await workshop.addByName('New stakeholder', 'Parents');
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	await live(amara);
	await amara.goto(page.url());
	await new WorkshopPage(amara, workshop.id).waitReady();

	const mine = new MapPanel(page, 'Stakeholder map');
	const theirs = new MapPanel(amara, 'Stakeholder map');
	const id = await mine.idOf('Parents');
	await mine.showView('Influence × interest');
	await expect(theirs.dot(id)).toBeVisible();
	const start = await transformOf(theirs, id);

	// While the facilitator holds the dot, the other screen shows it moving, with her name.
	const from = await mine.dotCentre(id);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let step = 1; step <= 10; step++)
		await page.mouse.move(from.x + step * 12, from.y - step * 8);
	await expect(theirs.dot(id)).toHaveClass(/is-remote/);
	await expect(theirs.dot(id)).toContainText('Inès');
	const released = Date.now();
	await page.mouse.up();
	await expect(theirs.dot(id)).not.toHaveClass(/is-remote/);
	await expect.poll(() => transformOf(theirs, id), { timeout: 1_000 }).not.toBe(start);
	expect(Date.now() - released).toBeLessThan(1_000);
	await mine.showView('Table');
	await theirs.showView('Table');
	const influence = await mine.cell('Influence of Parents').inputValue();
	await expect(theirs.cell('Influence of Parents')).toHaveValue(influence);

	// Both drag the same dot at once to different places: everyone ends with the same position.
	await mine.showView('Influence × interest');
	await theirs.showView('Influence × interest');
	const a = await mine.dotCentre(id);
	const b = await theirs.dotCentre(id);
	await page.mouse.move(a.x, a.y);
	await amara.mouse.move(b.x, b.y);
	await page.mouse.down();
	await amara.mouse.down();
	for (let step = 1; step <= 6; step++) {
		await page.mouse.move(a.x - step * 15, a.y + step * 10);
		await amara.mouse.move(b.x + step * 10, b.y + step * 15);
	}
	await Promise.all([page.mouse.up(), amara.mouse.up()]);
	await mine.showView('Table');
	await theirs.showView('Table');
	for (const field of ['Influence', 'Interest']) {
		await expect
			.poll(
				async () =>
					(await mine.cell(`${field} of Parents`).inputValue()) ===
					(await theirs.cell(`${field} of Parents`).inputValue())
			)
			.toBe(true);
	}
	await amara.context().close();
});
