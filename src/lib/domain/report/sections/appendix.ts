import type { StickyNote } from '../../plan';
import { STEPS, stepTitle } from '../../steps';
import type { SectionContext } from '../context';
import { nothingYet } from '../format';
import type { Block } from '../types';

const UNGROUPED = 'Not grouped';

const RECORD_WORDS: Record<string, string> = {
	values: 'a value',
	team: 'a team member',
	stakeholders: 'a stakeholder',
	listening: 'a listening note',
	swot: 'a SWOT item',
	platforms: 'a platform',
	goals: 'a goal'
};

function noteText(note: StickyNote): string {
	const became = RECORD_WORDS[note.promotedTo.split(':')[0] ?? ''];
	return became ? `${note.text.trim()} (became ${became})` : note.text.trim();
}

/**
 * The raw material: per step, a drawing of its board, then every note by the clusters the group
 * made.
 */
export function appendixBlocks(ctx: SectionContext): Block[] {
	const notes = ctx.plan.notes.filter((note) => note.text.trim() !== '');
	if (notes.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	return STEPS.flatMap((step): Block[] => {
		const here = notes.filter((note) => note.step === step.id);
		if (here.length === 0) return [];
		const clusters = [...new Set(here.map((note) => note.cluster.trim()))].sort((a, b) =>
			a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)
		);
		return [
			{ type: 'heading', level: 2, text: `${step.number}. ${stepTitle(step.id, ctx.locale)}` },
			{ type: 'board', step: step.id },
			...clusters.flatMap((cluster): Block[] => [
				{ type: 'heading', level: 3, text: cluster || UNGROUPED },
				{
					type: 'list',
					items: here.filter((note) => note.cluster.trim() === cluster).map(noteText)
				}
			])
		];
	});
}
