import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BallotDoc } from '../doc/ballot-doc';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { PlanDoc } from '../doc/plan-doc';
import { PlanWriteError } from '../doc/errors';
import { BallotBox } from './ballot-box.svelte';
import { FacilitationController } from './facilitation.svelte';
import { PresenceController } from './presence.svelte';

const ballotId = (n: number) => n.toString(36).padStart(26, '0');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Copies every change of one ballot document into its reader's copy, as the relay would. */
function mirror(from: BallotDoc, to: BallotDoc): () => void {
	Y.applyUpdate(to.ydoc, Y.encodeStateAsUpdate(from.ydoc));
	const forward = (update: Uint8Array) => Y.applyUpdate(to.ydoc, update);
	from.ydoc.on('update', forward);
	return () => from.ydoc.off('update', forward);
}

/** A facilitator's box counting the ballots in `others` (their owners' documents). */
function facilitatorBox(others: Map<string, BallotDoc>) {
	const shared = new FacilitationDoc();
	const presence = new PresenceController();
	const facilitation = new FacilitationController(presence);
	facilitation.attach(shared, 'facilitator');
	const plan = new PlanDoc(new Y.Doc());
	let refused = '';
	const box = new BallotBox(facilitation, (change) => {
		try {
			change(plan);
			return true;
		} catch (error) {
			if (!(error instanceof PlanWriteError)) throw error;
			refused = error.message;
			return false;
		}
	});
	const own = { id: ballotId(0), doc: new BallotDoc() };
	box.attach({
		own,
		count: (id, copy) => {
			const owner = others.get(id);
			return owner ? mirror(owner, copy) : () => {};
		}
	});
	cleanups.push(() => {
		box.destroy();
		facilitation.destroy();
		plan.destroy();
	});
	return { box, facilitation, plan, own, refused: () => refused };
}

const listedAndPresent = (box: BallotBox, ids: string[]) => {
	box.listed(ids);
	box.present(ids.map((ballot) => ({ ballot, self: false })));
};

describe('BallotBox', () => {
	it('places dots within the budget, only while a vote is open', () => {
		const { box, facilitation } = facilitatorBox(new Map());
		expect(box.castDot('a', 1)).toBe(false);
		facilitation.startVote({ target: 'notes', step: 'goals', budget: 2, onePerItem: false });
		expect(box.castDot('a', 1)).toBe(true);
		expect(box.castDot('a', 1)).toBe(true);
		expect(box.castDot('b', 1)).toBe(false);
		expect(box.myDots).toEqual({ a: 2 });
		expect(box.castDot('a', -1)).toBe(true);
		expect(box.myDots).toEqual({ a: 1 });
		facilitation.endVote();
		box.voteChanged();
		expect(box.myDots).toEqual({});
	});

	it('reveals the totals of every counted ballot and its own, and how many voted', () => {
		const ana = new BallotDoc();
		const ben = new BallotDoc();
		const others = new Map([
			[ballotId(1), ana],
			[ballotId(2), ben]
		]);
		const { box, facilitation } = facilitatorBox(others);
		facilitation.startVote({ target: 'notes', step: 'goals', budget: 3, onePerItem: false });
		const voteId = facilitation.value!.vote!.id;
		listedAndPresent(box, [ballotId(1), ballotId(2)]);
		ana.setDots(voteId, { a: 2, b: 1 });
		ben.setDots(voteId, { a: 1, gone: 2 });
		box.castDot('b', 1);
		box.revealVote(new Set(['a', 'b']));
		expect(facilitation.value?.vote).toMatchObject({
			state: 'revealed',
			results: { a: 3, b: 2 },
			voters: 3
		});
	});

	it('counts a ballot only once the relay listed it and someone present names it', () => {
		const ana = new BallotDoc();
		ana.setRating('planning', 4);
		const { box } = facilitatorBox(new Map([[ballotId(1), ana]]));
		box.present([{ ballot: ballotId(1), self: false }]);
		expect(box.privateRaters).toBe(0);
		box.listed([ballotId(1)]);
		expect(box.privateRaters).toBe(1);
	});

	it('copies private ratings into the plan under ballot ids, as one undo step', () => {
		const ana = new BallotDoc();
		const { box, plan } = facilitatorBox(new Map([[ballotId(1), ana]]));
		listedAndPresent(box, [ballotId(1)]);
		ana.setRating('planning', 2);
		ana.setRating('presences', 5);
		box.ratePrivately('planning', 4);
		expect(box.myRatings).toEqual({ planning: 4 });
		expect(box.privateRaters).toBe(2);
		expect(box.revealRatings()).toBe(2);
		expect(plan.ratings.map((r) => [r.memberId, r.dimension, r.score])).toEqual([
			[ballotId(0), 'planning', 4],
			[ballotId(1), 'planning', 2],
			[ballotId(1), 'presences', 5]
		]);
		plan.undo();
		expect(plan.ratings).toEqual([]);
	});

	it('a refused reveal (read-only plan) becomes a message and writes nothing', () => {
		const { box, plan, refused } = facilitatorBox(new Map());
		box.ratePrivately('planning', 3);
		plan.makeReadOnly(new PlanWriteError('Read only here.'));
		box.revealRatings();
		expect(refused()).toBe('Read only here.');
		expect(plan.ratings).toEqual([]);
	});
});
