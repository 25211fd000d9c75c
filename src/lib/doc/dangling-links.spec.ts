import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from './plan-doc';
import { TxOrigin } from './origins';

const remote = new TxOrigin('remote');

/** Two devices on one plan that exchange updates only when told to. */
function twoDevices(): { a: PlanDoc; b: PlanDoc; exchange(): void } {
	const [docA, docB] = [new Y.Doc(), new Y.Doc()];
	const a = new PlanDoc(docA);
	const b = new PlanDoc(docB);
	const exchange = () => {
		const fromA = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
		const fromB = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
		Y.applyUpdate(docB, fromA, remote);
		Y.applyUpdate(docA, fromB, remote);
	};
	return { a, b, exchange };
}

describe('links to records deleted elsewhere', () => {
	it('reads ratings by raters without a team record: revealed ballots', () => {
		const plan = new PlanDoc();
		plan.rate('ballotabcdefgh12', 'planning', 4);
		expect(plan.ratings).toEqual([
			{ memberId: 'ballotabcdefgh12', dimension: 'planning', score: 4 }
		]);
	});

	it('regression: a presence or goal link made while its record was deleted on another device stayed in the plan', () => {
		const { a, b, exchange } = twoDevices();
		const stakeholder = a.add('stakeholders', { name: 'Parents’ association' });
		const platform = a.add('platforms', { name: 'Forum' });
		const goal = a.add('goals', { statement: 'Reach parents' });
		exchange();

		// While offline from each other, one device deletes what the other links to.
		a.remove('stakeholders', stakeholder);
		a.remove('platforms', platform);
		b.setPresence(stakeholder, platform, 3);
		b.setLink('goals', goal, 'stakeholderIds', stakeholder, true);
		b.setLink('goals', goal, 'platformIds', platform, true);
		exchange();

		for (const plan of [a, b]) {
			const json = plan.toJSON();
			expect(json.stakeholders).toEqual([]);
			expect(json.presence).toEqual([]);
			expect(json.goals[0]).toMatchObject({ stakeholderIds: [], platformIds: [] });
		}
		expect(b.toJSON()).toEqual(a.toJSON());
	});

	it('tells views that read presence and goals when their records go, and reads links again when they come back', () => {
		const { a, b, exchange } = twoDevices();
		const stakeholder = a.add('stakeholders', { name: 'Press' });
		const platform = a.add('platforms', { name: 'Newsletter' });
		const goal = a.add('goals', { statement: 'Be quoted' });
		exchange();
		b.setPresence(stakeholder, platform, 2);
		b.setLink('goals', goal, 'stakeholderIds', stakeholder, true);
		expect(b.presence).toHaveLength(1);

		const seen: string[] = [];
		for (const section of ['presence', 'goals'] as const)
			b.subscribe(section, () => seen.push(section));
		a.stopCapturing();
		a.remove('stakeholders', stakeholder);
		exchange();
		expect(seen).toEqual(expect.arrayContaining(['presence', 'goals']));
		expect(b.presence).toEqual([]);
		expect(b.get('goals', goal)?.stakeholderIds).toEqual([]);

		// Undoing the deletion brings the stakeholder back, and with it the links made meanwhile.
		a.undo();
		exchange();
		for (const plan of [a, b]) {
			expect(plan.get('stakeholders', stakeholder)?.name).toBe('Press');
			expect(plan.presence).toEqual([
				{ stakeholderId: stakeholder, platformId: platform, strength: 2 }
			]);
			expect(plan.get('goals', goal)?.stakeholderIds).toEqual([stakeholder]);
		}
	});
});
