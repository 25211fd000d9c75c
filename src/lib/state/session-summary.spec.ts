import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CompareHost } from '../doc/compare-host';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { PlanDoc } from '../doc/plan-doc';
import { endSession, startSession } from '../domain/agenda';
import { NOTHING_DECIDED, SESSION_START_NAME, summaryLines } from '../domain/session-summary';
import { CanalDb } from '../storage/db';
import { SessionSummaryState } from './session-summary.svelte';
import { versionMaker } from './version-maker';
import { VersionsController } from './versions.svelte';

const maker = versionMaker(new CompareHost());
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
let dbCount = 0;

/** A local workshop's facilitator: a plan, its versions, its facilitation document, the summary. */
function facilitator() {
	const db = new CanalDb(`summary-${++dbCount}`);
	const ydoc = new Y.Doc();
	const plan = PlanDoc.create(
		{ title: 'Spring', organisation: 'Riverside', facilitator: 'Inès' },
		ydoc
	);
	const versions = new VersionsController(db, 'workshop0000001', ydoc, maker, () => 'Inès');
	const steering = new FacilitationDoc();
	const summary = new SessionSummaryState({
		plan,
		session: () => steering.value.session,
		versions,
		findings: () => [],
		revealedVotes: () => steering.revealedVotes(),
		timeZone: 'UTC'
	});
	cleanups.push(() => {
		versions.destroy();
		db.close();
	});
	return { ydoc, plan, versions, steering, summary };
}

describe('today’s summary in an open workshop', () => {
	it('saves the plan as the session starts and summarizes what changed after it, votes included', async () => {
		const { plan, versions, steering, summary } = facilitator();
		await versions.load();
		plan.add('stakeholders', { name: 'Known before' });
		cleanups.push(summary.watchStarts(steering));

		const started = Date.now();
		steering.setSession(startSession(started));
		await versions.load();
		expect(versions.versions.map((version) => version.name)).toEqual([
			expect.stringMatching(new RegExp(`^${SESSION_START_NAME}, `))
		]);

		const press = plan.add('stakeholders', { name: 'Local <b>press</b>' });
		steering.setRevealedVote(
			{
				id: 'vote1',
				target: 'stakeholders',
				step: 'stakeholders',
				budget: 3,
				onePerItem: false,
				state: 'revealed',
				results: { [press]: 4 },
				voters: 2
			},
			started + 1
		);
		steering.setSession(endSession(steering.value.session!, started + 2));
		await summary.refresh();

		const lines = summaryLines(summary.summary!);
		expect(lines).toContain('- Stakeholder added: Local <b>press</b>');
		expect(lines).toContain('    4 dots: Local <b>press</b>');
		expect(lines.join('\n')).not.toContain('Known before');
	});

	it('saves nothing for a session already running when the workshop opens', async () => {
		const { versions, steering, summary } = facilitator();
		steering.setSession(startSession(Date.now()));
		cleanups.push(summary.watchStarts(steering));
		steering.setTimer({ kind: 'idle' });
		await versions.load();
		expect(versions.versions).toEqual([]);
		await summary.refresh();
		expect(summary.summary).toBeNull();
	});

	it('with a version chosen and nothing changed since, says nothing was decided', async () => {
		const { versions, summary } = facilitator();
		await versions.save('Monday');
		summary.choose(versions.versions[0]!.id);
		await summary.refresh();
		expect(summary.summary?.headline).toBe(NOTHING_DECIDED);
	});

	it('made by the compare host from the plan it follows, reads as the one made here', async () => {
		const { ydoc, plan, versions, summary } = facilitator();
		await versions.save('Monday');
		plan.add('stakeholders', { name: 'Local press' });
		plan.add('goals', { statement: 'Answer within a day' });
		const host = new CompareHost();
		host.follow({ ydoc, stored: async () => [Y.encodeStateAsUpdate(ydoc)] });
		let asked = 0;
		const elsewhere = new SessionSummaryState({
			plan,
			session: () => null,
			versions,
			findings: () => [],
			revealedVotes: () => [],
			timeZone: 'UTC',
			summarize: (before, input) => {
				asked += 1;
				return host.summarize(before, input);
			}
		});
		const id = versions.versions[0]!.id;
		summary.choose(id);
		elsewhere.choose(id);
		await Promise.all([summary.refresh(), elsewhere.refresh()]);
		expect(asked).toBeGreaterThan(0);
		expect(elsewhere.error).toBeNull();
		expect(elsewhere.summary).toEqual(summary.summary);
		expect(summaryLines(elsewhere.summary!)).toContain('- Stakeholder added: Local press');
	});
});
