import { m } from '../../paraglide/messages.js';
import type { Locale } from '../locale';
import type { Goal } from '../plan';
import { oneLine } from '../text';
import type { SummaryLine } from './types';

/**
 * What people take home to do. Canal has no task list; the plan's own commitments are its goals,
 * each with an owner and a deadline. So the next steps are the goals the session added or changed:
 * "owner: goal, by deadline", soonest first; a goal still without an owner or a deadline becomes
 * the step of agreeing one, which is the first thing to do after a session. Open plan-check
 * findings have their own section and are not repeated here.
 */
export function nextStepLines(goals: readonly Goal[], locale: Locale = 'en'): SummaryLine[] {
	const options = { locale };
	const untitled = m.summary_untitled({}, options);
	const ready = goals
		.filter((goal) => goal.owner.trim() !== '' && goal.deadline !== '')
		.sort((a, b) => a.deadline.localeCompare(b.deadline));
	const open = goals.filter((goal) => goal.owner.trim() === '' || goal.deadline === '');
	return [
		...ready.map((goal) => ({
			text: m.summary_next_ready(
				{
					owner: oneLine(goal.owner),
					goal: oneLine(goal.statement, untitled),
					deadline: goal.deadline
				},
				options
			),
			details: []
		})),
		...open.map((goal) => {
			const agree =
				goal.owner.trim() !== ''
					? m.summary_next_agree_deadline
					: goal.deadline !== ''
						? m.summary_next_agree_owner
						: m.summary_next_agree_both;
			return { text: agree({ goal: oneLine(goal.statement, untitled) }, options), details: [] };
		})
	];
}
