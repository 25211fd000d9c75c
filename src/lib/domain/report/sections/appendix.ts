import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../locale';
import type { RecordKind, StickyNote } from '../../plan';
import { STEPS, stepTitle } from '../../steps';
import type { SectionContext } from '../context';
import { nothingYet } from '../format';
import type { Block } from '../types';

type Words = (inputs: Record<string, never>, options: { locale: Locale }) => string;

/** What a note became when the team turned it into a record ("a stakeholder"). */
const RECORD_WORDS: Partial<Record<RecordKind, Words>> = {
	values: m.report_became_values,
	team: m.report_became_team,
	stakeholders: m.report_became_stakeholders,
	listening: m.report_became_listening,
	swot: m.report_became_swot,
	platforms: m.report_became_platforms,
	goals: m.report_became_goals
};

function noteText(note: StickyNote, locale: Locale): string {
	const kind = note.promotedTo.split(':')[0] ?? '';
	const became = RECORD_WORDS[kind as RecordKind];
	const text = note.text.trim();
	if (!became) return text;
	return m.report_became({ text, record: became({}, { locale }) }, { locale });
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
				{
					type: 'heading',
					level: 3,
					text: cluster || m.report_not_grouped({}, { locale: ctx.locale })
				},
				{
					type: 'list',
					items: here
						.filter((note) => note.cluster.trim() === cluster)
						.map((note) => noteText(note, ctx.locale))
				}
			])
		];
	});
}
