import { expect, test, type Page } from '@playwright/test';
import { BallotDoc } from '../../src/lib/doc/ballot-doc';
import { FacilitationDoc } from '../../src/lib/doc/facilitation-doc';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { withBallot } from '../../src/lib/sync/credentials';
import { parseInvite } from '../../src/lib/sync/invite';
import { AppDevice } from '../integration/helpers/app-device';
import { join, live, shareWorkshop } from './fixtures/sharing';
import { openVersions, saveVersion } from './fixtures/versions';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

/**
 * The WebSockets a page opens to the relay (`/sync`): from which page and which document load each
 * was opened (a reload discards the document and its sockets, without a close event for them),
 * whether it closed, and the text of the frames it received (binary frames decoded, to find
 * document names).
 */
class SyncSockets {
	readonly opened: { from: string; load: number; closed: boolean }[] = [];
	readonly received: { at: number; text: string }[] = [];
	#loads = 0;

	constructor(page: Page) {
		page.on('request', (request) => {
			if (request.isNavigationRequest() && request.frame() === page.mainFrame()) this.#loads++;
		});
		page.on('websocket', (socket) => {
			if (new URL(socket.url()).pathname !== '/sync') return;
			const entry = { from: new URL(page.url()).pathname, load: this.#loads, closed: false };
			this.opened.push(entry);
			socket.on('close', () => (entry.closed = true));
			socket.on('framereceived', ({ payload }) => {
				const text = typeof payload === 'string' ? payload : payload.toString('latin1');
				this.received.push({ at: Date.now(), text });
			});
		});
	}

	/** Sockets opened by a workshop's pages (the join page's link check is counted apart). */
	get workshop(): number {
		return this.opened.filter((entry) => entry.from.startsWith('/w/')).length;
	}

	/** Sockets of the page's current document still open. */
	get open(): number {
		return this.opened.filter((entry) => entry.load === this.#loads && !entry.closed).length;
	}

	/** Whether a frame naming `text` arrived after `since`. */
	receivedAfter(text: string, since: number): boolean {
		return this.received.some((frame) => frame.at >= since && frame.text.includes(text));
	}
}

/**
 * One socket per page load of a shared workshop, and only that one open. `loads`: the workshop's
 * page loads so far on this device (a reload is a new page, with a socket of its own).
 */
async function expectOneSocket(sockets: SyncSockets, loads: number, who: string) {
	await expect.poll(() => sockets.open, { message: `${who}: sockets to /sync open now` }).toBe(1);
	expect(sockets.workshop, `${who}: sockets to /sync opened by the workshop's pages`).toBe(loads);
}

const IDEAS = ['Weekly live Q&A', 'Staff takeover days', 'Photo archive series'];
const VOTERS = 30;

test('a facilitator and a participant each keep ONE WebSocket per shared workshop: steps, a vote of 30 counted, a version, a reload', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const facilitatorSockets = new SyncSockets(page);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('One socket');
	const facilitator = new WorkshopPage(page, id);
	for (const idea of IDEAS) await facilitator.addByName('New note', idea);
	const links = await shareWorkshop(page);
	await live(page);

	// `join` opens the participant's own browser profile: count on its page from the first load.
	const counted: { sockets?: SyncSockets } = {};
	const amara = await join(browser, links.participant, 'Amara', async (context) => {
		context.once('page', (opened) => (counted.sockets = new SyncSockets(opened)));
	});
	const amaraSockets = counted.sockets;
	if (!amaraSockets) throw new Error('the participant’s page was not watched');
	await live(amara);

	// Opening steps moves within the page: the socket stays the same.
	for (const person of [page, amara]) {
		const workshop = new WorkshopPage(person, id);
		await workshop.openStep('Where we stand');
		await workshop.openStep('Platform choice');
		await workshop.openStep('Purpose and values');
	}
	await expectOneSocket(facilitatorSockets, 1, 'facilitator');
	await expectOneSocket(amaraSockets, 1, 'participant');

	// A vote: Amara on her page, 30 more people on devices running the app's own sync code.
	await page.getByLabel('Dots per person').fill('3');
	await page.getByRole('button', { name: 'Start the vote' }).click();
	await amara
		.getByRole('button', { name: 'Give a dot to “Photo archive series” (0 given)' })
		.click();
	await expect(amara.getByText('2 of 3 dots left')).toBeVisible();

	const invite = parseInvite(new URL(links.participant).hash);
	const relay = `ws://${new URL(links.participant).host}/sync`;
	const voters = Array.from(
		{ length: VOTERS },
		(_, index) =>
			new AppDevice({
				url: relay,
				credentials: withBallot({
					roomId: invite.roomId,
					role: 'participant',
					secret: invite.secret
				}),
				name: `Voter ${index + 1}`
			})
	);
	try {
		await expect
			.poll(() => voters.filter((voter) => voter.ready).length, { timeout: 30_000 })
			.toBe(VOTERS);
		expect(voters.map((voter) => voter.refusal).filter(Boolean)).toEqual([]);
		const castAt = Date.now();
		voters.forEach((voter, index) => {
			const vote = new FacilitationDoc(voter.facilitation).value.vote;
			if (!vote) throw new Error(`voter ${index + 1} sees no vote`);
			const notes = new PlanDoc(voter.plan).list('notes');
			const idOf = (text: string) => notes.find((note) => note.text === text)?.id ?? '';
			const dots: Record<string, number> = { [idOf('Weekly live Q&A')]: 1 };
			if (index < 10) dots[idOf('Staff takeover days')] = 1;
			new BallotDoc(voter.ballot).setDots(vote.id, dots);
		});
		await expect
			.poll(() => voters.filter((voter) => voter.ready).length, { timeout: 30_000 })
			.toBe(VOTERS);
		// The facilitator's device counts a ballot by opening it on its socket: wait until every
		// voter's ballot has come in over it since the dots were cast, then reveal.
		const ballots = voters.map((voter) => `${invite.roomId}.ballot.${voter.credentials.ballotId}`);
		await expect
			.poll(() => ballots.filter((name) => facilitatorSockets.receivedAfter(name, castAt)).length, {
				timeout: 30_000,
				message: 'ballots received on the facilitator’s socket'
			})
			.toBe(VOTERS);
		await page.waitForTimeout(1_000);
		await page.getByRole('button', { name: 'Reveal the results' }).click();
		for (const person of [page, amara]) {
			await expect(person.getByText(`Results (${VOTERS + 1} people voted)`)).toBeVisible();
			await expect(
				person.getByRole('list', { name: 'Vote results' }).getByRole('listitem')
			).toHaveText([
				`Weekly live Q&A ${VOTERS}`,
				'Staff takeover days 10',
				'Photo archive series 1'
			]);
		}
		await expectOneSocket(facilitatorSockets, 1, 'facilitator');
		await expectOneSocket(amaraSockets, 1, 'participant');
	} finally {
		for (const voter of voters) voter.destroy();
	}

	// A version, saved by the facilitator and seen by the participant.
	const saved = await saveVersion(page, 'After the vote');
	await saved.getByRole('button', { name: 'Close' }).click();
	const seen = await openVersions(amara);
	await expect(seen.getByRole('listitem', { name: 'After the vote' })).toBeVisible();
	await seen.getByRole('button', { name: 'Close' }).click();
	await expectOneSocket(facilitatorSockets, 1, 'facilitator');
	await expectOneSocket(amaraSockets, 1, 'participant');

	// A reload is a new page: one socket again, the previous one closed.
	for (const person of [page, amara]) {
		await person.reload();
		await live(person);
		await expect(person.getByText(`Results (${VOTERS + 1} people voted)`)).toBeVisible();
	}
	await expectOneSocket(facilitatorSockets, 2, 'facilitator');
	await expectOneSocket(amaraSockets, 2, 'participant');
	// Nothing else opened one: not the home page, not the join page.
	expect(facilitatorSockets.opened, 'sockets the facilitator’s pages opened').toHaveLength(2);
	expect(amaraSockets.opened, 'sockets the participant’s pages opened').toHaveLength(2);
});
