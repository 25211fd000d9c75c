import { m } from '../../../paraglide/messages.js';
import { formatList } from '../../locale';
import type { Goal } from '../../plan';
import { labelIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { shorten } from '../../text';
import { DASH, filledFields, formatDeadline, named, nothingYet, orDash, sayIn } from '../format';
import { isClipped, table } from '../table';
import type { Block, Cell } from '../types';

/** The stakeholders a goal is for and the platforms where it plays out, by name. */
function linkedNames(ctx: SectionContext, goal: Goal): { who: string[]; where: string[] } {
	const names = (ids: readonly string[], name: (id: string) => string | null) =>
		ids.map(name).filter((n): n is string => n !== null);
	return {
		who: names(goal.stakeholderIds, ctx.stakeholderName),
		where: names(goal.platformIds, ctx.platformName)
	};
}

/** Who a goal is for and where it plays out, in one quiet line under the goal. */
function goalLinks(ctx: SectionContext, goal: Goal): string {
	const { who, where } = linkedNames(ctx, goal);
	const { locale } = ctx;
	const kind = ctx.hidden('goals', goal.id, 'kind')
		? ''
		: labelIn('goalKinds', goal.kind, ctx.locale);
	return [
		kind,
		who.length ? m.report_goal_with({ names: formatList(who, locale) }, { locale }) : '',
		where.length ? m.report_goal_on({ names: formatList(where, locale) }, { locale }) : ''
	]
		.filter((part) => part !== '')
		.join(' · ');
}

export function goalCell(ctx: SectionContext, goal: Goal): Cell {
	const unnamed = m.report_unnamed_goal({}, { locale: ctx.locale });
	return { text: named(goal.statement, unnamed), detail: goalLinks(ctx, goal) };
}

/** Step 6: what we will measure, from where to where, by when, and who answers for it. */
export function goalBlocks(ctx: SectionContext): Block[] {
	const { goals } = ctx.plan;
	if (goals.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	const { locale } = ctx;
	const say = sayIn(locale);
	const names = (list: string[]) => formatList(list, locale);
	const clipped = goals.filter((goal) =>
		[
			goal.statement,
			goal.metric,
			goal.baseline,
			goal.target,
			goal.owner,
			goalLinks(ctx, goal)
		].some((text) => isClipped(text))
	);
	const details: Block[] =
		clipped.length === 0
			? []
			: [
					{ type: 'heading', level: 2, text: say(m.report_heading_goals_in_full) },
					{
						type: 'records',
						items: clipped.map((goal) => ({
							title: shorten(named(goal.statement, say(m.report_unnamed_goal)), 120, {
								trim: 'spaces'
							}),
							subtitle: ctx.hidden('goals', goal.id, 'kind')
								? ''
								: labelIn('goalKinds', goal.kind, ctx.locale),
							fields: filledFields([
								{ label: say(m.plan_field_goal), value: goal.statement },
								{ label: say(m.plan_field_metric), value: goal.metric },
								{ label: say(m.plan_field_baseline), value: goal.baseline },
								{ label: say(m.plan_field_target), value: goal.target },
								{ label: say(m.plan_field_owner), value: goal.owner },
								{ label: say(m.report_field_with), value: names(linkedNames(ctx, goal).who) },
								{ label: say(m.report_field_on), value: names(linkedNames(ctx, goal).where) }
							])
						}))
					}
				];
	return [
		table(
			[
				{ title: say(m.plan_field_goal), weight: 6 },
				{ title: say(m.plan_field_metric), weight: 3 },
				{ title: say(m.plan_field_baseline), weight: 2 },
				{ title: say(m.plan_field_target), weight: 2 },
				{ title: say(m.plan_field_deadline), weight: 2 },
				{ title: say(m.plan_field_owner), weight: 2 }
			],
			goals.map((goal) => [
				goalCell(ctx, goal),
				orDash(goal.metric),
				orDash(goal.baseline),
				orDash(goal.target),
				formatDeadline(goal.deadline, locale) || DASH,
				orDash(goal.owner)
			])
		),
		...details
	];
}
