import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';
import { RelayCut } from './fixtures/relay-cut';
import { join, live, shareWorkshop } from './fixtures/sharing';

test('a facilitator invites two people; edits travel live; an observer changes nothing', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Shared strategy day');
	const facilitator = new WorkshopPage(page, id);
	await facilitator.waitReady();
	await page.getByLabel('What are we trying to achieve?').fill('Written before sharing');
	const links = await shareWorkshop(page);
	expect(links.participant).toContain('/join#');
	await live(page);

	const network = new RelayCut();
	const amara = await join(browser, links.participant, 'Amara', (context) =>
		network.install(context)
	);
	await live(amara);
	await expect(amara.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Written before sharing'
	);
	await expect(amara.getByRole('list', { name: 'Who is here' }).getByRole('listitem')).toHaveCount(
		2
	);

	const olga = await join(browser, links.observer, 'Olga');
	await expect(olga.locator('[data-sync="read-only"]')).toBeVisible({ timeout: 15_000 });
	await expect(olga.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Written before sharing'
	);

	// Edits from each appear on the others.
	await amara.getByLabel('What do we want to be known for?').fill('Local history, told by locals');
	await expect(page.getByLabel('What do we want to be known for?')).toHaveValue(
		'Local history, told by locals'
	);
	await expect(olga.getByLabel('What do we want to be known for?')).toHaveValue(
		'Local history, told by locals'
	);
	await new WorkshopPage(page, id).addByName('New value', 'Openness');
	await expect(amara.getByLabel('Value', { exact: true })).toHaveValue('Openness');

	// The observer cannot change anything: fields are read-only, and nothing leaves their device.
	await expect(olga.getByLabel('What are we trying to achieve?')).toHaveAttribute('readonly', '');
	await expect(olga.getByRole('button', { name: 'Add value' })).toBeDisabled();

	// Someone goes offline, keeps editing; another edits the same field; both survive.
	await network.cut(amara.context());
	await expect(amara.locator('[data-sync="offline"]')).toBeVisible();
	await amara
		.getByLabel('What are we trying to achieve?')
		.fill('Written before sharing, and offline by Amara');
	await new WorkshopPage(amara, id).addByName('New value', 'Patience');
	await page
		.getByLabel('What do we want to be known for?')
		.fill('Local history, told by locals, online');
	// Nothing crossed while the relay was out of reach.
	await page.waitForTimeout(500);
	await expect(page.getByLabel('What are we trying to achieve?')).toHaveValue(
		'Written before sharing'
	);
	await network.restore(amara.context());
	await live(amara);
	for (const person of [page, amara, olga]) {
		await expect(person.getByLabel('What are we trying to achieve?')).toHaveValue(
			'Written before sharing, and offline by Amara'
		);
		await expect(person.getByLabel('What do we want to be known for?')).toHaveValue(
			'Local history, told by locals, online'
		);
		await expect(person.getByLabel('Value', { exact: true })).toHaveCount(2);
	}

	// Undo takes back only one's own edits, never someone else's.
	await facilitator.gotoStep('purpose');
	await new WorkshopPage(amara, id).gotoStep('purpose');
	await page.getByLabel('What do we want to be known for?').fill('Changed by Inès');
	await expect(amara.getByLabel('What do we want to be known for?')).toHaveValue('Changed by Inès');
	await amara.waitForTimeout(700);
	await new WorkshopPage(amara, id).addByName('New value', 'Care');
	await amara.keyboard.press('Control+z');
	await expect(amara.getByLabel('Value', { exact: true })).toHaveCount(2);
	await expect(amara.getByLabel('What do we want to be known for?')).toHaveValue('Changed by Inès');
	await expect(page.getByLabel('Value', { exact: true })).toHaveCount(2);

	// Presence: the others see who is editing which record.
	await facilitator.gotoStep('stakeholders');
	await facilitator.addByName('New stakeholder', 'Local press');
	await facilitator.openRecord('Local press');
	await page.getByRole('textbox', { name: 'Interests' }).click();
	await new WorkshopPage(amara, id).gotoStep('stakeholders');
	await expect(
		amara.locator('[data-record] summary').filter({ hasText: 'Local press' }).getByText('Inès')
	).toBeVisible();
});

test('a link with a wrong secret is refused by the relay, and says so', async ({
	page,
	browser
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Guarded workshop');
	const links = await shareWorkshop(page);
	await live(page);
	const forged = links.participant.replace(/k=[0-9a-z]+/, `k=${'0'.repeat(32)}`);
	const intruder = await join(browser, forged, 'Mallory');
	await expect(intruder.locator('[data-sync="refused"]')).toBeVisible({ timeout: 15_000 });
	await expect(
		intruder.getByText('The link is not valid for this workshop.', { exact: true })
	).toBeVisible();
	await expect(intruder.getByLabel('What are we trying to achieve?')).toHaveValue('');
});

test('a wrong or damaged link says so and joins nothing', async ({ page }) => {
	await page.goto('/join#w=abcdefghij012345&r=short&as=participant&k=nope');
	await expect(page.getByRole('alert')).toHaveText(/incomplete or damaged/);
	await page.goto('/');
	await expect(page.getByText('No workshops yet.')).toBeVisible();
});

test('the facilitator steers: participants follow, see the same timer, and cannot edit a locked step', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Steered workshop');
	const links = await shareWorkshop(page);
	await live(page);
	const bo = await join(browser, links.participant, 'Bo');
	await live(bo);

	await page.getByLabel('Participants follow me').check();
	await new WorkshopPage(page, id).openStep('Goals and measures');
	await bo.waitForURL(/\/goals$/);
	await expect(bo.getByRole('heading', { level: 1, name: 'Goals and measures' })).toBeVisible();

	await page.getByRole('button', { name: 'Start timer' }).click();
	await expect(page.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);
	await expect(bo.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);

	await expect(page.getByText('Ready: 0 of 1')).toBeVisible();
	await bo.getByRole('button', { name: 'I’m ready' }).click();
	await expect(page.getByText('Ready: 1 of 1')).toBeVisible();
	await page.getByRole('button', { name: 'Ask again' }).click();
	await expect(page.getByText('Ready: 0 of 1')).toBeVisible();
	await expect(bo.getByRole('button', { name: 'I’m ready' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	await page.getByLabel('Lock this step').check();
	await expect(bo.getByText('The facilitator has locked this step')).toBeVisible();
	await expect(bo.getByLabel('New goal')).toBeDisabled();
	await page.getByLabel('Lock this step').uncheck();
	await expect(bo.getByLabel('New goal')).toBeEnabled();

	// Someone typing is not moved; they get a notice instead.
	await bo.getByLabel('New goal').pressSequentially('Half a thought');
	await new WorkshopPage(page, id).openStep('Platform choice');
	await expect(bo.getByText('The facilitator moved to “Platform choice”.')).toBeVisible();
	await expect(bo).toHaveURL(/\/goals$/);
	await bo.getByRole('link', { name: 'Go there' }).click();
	await expect(bo).toHaveURL(/\/platforms$/);
});

test('a dot vote: each person sees only their own dots until the facilitator reveals the totals', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Voting workshop');
	const facilitator = new WorkshopPage(page, id);
	for (const idea of ['Weekly live Q&A', 'Staff takeover days', 'Photo archive series']) {
		await facilitator.addByName('New note', idea);
	}
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	const bo = await join(browser, links.participant, 'Bo');
	await live(amara);
	await live(bo);
	await expect(page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')).toHaveCount(
		3
	);

	// Live cursors: the facilitator's pointer over the board shows on the others' boards.
	const board = page.locator('section.board');
	await board.hover({ position: { x: 60, y: 30 } });
	await board.hover({ position: { x: 80, y: 40 } });
	await expect(amara.locator('section.board .cursor-name')).toHaveText('Inès');

	await page.getByLabel('Dots per person').fill('3');
	await page.getByRole('button', { name: 'Start the vote' }).click();
	await amara.getByRole('button', { name: 'Give a dot to “Weekly live Q&A” (0 given)' }).click();
	await amara.getByRole('button', { name: 'Give a dot to “Weekly live Q&A” (1 given)' }).click();
	await bo.getByRole('button', { name: 'Give a dot to “Weekly live Q&A” (0 given)' }).click();
	await bo.getByRole('button', { name: 'Give a dot to “Staff takeover days” (0 given)' }).click();
	await expect(amara.getByText('1 of 3 dots left')).toBeVisible();
	await expect(bo.getByText('1 of 3 dots left')).toBeVisible();
	// Bo's dots are nowhere on Amara's screen, and there are no totals yet.
	await expect(
		amara.getByRole('button', { name: 'Give a dot to “Staff takeover days” (0 given)' })
	).toBeVisible();
	await expect(amara.getByRole('list', { name: 'Vote results' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Reveal the results' }).click();
	for (const person of [page, amara, bo]) {
		const results = person.getByRole('list', { name: 'Vote results' }).getByRole('listitem');
		await expect(results).toHaveText([
			'Weekly live Q&A 3',
			'Staff takeover days 1',
			'Photo archive series 0'
		]);
		await expect(person.getByText('Results (2 people voted)')).toBeVisible();
	}
});

test('maturity ratings stay private until the facilitator reveals them, without names', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Ratings workshop');
	const links = await shareWorkshop(page);
	await live(page);
	const amara = await join(browser, links.participant, 'Amara');
	const bo = await join(browser, links.participant, 'Bo');
	for (const person of [page, amara, bo]) await new WorkshopPage(person, id).gotoStep('maturity');
	await expect(page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')).toHaveCount(
		3
	);

	await amara.getByLabel('Your rating: Presences').selectOption('1');
	await bo.getByLabel('Your rating: Presences').selectOption('5');
	await expect(page.getByText('2 people have rated privately.')).toBeVisible();
	// Before the reveal nobody sees a spread, not even the two who rated.
	for (const person of [page, amara, bo]) {
		await expect(
			person.getByRole('listitem').filter({ hasText: 'Presences' }).getByText('No ratings yet.')
		).toBeVisible();
	}

	await page.getByRole('button', { name: 'Reveal the ratings' }).click();
	for (const person of [page, amara, bo]) {
		const presences = person
			.getByRole('listitem')
			.filter({ has: person.getByRole('heading', { name: 'Presences' }) });
		await expect(presences.getByText('2 ratings, from 1 to 5')).toBeVisible();
		await expect(presences.getByText('Wide disagreement: discuss it.')).toBeVisible();
		await expect(presences.getByText(/Amara|Bo/)).toHaveCount(0);
	}
});
