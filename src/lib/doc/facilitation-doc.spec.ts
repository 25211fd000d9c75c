import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { FacilitationDoc } from './facilitation-doc';
import { startTimer } from '../domain/timer';

describe('FacilitationDoc', () => {
	it('starts idle and reads back what the facilitator sets', () => {
		const doc = new FacilitationDoc();
		expect(doc.value).toEqual({
			step: null,
			follow: false,
			timer: { kind: 'idle' },
			locked: [],
			readyRound: 1,
			vote: null
		});
		const seen: number[] = [];
		doc.subscribe(() => seen.push(1));
		doc.setStep('stakeholders');
		doc.setFollow(true);
		doc.setTimer(startTimer(5, 1000));
		doc.setLocked('purpose', true);
		doc.setLocked('goals', true);
		doc.setLocked('goals', false);
		expect(doc.value).toEqual({
			step: 'stakeholders',
			follow: true,
			timer: { kind: 'running', endsAt: 301_000, durationMs: 300_000 },
			locked: ['purpose'],
			readyRound: 1,
			vote: null
		});
		expect(seen.length).toBe(6);
		doc.newReadyRound();
		expect(doc.value.readyRound).toBe(2);
	});

	it('reaches another device through Yjs updates', () => {
		const a = new FacilitationDoc();
		const b = new FacilitationDoc(new Y.Doc());
		a.setStep('goals');
		a.setLocked('review', true);
		Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
		expect(b.value.step).toBe('goals');
		expect(b.value.locked).toEqual(['review']);
	});

	it('holds a vote: open without results, revealed with them', () => {
		const doc = new FacilitationDoc();
		const vote = {
			id: 'v1',
			target: 'notes' as const,
			step: 'purpose' as const,
			budget: 3,
			onePerItem: false,
			state: 'open' as const,
			results: { a: 2 },
			voters: 0
		};
		doc.setVote(vote);
		expect(doc.value.vote).toEqual({ ...vote, results: null });
		doc.setVote({ ...vote, state: 'revealed', results: { a: 2 }, voters: 2 });
		expect(doc.value.vote?.results).toEqual({ a: 2 });
		doc.ydoc.getMap('facilitation').set('vote', { id: 'x', target: 'secrets', step: 'purpose' });
		expect(doc.value.vote).toBeNull();
	});

	it('ignores malformed values from a foreign device', () => {
		const doc = new FacilitationDoc();
		doc.ydoc.getMap('facilitation').set('step', '../admin');
		doc.ydoc.getMap('facilitation').set('timer', 'forever');
		expect(doc.value.step).toBeNull();
		expect(doc.value.timer).toEqual({ kind: 'idle' });
	});
});
