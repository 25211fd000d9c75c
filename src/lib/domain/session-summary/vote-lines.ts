import type { Plan } from '../plan';
import { stepById } from '../steps';
import { oneLine } from '../text';
import { ranked, VOTE_TARGETS, type VoteTarget } from '../voting';
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

function plural(n: number, singular: string, pluralForm: string): string {
	return `${n.toLocaleString('en')} ${n === 1 ? singular : pluralForm}`;
}

/**
 * One line per revealed vote, its items most dots first. Items are named from the plan as it is
 * now, else as it was (an item removed after the vote keeps its name); items with no dots are
 * left out, since "0 dots" on every other note of a board says nothing.
 */
export function voteLines(
	votes: readonly RevealedVote[],
	before: Plan,
	after: Plan
): SummaryLine[] {
	return votes.map((vote) => {
		const known = new Map<string, Named>();
		for (const plan of [before, after])
			for (const item of itemsOf(plan, vote.target)) known.set(item.id, item);
		const items = Object.keys(vote.results).map(
			(id) => known.get(id) ?? { id, name: 'A removed item' }
		);
		const details = ranked(items, vote.results)
			.filter(({ dots }) => dots > 0)
			.map(({ item, dots }) => `${plural(dots, 'dot', 'dots')}: ${oneLine(item.name, 'Untitled')}`);
		const target = VOTE_TARGETS[vote.target];
		const text =
			`Vote on ${target.toLowerCase().replace('this step’s', 'the')} ` +
			`(${stepById(vote.step).title}): ${plural(vote.voters, 'voter', 'voters')}, ` +
			`${plural(vote.budget, 'dot', 'dots')} each`;
		return { text, details: details.length > 0 ? details : ['No dots were placed.'] };
	});
}
