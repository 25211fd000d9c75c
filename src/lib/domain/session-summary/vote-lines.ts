import { m } from '../../paraglide/messages.js';
import { formatCount, type Locale } from '../locale';
import type { Plan } from '../plan';
import { stepTitle } from '../steps';
import { oneLine } from '../text';
import { ranked, type VoteTarget } from '../voting';
import type { RevealedVote, SummaryLine } from './types';

type Named = { id: string; name: string };

/** The items a vote can be about, named as people read them. */
function itemsOf(plan: Plan, target: VoteTarget): Named[] {
	switch (target) {
		case 'notes':
			return plan.notes.map((note) => ({ id: note.id, name: note.text }));
		case 'stakeholders':
		case 'platforms':
			return plan[target].map((record) => ({ id: record.id, name: record.name }));
		case 'goals':
			return plan.goals.map((goal) => ({ id: goal.id, name: goal.statement }));
	}
}

/** One sentence per kind of item voted on: the noun's article and case differ by language. */
const VOTE_ON = {
	notes: m.sumline_vote_notes,
	stakeholders: m.sumline_vote_stakeholders,
	platforms: m.sumline_vote_platforms,
	goals: m.sumline_vote_goals
} as const satisfies Record<VoteTarget, unknown>;

/**
 * One line per revealed vote, its items most dots first. Items are named from the plan as it is
 * now, else as it was (an item removed after the vote keeps its name); items with no dots are
 * left out, since "0 dots" on every other note of a board says nothing. Written in `locale`,
 * counts with the language's plural forms and digits.
 */
export function voteLines(
	votes: readonly RevealedVote[],
	before: Plan,
	after: Plan,
	locale: Locale = 'en'
): SummaryLine[] {
	const options = { locale };
	const count = (message: typeof m.sumline_dots, n: number) =>
		message({ count: n, countText: formatCount(n, locale) }, options);
	const untitled = m.summary_untitled({}, options);
	return votes.map((vote) => {
		const known = new Map<string, Named>();
		for (const plan of [before, after])
			for (const item of itemsOf(plan, vote.target)) known.set(item.id, item);
		const items = Object.keys(vote.results).map(
			(id) => known.get(id) ?? { id, name: m.sumline_vote_removed_item({}, options) }
		);
		const details = ranked(items, vote.results)
			.filter(({ dots }) => dots > 0)
			.map(({ item, dots }) =>
				m.sumline_vote_item(
					{ dots: count(m.sumline_dots, dots), name: oneLine(item.name, untitled) },
					options
				)
			);
		const text = VOTE_ON[vote.target](
			{
				step: stepTitle(vote.step, locale),
				voters: count(m.sumline_voters, vote.voters),
				dots: count(m.sumline_dots, vote.budget)
			},
			options
		);
		return { text, details: details.length > 0 ? details : [m.sumline_vote_no_dots({}, options)] };
	});
}
