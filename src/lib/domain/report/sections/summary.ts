import { inSentence } from '../../locale';
import { labelIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { count, DASH, formatDeadline, named, orDash } from '../format';
import { table } from '../table';
import type { Block } from '../types';
import { committedHours, responseTime } from './commitment';
import { goalCell } from './goals';
import { byAttention, shownQuadrant } from './stakeholders';
import { findingsSummary, reportFindings } from './review';

/** Long lists are cut in the summary: it is read in two minutes, the steps hold the rest. */
export const SUMMARY_LIMIT = 10;

function more(total: number, shown: number, where: string): Block[] {
	return total > shown
		? [{ type: 'paragraph', tone: 'muted', text: `And ${total - shown} more: see ${where}.` }]
		: [];
}

/** The strategy on one or two pages, for the reader who reads nothing else. */
export function summaryBlocks(ctx: SectionContext): Block[] {
	const { plan } = ctx;
	const statement = plan.purpose.statement.trim();
	const knownFor = plan.purpose.knownFor.trim();

	const closely = byAttention(ctx).filter((s) => shownQuadrant(ctx, s) === 'manage-closely');
	const focus = plan.platforms.filter((p) => p.decision === 'focus');
	const goals = plan.goals;
	const hours = committedHours(ctx);
	const response = responseTime(plan.commitment.responseTimeHours);

	const describe = (s: (typeof closely)[number]) => {
		const parts = [
			ctx.hidden('stakeholders', s.id, 'group') ? '' : labelIn('groups', s.group, ctx.locale),
			ctx.hidden('stakeholders', s.id, 'sentiment')
				? ''
				: inSentence(labelIn('sentiments', s.sentiment, ctx.locale), ctx.locale)
		].filter((part) => part !== '');
		const name = named(s.name, 'Unnamed stakeholder');
		return parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
	};

	const blocks: Block[] = [
		statement
			? { type: 'paragraph', tone: 'lead', text: statement }
			: { type: 'empty', text: 'No purpose recorded yet.' }
	];
	if (knownFor)
		blocks.push({ type: 'fields', items: [{ label: 'We want to be known for', value: knownFor }] });

	blocks.push({ type: 'heading', level: 2, text: 'Stakeholders we manage closely' });
	if (closely.length > 0) {
		blocks.push({ type: 'list', items: closely.slice(0, SUMMARY_LIMIT).map(describe) });
		blocks.push(...more(closely.length, SUMMARY_LIMIT, 'Audience and stakeholders'));
	} else {
		blocks.push({
			type: 'empty',
			text: 'No stakeholder is in the high-influence, high-interest quadrant yet.'
		});
	}

	blocks.push({ type: 'heading', level: 2, text: 'Focus platforms' });
	if (focus.length > 0) {
		blocks.push({
			type: 'list',
			items: focus.slice(0, SUMMARY_LIMIT).map((p) => {
				const name = named(p.name, 'Unnamed platform');
				return p.reason.trim() ? `${name}: ${p.reason.trim()}` : name;
			})
		});
		blocks.push(...more(focus.length, SUMMARY_LIMIT, 'Platform choice'));
	} else {
		blocks.push({ type: 'empty', text: 'No platform is marked as a focus yet.' });
	}

	blocks.push({ type: 'heading', level: 2, text: 'Goals at a glance' });
	if (goals.length > 0) {
		blocks.push(
			table(
				[
					{ title: 'Goal', weight: 6 },
					{ title: 'Target', weight: 2 },
					{ title: 'Deadline', weight: 2 },
					{ title: 'Owner', weight: 2 }
				],
				goals
					.slice(0, SUMMARY_LIMIT)
					.map((goal) => [
						goalCell(ctx, goal),
						orDash(goal.target),
						formatDeadline(goal.deadline) || DASH,
						orDash(goal.owner)
					])
			)
		);
		blocks.push(...more(goals.length, SUMMARY_LIMIT, 'Goals and measures'));
	} else {
		blocks.push({ type: 'empty', text: 'No goals yet.' });
	}

	blocks.push({ type: 'heading', level: 2, text: 'Commitment' });
	blocks.push({
		type: 'list',
		items: [
			hours > 0 ? `${count(hours, 'hour')} a week committed.` : 'No hours committed yet.',
			response ? `${response}: our response time.` : 'No response time defined yet.',
			findingsSummary(reportFindings(ctx))
		]
	});
	return blocks;
}
