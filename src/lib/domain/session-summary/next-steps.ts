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
export function nextStepLines(goals: readonly Goal[]): SummaryLine[] {
	const ready = goals
		.filter((goal) => goal.owner.trim() !== '' && goal.deadline !== '')
		.sort((a, b) => a.deadline.localeCompare(b.deadline));
	const open = goals.filter((goal) => goal.owner.trim() === '' || goal.deadline === '');
	return [
		...ready.map((goal) => ({
			text: `${oneLine(goal.owner)}: ${oneLine(goal.statement, 'Untitled')}, by ${goal.deadline}`,
			details: []
		})),
		...open.map((goal) => {
			const missing = [
				goal.owner.trim() === '' ? 'an owner' : '',
				goal.deadline === '' ? 'a deadline' : ''
			].filter(Boolean);
			return {
				text: `Agree ${missing.join(' and ')} for the goal: ${oneLine(goal.statement, 'Untitled')}`,
				details: []
			};
		})
	];
}
