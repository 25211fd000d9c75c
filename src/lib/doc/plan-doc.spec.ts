import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from './plan-doc';
import { PlanWriteError, ReadOnlyPlanError } from './errors';
import { TxOrigin } from './origins';
import { referenceWorkshop } from '../../../tests/factories/workshop';
import { TEXT_LIMITS } from '../domain/limits';
import { checkText } from '../domain/validation';
import { SCHEMA_VERSION } from './schema';

/** The plan a device reads after loading `ydoc`'s saved state. */
function reload(ydoc: Y.Doc): PlanDoc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc), new TxOrigin('storage'));
	return new PlanDoc(copy);
}

describe('PlanDoc', () => {
	it('round-trips every field of every section through an encoded update', () => {
		const ydoc = new Y.Doc();
		const plan = referenceWorkshop(3, ydoc);
		const json = plan.toJSON();
		// The factory fills every field: make sure none is silently left at its default.
		for (const kind of ['stakeholders', 'platforms', 'goals', 'team', 'notes'] as const) {
			expect(json[kind].length).toBeGreaterThan(0);
		}
		for (const [field, value] of Object.entries(json.stakeholders[5]!)) {
			if (field !== 'sourceNote') expect(value, field).not.toBe('');
		}
		for (const [field, value] of Object.entries(json.commitment)) expect(value, field).not.toBe('');
		expect(json.goals[0]!.stakeholderIds.length).toBeGreaterThan(0);
		expect(json.presence.length).toBe(30 * 5);
		expect(json.ratings.length).toBe(8 * 4);

		expect(reload(ydoc).toJSON()).toEqual(json);
	});

	it('creates a plan with its meta and schema version', () => {
		const plan = PlanDoc.create({
			title: 'Spring',
			organisation: 'Riverside',
			facilitator: 'Inès'
		});
		expect(plan.meta).toMatchObject({
			title: 'Spring',
			organisation: 'Riverside',
			schemaVersion: SCHEMA_VERSION
		});
		plan.setMeta({ title: 'Spring 2027' });
		expect(plan.meta.title).toBe('Spring 2027');
	});

	it('adds records with defaults, keeps them in insertion order, and updates them', () => {
		const plan = new PlanDoc();
		const a = plan.add('stakeholders', { name: 'Members' });
		const b = plan.add('stakeholders', { name: 'Local press', influence: 80 });
		expect(plan.list('stakeholders').map((s) => s.name)).toEqual(['Members', 'Local press']);
		expect(plan.get('stakeholders', a)).toMatchObject({
			group: 'other',
			sentiment: 0,
			influence: 50
		});
		plan.update('stakeholders', b, { interest: 20, sentiment: -1, group: 'media' });
		expect(plan.get('stakeholders', b)).toMatchObject({
			interest: 20,
			sentiment: -1,
			group: 'media'
		});
		plan.setText('stakeholders', b, 'concerns', 'Slow answers');
		expect(plan.get('stakeholders', b)?.concerns).toBe('Slow answers');
	});

	it('returns the same objects for records that did not change', () => {
		const plan = new PlanDoc();
		const a = plan.add('notes', { text: 'one' });
		const b = plan.add('notes', { text: 'two' });
		const before = plan.list('notes');
		plan.setText('notes', b, 'text', 'two!');
		const after = plan.list('notes');
		expect(after).not.toBe(before);
		expect(after.find((note) => note.id === a)).toBe(before.find((note) => note.id === a));
		expect(Object.isFrozen(after[0])).toBe(true);
	});

	it('clamps numbers and refuses invalid values with a readable error', () => {
		const plan = new PlanDoc();
		const id = plan.add('stakeholders', { name: 'x' });
		plan.update('stakeholders', id, { influence: 250 });
		expect(plan.get('stakeholders', id)?.influence).toBe(100);
		expect(() => plan.update('stakeholders', id, { group: 'aliens' as never })).toThrow(
			PlanWriteError
		);
		expect(() => plan.update('stakeholders', id, { influence: Number.NaN })).toThrow(/number/);
		expect(() => plan.update('stakeholders', id, { name: 'x'.repeat(10_000) })).toThrow(/too long/);
		expect(plan.get('stakeholders', id)?.name).toBe('x');
	});

	it('removing a stakeholder removes its presence links and goal links', () => {
		const plan = new PlanDoc();
		const s = plan.add('stakeholders', { name: 'Members' });
		const p = plan.add('platforms', { name: 'Forum' });
		const g = plan.add('goals', { statement: 'Listen', stakeholderIds: [s], platformIds: [p] });
		plan.setPresence(s, p, 2);
		expect(plan.presence).toEqual([{ stakeholderId: s, platformId: p, strength: 2 }]);
		plan.remove('stakeholders', s);
		expect(plan.presence).toEqual([]);
		expect(plan.get('goals', g)?.stakeholderIds).toEqual([]);
		expect(plan.get('goals', g)?.platformIds).toEqual([p]);
	});

	it('adding a record leaves the presence links unread unless one of them names it', () => {
		const plan = new PlanDoc();
		const s = plan.add('stakeholders', { name: 'Members' });
		const p = plan.add('platforms', { name: 'Forum' });
		plan.setPresence(s, p, 2);
		const before = plan.presence;
		plan.add('stakeholders', { name: 'Press' });
		plan.add('platforms', { name: 'Blog' });
		expect(plan.presence).toBe(before);

		// A link whose stakeholder was deleted on another device comes back with the stakeholder.
		const ydoc = new Y.Doc();
		const other = new PlanDoc(ydoc);
		const platform = other.add('platforms', { name: 'Forum' }, 'forum00000001');
		ydoc.getMap('presence').set(`parents000001:${platform}`, 3);
		expect(other.presence).toEqual([]);
		other.add('stakeholders', { name: 'Parents' }, 'parents000001');
		expect(other.presence).toEqual([
			{ stakeholderId: 'parents000001', platformId: platform, strength: 3 }
		]);
	});

	it('removing a team member removes their ratings', () => {
		const plan = new PlanDoc();
		const m = plan.add('team', { name: 'Amara' });
		plan.rate(m, 'planning', 4);
		expect(plan.ratings).toEqual([{ memberId: m, dimension: 'planning', score: 4 }]);
		plan.remove('team', m);
		expect(plan.ratings).toEqual([]);
	});

	it('notifies only the sections that changed', () => {
		const plan = new PlanDoc();
		const seen: string[] = [];
		plan.subscribe('stakeholders', () => seen.push('stakeholders'));
		plan.subscribe('purpose', () => seen.push('purpose'));
		plan.setPurposeText('statement', 'Be useful');
		plan.add('stakeholders', { name: 'Members' });
		expect(seen).toEqual(['purpose', 'stakeholders']);
		expect(plan.purpose.statement).toBe('Be useful');
	});

	it('ignores foreign data of the wrong shape instead of breaking reads', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const id = plan.add('stakeholders', { name: 'ok' });
		ydoc.transact(() => {
			const record = ydoc.getMap<Y.Map<unknown>>('records.stakeholders').get(id)!;
			record.set('influence', 'very high');
			record.set('group', { evil: true });
			record.set('name', 42);
			ydoc.getMap('records.stakeholders').set('../../etc', new Y.Map());
			ydoc.getMap('presence').set('not-a-key', 3);
		});
		expect(plan.list('stakeholders')).toHaveLength(1);
		expect(plan.get('stakeholders', id)).toMatchObject({ influence: 50, group: 'other', name: '' });
		expect(plan.presence).toEqual([]);
	});

	it('stores half an emoji as a replacement character, so every device reads the same text', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const id = plan.add('notes', { text: 'ok 🙂' });
		plan.setText('notes', id, 'text', 'ok \ud83d');
		expect(plan.get('notes', id)?.text).toBe('ok \ufffd');
		expect(reload(ydoc).get('notes', id)?.text).toBe('ok \ufffd');
	});

	it('is read-only once marked so, and says why', () => {
		const plan = new PlanDoc();
		plan.makeReadOnly();
		expect(() => plan.add('values', { text: 'Openness' })).toThrow(ReadOnlyPlanError);
		expect(plan.list('values')).toEqual([]);
	});

	it('regression: a name of 300 emoji, which its field accepts, is stored and read back whole', () => {
		// PlanDoc counted UTF-16 units where the fields count characters, so it refused names,
		// titles and paragraphs of emoji that the field had just said would fit.
		const name = '👍🏽'.repeat(150);
		expect(checkText(name, 'name')).toBeNull();
		const plan = PlanDoc.create({ title: name });
		const id = plan.add('stakeholders', { name });
		plan.setPurposeText('statement', '🙂'.repeat(TEXT_LIMITS.long));
		expect(plan.get('stakeholders', id)?.name).toBe(name);
		expect(plan.meta.title).toBe(name);
		expect(plan.purpose.statement).toBe('🙂'.repeat(TEXT_LIMITS.long));
		expect(() => plan.update('stakeholders', id, { name: `${name}🙂` })).toThrow(
			/301 characters; the limit is 300/
		);
	});

	it('reads an over-long title from foreign data as a name-sized one, never half an emoji', () => {
		const ydoc = new Y.Doc();
		ydoc.getMap('meta').set('title', `${'x'.repeat(299)}🙂${'y'.repeat(100_000)}`);
		const title = new PlanDoc(ydoc).meta.title;
		expect(title).toBe(`${'x'.repeat(299)}🙂`);
		ydoc.getMap('meta').set('title', 'Short');
		expect(new PlanDoc(ydoc).meta.title).toBe('Short');
	});
});

describe('PlanDoc: places on the canvas', () => {
	it('writes a position as one value, refuses a malformed one and writes nothing for the same drop', () => {
		const plan = new PlanDoc();
		const id = plan.add('notes', { text: 'Idea' });
		expect(plan.get('notes', id)).toMatchObject({ position: null, z: '' });
		plan.update('notes', id, { position: [120, -40] });
		expect(plan.get('notes', id)?.position).toEqual([120, -40]);
		expect(() =>
			plan.update('notes', id, { position: [Number.NaN, 1] as unknown as [number, number] })
		).toThrow(PlanWriteError);
		let changes = 0;
		plan.subscribe('notes', () => changes++);
		plan.update('notes', id, { position: [120, -40] });
		expect(changes).toBe(0);
		plan.update('notes', id, { position: [3e6, 0] });
		expect(plan.get('notes', id)?.position).toEqual([1_000_000, 0]);
	});

	it('keeps frames as records of their own, with a clamped rectangle', () => {
		const plan = new PlanDoc();
		const id = plan.add('frames', { step: 'stakeholders', name: 'Press', rect: [0, 0, 600, 400] });
		expect(plan.get('frames', id)).toMatchObject({ name: 'Press', rect: [0, 0, 600, 400] });
		expect(() =>
			plan.update('frames', id, { rect: [0, 0, 1] as unknown as [number, number, number, number] })
		).toThrow(PlanWriteError);
		expect(plan.toJSON().frames).toHaveLength(1);
	});
});

describe('PlanDoc: a stakeholder is placed once someone says where they sit', () => {
	it.each([
		{ init: {}, patch: null, placed: false, why: 'a new stakeholder by name only' },
		{ init: { influence: 80 }, patch: null, placed: true, why: 'added with an influence' },
		{ init: {}, patch: { interest: 20 }, placed: true, why: 'interest set later' },
		{ init: {}, patch: { name: 'Press' }, placed: false, why: 'a rename' },
		{ init: { influence: 80, placed: false }, patch: null, placed: false, why: 'an explicit flag' }
	])('$why', ({ init, patch, placed }) => {
		const plan = new PlanDoc();
		const id = plan.add('stakeholders', { name: 'Council', ...init });
		if (patch) plan.update('stakeholders', id, patch);
		expect(plan.get('stakeholders', id)?.placed).toBe(placed);
	});
});
