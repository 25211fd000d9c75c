import { m } from '../../../paraglide/messages.js';
import { inSentence, type Locale } from '../../locale';
import { stepTitle, type StepId } from '../../steps';
import { labelIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { DASH, formatDeadline, named, orDash, sayIn } from '../format';
import { table } from '../table';
import type { Block } from '../types';
import { committedHours, responseTime } from './commitment';
import { goalCell } from './goals';
import { byAttention, shownQuadrant } from './stakeholders';
import { findingsSummary, reportFindings } from './review';

/** Long lists are cut in the summary: it is read in two minutes, the steps hold the rest. */
export const SUMMARY_LIMIT = 10;

function more(total: number, shown: number, where: StepId, locale: Locale): Block[] {
	if (total <= shown) return [];
	const text = m.report_and_more(
		{ count: total - shown, where: stepTitle(where, locale) },
		{ locale }
	);
	return [{ type: 'paragraph', tone: 'muted', text }];
}

/** The strategy on one or two pages, for the reader who reads nothing else. */
export function summaryBlocks(ctx: SectionContext): Block[] {
	const { plan, locale } = ctx;
	const say = sayIn(locale);
	const statement = plan.purpose.statement.trim();
	const knownFor = plan.purpose.knownFor.trim();

	const closely = byAttention(ctx).filter((s) => shownQuadrant(ctx, s) === 'manage-closely');
	const focus = plan.platforms.filter((p) => p.decision === 'focus');
	const goals = plan.goals;
	const hours = committedHours(ctx);
	const response = responseTime(plan.commitment.responseTimeHours, locale);

	const describe = (s: (typeof closely)[number]) => {
		const parts = [
			ctx.hidden('stakeholders', s.id, 'group') ? '' : labelIn('groups', s.group, ctx.locale),
			ctx.hidden('stakeholders', s.id, 'sentiment')
				? ''
				: inSentence(labelIn('sentiments', s.sentiment, ctx.locale), ctx.locale)
		].filter((part) => part !== '');
		const name = named(s.name, say(m.report_unnamed_stakeholder));
		return parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
	};

	const blocks: Block[] = [
		statement
			? { type: 'paragraph', tone: 'lead', text: statement }
			: { type: 'empty', text: say(m.report_no_purpose_yet) }
	];
	if (knownFor)
		blocks.push({
			type: 'fields',
			items: [{ label: say(m.report_field_we_want_known_for), value: knownFor }]
		});

	blocks.push({ type: 'heading', level: 2, text: say(m.report_heading_manage_closely) });
	if (closely.length > 0) {
		blocks.push({ type: 'list', items: closely.slice(0, SUMMARY_LIMIT).map(describe) });
		blocks.push(...more(closely.length, SUMMARY_LIMIT, 'stakeholders', locale));
	} else {
		blocks.push({ type: 'empty', text: say(m.report_no_closely_yet) });
	}

	blocks.push({ type: 'heading', level: 2, text: say(m.report_heading_focus_platforms) });
	if (focus.length > 0) {
		blocks.push({
			type: 'list',
			items: focus.slice(0, SUMMARY_LIMIT).map((p) => {
				const name = named(p.name, say(m.report_unnamed_platform));
				return p.reason.trim() ? `${name}: ${p.reason.trim()}` : name;
			})
		});
		blocks.push(...more(focus.length, SUMMARY_LIMIT, 'platforms', locale));
	} else {
		blocks.push({ type: 'empty', text: say(m.report_no_focus_yet) });
	}

	blocks.push({ type: 'heading', level: 2, text: say(m.report_heading_goals_glance) });
	if (goals.length > 0) {
		blocks.push(
			table(
				[
					{ title: say(m.plan_field_goal), weight: 6 },
					{ title: say(m.plan_field_target), weight: 2 },
					{ title: say(m.plan_field_deadline), weight: 2 },
					{ title: say(m.plan_field_owner), weight: 2 }
				],
				goals
					.slice(0, SUMMARY_LIMIT)
					.map((goal) => [
						goalCell(ctx, goal),
						orDash(goal.target),
						formatDeadline(goal.deadline, locale) || DASH,
						orDash(goal.owner)
					])
			)
		);
		blocks.push(...more(goals.length, SUMMARY_LIMIT, 'goals', locale));
	} else {
		blocks.push({ type: 'empty', text: say(m.report_no_goals_yet) });
	}

	blocks.push({ type: 'heading', level: 2, text: say(m.report_heading_commitment) });
	blocks.push({
		type: 'list',
		items: [
			hours > 0
				? m.report_hours_committed(
						{ hours: m.report_hours({ count: hours }, { locale }) },
						{ locale }
					)
				: say(m.report_no_hours_yet),
			response
				? m.report_our_response_time({ response }, { locale })
				: say(m.report_no_response_time_yet),
			findingsSummary(reportFindings(ctx), locale)
		]
	});
	return blocks;
}
