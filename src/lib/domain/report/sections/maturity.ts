import { m } from '../../../paraglide/messages.js';
import { maturityResults } from '../../maturity';
import { keysOf, MATURITY_DIMENSIONS, maturityDimensionIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { nothingYet } from '../format';
import type { Block, MaturityRow } from '../types';

/**
 * Step 2: "present" or "living". Ratings are private: only the count, mean, range and how many
 * gave each score reach the report, never who gave which.
 */
export function maturityBlocks(ctx: SectionContext): Block[] {
	const results = maturityResults(ctx.plan.ratings);
	const notes = ctx.plan.maturityNotes;
	const hasNotes = keysOf(MATURITY_DIMENSIONS).some((d) => notes[d].trim() !== '');
	if (results.every((result) => result.count === 0) && !hasNotes) {
		return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	}
	const rows: MaturityRow[] = results.map((result) => ({
		...maturityDimensionIn(result.dimension, ctx.locale),
		count: result.count,
		mean: result.mean,
		min: result.min,
		max: result.max,
		histogram: [...result.histogram],
		disagreement: result.disagreement,
		note: notes[result.dimension].trim()
	}));
	return [
		{
			type: 'paragraph',
			tone: 'muted',
			text: m.report_maturity_explainer({}, { locale: ctx.locale })
		},
		{ type: 'maturity', rows }
	];
}
