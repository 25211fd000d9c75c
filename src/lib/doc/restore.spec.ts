import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { changeLines } from '../../../tests/helpers/change-lines';
import { largeWorkshop, referenceWorkshop } from '../../../tests/factories/workshop';
import { diffPlans, hasChanges } from '../domain/versions';
import { PlanDoc } from './plan-doc';
import { restorePlan, restoreRecord, restoreText } from './restore';

/** A small plan written through PlanDoc, with its ids, as a test's starting point. */
function startingPlan() {
	const doc = new Y.Doc();
	const plan = PlanDoc.create({ title: 'Library' }, doc, 0);
	const press = plan.add('stakeholders', {
		name: 'Local press',
		influence: 70,
		interest: 30,
		concerns: 'They hear about events too late.'
	});
	const parents = plan.add('stakeholders', { name: 'Parents', influence: 20, interest: 80 });
	const mastodon = plan.add('platforms', {
		name: 'Mastodon',
		decision: 'focus',
		reason: 'Our readers are there.'
	});
	const goal = plan.add('goals', {
		statement: 'Grow the newsletter',
		target: '500',
		deadline: '2027-03-01'
	});
	const member = plan.add('team', { name: 'Ana', hoursPerWeek: 4 });
	plan.setPresence(press, mastodon, 2);
	plan.setLink('goals', goal, 'stakeholderIds', parents, true);
	plan.rate(member, 'planning', 2);
	plan.setPurposeText('statement', 'We open knowledge to everyone in the city.');
	plan.setCommitmentText('budget', 'No paid promotion.');
	plan.clearHistory();
	return { doc, plan, press, parents, mastodon, goal, member };
}

describe('comparing after scripted edits (golden)', () => {
	test('a sequence of edits between two snapshots yields exactly these changes', () => {
		const { plan, press, parents, mastodon, goal, member } = startingPlan();
		const before = plan.toJSON();

		plan.update('stakeholders', press, { influence: 40, interest: 75 });
		plan.setText('stakeholders', press, 'concerns', 'They hear about events a week too late.');
		plan.remove('stakeholders', parents);
		const council = plan.add('stakeholders', { name: 'City council', influence: 90, interest: 60 });
		plan.update('platforms', mastodon, { decision: 'maintain' });
		plan.setText('platforms', mastodon, 'reason', 'Our readers are there, but few answer.');
		plan.update('goals', goal, { target: '800', deadline: '2027-06-30' });
		plan.update('team', member, { hoursPerWeek: 6 });
		plan.rate(member, 'planning', 4);
		plan.setPurposeText('statement', 'We open knowledge to everyone in our city.');
		plan.setInternal(`stakeholders:${council}`, true);
		plan.setCommitmentText('budget', 'No paid promotion.');

		expect(changeLines(diffPlans(before, plan.toJSON()))).toEqual([
			'purpose: purpose.statement: We open knowledge to everyone in [-the-]{+our+} city.',
			'maturity: maturity planning 1 → 1 ratings, mean 2 → 4',
			'stakeholders: stakeholders added "City council" (internal)',
			'stakeholders: stakeholders changed "Local press"',
			'  moved keep-satisfied → keep-informed',
			'  influence: 70 → 40',
			'  interest: 30 → 75',
			'  concerns: They hear about events {+a week +}too late.',
			'stakeholders: stakeholders removed "Parents"',
			'platforms: platforms changed "Mastodon"',
			'  decision Focus → Maintain',
			'  decision: Focus → Maintain',
			'  reason: Our readers are there{+, but few answer+}.',
			'goals: goals changed "Grow the newsletter"',
			'  target: 500 → 800',
			'  deadline: 2027-03-01 → 2027-06-30',
			'commitment: team changed "Ana"',
			'  hoursPerWeek: 4 → 6',
			'commitment: hours 4 → 6'
		]);
	});
});

describe('restorePlan', () => {
	test('brings the snapshot back as one undoable edit, and then nothing differs', () => {
		const { plan, press, parents, mastodon, goal, member } = startingPlan();
		const snapshot = plan.toJSON();
		plan.update('stakeholders', press, { influence: 10 });
		plan.setText('stakeholders', press, 'concerns', 'Something else entirely.');
		plan.remove('stakeholders', parents);
		plan.remove('team', member);
		plan.add('goals', { statement: 'A goal added later' });
		plan.setPresence(press, mastodon, 3);
		plan.setInternal(`goals:${goal}`, true);
		plan.setCommitmentText('budget', '');
		plan.setResponseTime(12);
		plan.stopCapturing();
		const edited = plan.toJSON();

		restorePlan(plan, snapshot);
		expect(hasChanges(diffPlans(snapshot, plan.toJSON()))).toBe(false);
		// Everything, layout and ids included: the removed records came back under their own ids.
		expect(withoutMeta(plan.toJSON())).toEqual(withoutMeta(snapshot));

		expect(plan.undo()).toBe(true);
		expect(withoutMeta(plan.toJSON())).toEqual(withoutMeta(edited));
	});

	test('restoring a plan onto itself writes nothing', () => {
		const { plan, doc: original } = startingPlan();
		const doc = new Y.Doc();
		const updates: Uint8Array[] = [];
		const copy = new PlanDoc(doc);
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(original));
		doc.on('update', (update: Uint8Array) => updates.push(update));
		restorePlan(copy, plan.toJSON());
		expect(updates).toEqual([]);
		expect(copy.canUndo).toBe(false);
	});

	test('the large workshop restored onto a heavily edited copy compares equal', () => {
		const plan = largeWorkshop();
		const snapshot = plan.toJSON();
		for (const stakeholder of snapshot.stakeholders.slice(0, 50))
			plan.remove('stakeholders', stakeholder.id);
		for (const note of snapshot.notes.slice(0, 200))
			plan.setText('notes', note.id, 'text', `${note.text} edited`);
		restorePlan(plan, snapshot);
		expect(diffPlans(snapshot, plan.toJSON())).toEqual({ steps: [] });
		expect(withoutMeta(plan.toJSON())).toEqual(withoutMeta(snapshot));
	});

	test('a concurrent restore on one device and an edit on another converge, keeping the edit', () => {
		const docA = new Y.Doc();
		const a = referenceWorkshop(1, docA);
		const snapshot = a.toJSON();
		const docB = new Y.Doc();
		Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
		const b = new PlanDoc(docB);
		const [first, second] = snapshot.stakeholders;
		const [goal] = snapshot.goals;

		a.update('stakeholders', first!.id, { influence: 3 });
		a.remove('stakeholders', second!.id);
		Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));

		// Offline: A restores the snapshot while B edits something the snapshot does not change.
		restorePlan(a, snapshot);
		b.setText('goals', goal!.id, 'statement', `${goal!.statement} (revised)`);
		const added = b.add('platforms', { name: 'Forum added on B' });

		Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB));
		Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
		expect(a.toJSON()).toEqual(b.toJSON());
		const merged = a.toJSON();
		expect(merged.goals.find((x) => x.id === goal!.id)!.statement).toBe(
			`${goal!.statement} (revised)`
		);
		expect(merged.platforms.some((platform) => platform.id === added)).toBe(true);
		expect(merged.stakeholders.find((x) => x.id === first!.id)!.influence).toBe(first!.influence);
		expect(merged.stakeholders.find((x) => x.id === second!.id)).toEqual(second);
	});
});

describe('restoreRecord and restoreText', () => {
	test('recreates a deleted stakeholder under its id, with its presence links', () => {
		const { plan, press, mastodon } = startingPlan();
		const snapshot = plan.toJSON();
		plan.remove('stakeholders', press);
		plan.setPurposeText('statement', 'Changed and kept.');
		restoreRecord(plan, snapshot, 'stakeholders', press);
		expect(plan.get('stakeholders', press)).toEqual(
			snapshot.stakeholders.find((x) => x.id === press)
		);
		expect(plan.presence).toEqual([{ stakeholderId: press, platformId: mastodon, strength: 2 }]);
		// Only that record: the other edit stays.
		expect(plan.purpose.statement).toBe('Changed and kept.');
	});

	test('sets back only the changed fields of a record that is still there', () => {
		const { plan, goal, parents } = startingPlan();
		const snapshot = plan.toJSON();
		plan.update('goals', goal, { target: '900' });
		plan.setLink('goals', goal, 'stakeholderIds', parents, false);
		restoreRecord(plan, snapshot, 'goals', goal);
		expect(plan.get('goals', goal)).toEqual(snapshot.goals.find((x) => x.id === goal));
	});

	test('removes a record the version did not have, as one undo step', () => {
		const { plan } = startingPlan();
		const snapshot = plan.toJSON();
		const later = plan.add('stakeholders', { name: 'Later' });
		plan.stopCapturing();
		restoreRecord(plan, snapshot, 'stakeholders', later);
		expect(plan.get('stakeholders', later)).toBeUndefined();
		plan.undo();
		expect(plan.get('stakeholders', later)?.name).toBe('Later');
	});

	test('restores one text of the plan and one of a record', () => {
		const { plan, press } = startingPlan();
		const snapshot = plan.toJSON();
		plan.setCommitmentText('budget', 'A small budget.');
		plan.setText('stakeholders', press, 'concerns', 'Other concerns.');
		plan.setText('stakeholders', press, 'hopes', 'Kept hopes.');
		restoreText(plan, snapshot, { section: 'commitment', field: 'budget' });
		restoreText(plan, snapshot, { collection: 'stakeholders', id: press, field: 'concerns' });
		expect(plan.commitment.budget).toBe('No paid promotion.');
		expect(plan.get('stakeholders', press)?.concerns).toBe('They hear about events too late.');
		expect(plan.get('stakeholders', press)?.hopes).toBe('Kept hopes.');
	});
});

function withoutMeta<T extends { meta: unknown }>(plan: T): Omit<T, 'meta'> {
	const { meta: _meta, ...rest } = plan;
	void _meta;
	return rest;
}
