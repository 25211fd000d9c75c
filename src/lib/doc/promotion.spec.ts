import { describe, expect, it } from 'vitest';
import { PlanDoc } from './plan-doc';
import { PlanWriteError } from './errors';
import type { PromotionTarget } from '../domain/promotion';

function planWithNote(text: string, step: 'stakeholders' | 'commitment' = 'stakeholders') {
	const plan = new PlanDoc();
	const note = plan.add('notes', { step, text });
	return { plan, note };
}

describe('promoting a note', () => {
	const cases: [string, PromotionTarget, string, (plan: PlanDoc, id: string) => unknown][] = [
		[
			'local press',
			{ type: 'stakeholder' },
			'stakeholders',
			(p, id) => p.get('stakeholders', id)?.name
		],
		[
			'run a newsletter',
			{ type: 'platform' },
			'platforms',
			(p, id) => p.get('platforms', id)?.name
		],
		['Answer within a day', { type: 'goal' }, 'goals', (p, id) => p.get('goals', id)?.statement],
		['Openness', { type: 'value' }, 'values', (p, id) => p.get('values', id)?.text],
		['Amara from the front desk', { type: 'team' }, 'team', (p, id) => p.get('team', id)?.name],
		[
			'Members praise the café',
			{ type: 'listening', kind: 'said-about-us' },
			'listening',
			(p, id) => p.get('listening', id)?.text
		],
		[
			'Trusted by families',
			{ type: 'swot', kind: 'strength' },
			'swot',
			(p, id) => p.get('swot', id)?.text
		]
	];

	it.each(cases)(
		'“%s” becomes a record that links back to the note',
		(text, target, kind, read) => {
			const { plan, note } = planWithNote(text);
			const reference = plan.promoteNote(note, target);
			const [refKind, id] = reference!.split(':');
			expect(refKind).toBe(kind);
			expect(read(plan, id!)).toBe(text);
			const record = plan.get(kind as 'stakeholders', id!) as { sourceNote: string };
			expect(record.sourceNote).toBe(note);
			expect(plan.get('notes', note)?.promotedTo).toBe(reference);
		}
	);

	it('appends to a text field as a new line: “answer within a day” becomes the response policy', () => {
		const { plan, note } = planWithNote('Answer within a day', 'commitment');
		plan.setCommitmentText('responsePolicy', 'Be kind');
		const reference = plan.promoteNote(note, { type: 'commitment-text', field: 'responsePolicy' });
		expect(reference).toBe('commitment:responsePolicy');
		expect(plan.commitment.responsePolicy).toBe('Be kind\nAnswer within a day');
	});

	it('adds to a maturity discussion note', () => {
		const { plan, note } = planWithNote('We only broadcast');
		plan.promoteNote(note, { type: 'maturity-note', dimension: 'relationships' });
		expect(plan.maturityNotes.relationships).toBe('We only broadcast');
	});

	it('shortens a long note to a name, and keeps the full text on the record', () => {
		const long = `Local press ${'and regional radio '.repeat(30)}`.trim();
		const { plan, note } = planWithNote(long);
		const id = plan.promoteNote(note, { type: 'stakeholder' })!.split(':')[1]!;
		const stakeholder = plan.get('stakeholders', id)!;
		expect([...stakeholder.name].length).toBeLessThanOrEqual(300);
		expect(stakeholder.name.endsWith('…')).toBe(true);
		expect(stakeholder.notes).toBe(long);
	});

	it('is one undo step: undo removes the record and unmarks the note', () => {
		const { plan, note } = planWithNote('local press');
		plan.stopCapturing();
		plan.promoteNote(note, { type: 'stakeholder' });
		plan.undo();
		expect(plan.list('stakeholders')).toEqual([]);
		expect(plan.get('notes', note)?.promotedTo).toBe('');
	});

	it('refuses an empty note, and ignores a deleted one', () => {
		const { plan, note } = planWithNote('   ');
		expect(() => plan.promoteNote(note, { type: 'stakeholder' })).toThrow(PlanWriteError);
		plan.remove('notes', note);
		expect(plan.promoteNote(note, { type: 'stakeholder' })).toBeNull();
		expect(plan.list('stakeholders')).toEqual([]);
	});
});
