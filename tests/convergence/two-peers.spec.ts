import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { TxOrigin } from '../../src/lib/doc/origins';
import { Random } from '../factories/random';
import { keysOf, MATURITY_DIMENSIONS } from '../../src/lib/domain/vocabulary';

const remote = new TxOrigin('remote');

/** One random edit through PlanDoc's own methods, as a person would make it. */
function randomEdit(plan: PlanDoc, random: Random): void {
	const stakeholders = plan.list('stakeholders');
	const platforms = plan.list('platforms');
	const some = <T>(items: readonly T[]) => (items.length ? random.pick(items) : undefined);
	const s = some(stakeholders);
	const p = some(platforms);
	switch (random.int(0, 9)) {
		case 0:
			plan.add('stakeholders', { name: `S${random.int(0, 999)}` });
			break;
		case 1:
			plan.add('platforms', { name: `P${random.int(0, 99)}` });
			break;
		case 2:
			if (s) plan.update('stakeholders', s.id, { influence: random.int(0, 100) });
			break;
		case 3:
			if (s) {
				// Insert at a random place in the text: two peers typing in one field.
				const chars = [...s.interests];
				const at = random.int(0, chars.length);
				chars.splice(at, 0, random.pick(['a', 'é', '🙂', ' ']));
				plan.setText('stakeholders', s.id, 'interests', chars.join(''));
			}
			break;
		case 4:
			if (s && random.chance(0.3)) plan.remove('stakeholders', s.id);
			break;
		case 5:
			if (s && p) plan.setPresence(s.id, p.id, random.pick([0, 1, 2, 3] as const));
			break;
		case 6:
			plan.setPurposeText('statement', plan.purpose.statement + random.pick(['x', 'y', 'z']));
			break;
		case 7: {
			const g = some(plan.list('goals')) ?? { id: plan.add('goals', { statement: 'goal' }) };
			if (s) plan.setLink('goals', g.id, 'stakeholderIds', s.id, random.chance(0.7));
			break;
		}
		case 8: {
			const member = some(plan.list('team'))?.id ?? plan.add('team', { name: 'M' });
			plan.rate(member, random.pick(keysOf(MATURITY_DIMENSIONS)), random.int(1, 5));
			break;
		}
		default:
			plan.add('notes', { text: 'n', position: [random.int(0, 100), 0] });
	}
}

describe('two PlanDocs exchanging updates in random order', () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('converge (seed %i)', (seed) => {
		const random = new Random(seed);
		const docs = [new Y.Doc(), new Y.Doc()];
		const peers = docs.map((ydoc) => new PlanDoc(ydoc));
		const inbox: Uint8Array[][] = [[], []];
		docs.forEach((ydoc, index) =>
			ydoc.on('update', (update: Uint8Array, origin: unknown) => {
				if (origin !== remote) inbox[1 - index]!.push(update);
			})
		);
		for (let step = 0; step < 400; step++) {
			const index = random.int(0, 1);
			randomEdit(peers[index]!, random);
			// Deliver a random subset of the other peer's pending updates, in random order.
			const pending = inbox[index]!;
			while (pending.length && random.chance(0.4)) {
				const [update] = pending.splice(random.int(0, pending.length - 1), 1);
				Y.applyUpdate(docs[index]!, update!, remote);
			}
		}
		for (let index = 0; index < 2; index++) {
			for (const update of inbox[index]!.reverse()) Y.applyUpdate(docs[index]!, update, remote);
		}
		const [a, b] = peers as [PlanDoc, PlanDoc];
		const [docA, docB] = docs as [Y.Doc, Y.Doc];
		expect(docA.store.pendingStructs).toBeNull();
		expect(docB.store.pendingStructs).toBeNull();
		expect(Y.encodeStateVector(docA)).toEqual(Y.encodeStateVector(docB));
		expect(a.toJSON()).toEqual(b.toJSON());
		expect(a.list('stakeholders').length + a.list('notes').length).toBeGreaterThan(10);
	});
});
