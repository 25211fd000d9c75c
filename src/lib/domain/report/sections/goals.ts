import type { Goal } from '../../plan';
import { labelIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { shorten } from '../../text';
import { DASH, filledFields, formatDeadline, named, nothingYet, orDash } from '../format';
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
	const kind = ctx.hidden('goals', goal.id, 'kind')
		? ''
		: labelIn('goalKinds', goal.kind, ctx.locale);
	return [
		kind,
		who.length ? `With ${who.join(', ')}` : '',
		where.length ? `On ${where.join(', ')}` : ''
	]
		.filter((part) => part !== '')
		.join(' · ');
}

export function goalCell(ctx: SectionContext, goal: Goal): Cell {
	return { text: named(goal.statement, 'Unnamed goal'), detail: goalLinks(ctx, goal) };
}

/** Step 6: what we will measure, from where to where, by when, and who answers for it. */
export function goalBlocks(ctx: SectionContext): Block[] {
	const { goals } = ctx.plan;
	if (goals.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
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
					{ type: 'heading', level: 2, text: 'Goals in full' },
					{
						type: 'records',
						items: clipped.map((goal) => ({
							title: shorten(named(goal.statement, 'Unnamed goal'), 120, { trim: 'spaces' }),
							subtitle: ctx.hidden('goals', goal.id, 'kind')
								? ''
								: labelIn('goalKinds', goal.kind, ctx.locale),
							fields: filledFields([
								{ label: 'Goal', value: goal.statement },
								{ label: 'Metric', value: goal.metric },
								{ label: 'Baseline', value: goal.baseline },
								{ label: 'Target', value: goal.target },
								{ label: 'Owner', value: goal.owner },
								{ label: 'With', value: linkedNames(ctx, goal).who.join(', ') },
								{ label: 'On', value: linkedNames(ctx, goal).where.join(', ') }
							])
						}))
					}
				];
	return [
		table(
			[
				{ title: 'Goal', weight: 6 },
				{ title: 'Metric', weight: 3 },
				{ title: 'Baseline', weight: 2 },
				{ title: 'Target', weight: 2 },
				{ title: 'Deadline', weight: 2 },
				{ title: 'Owner', weight: 2 }
			],
			goals.map((goal) => [
				goalCell(ctx, goal),
				orDash(goal.metric),
				orDash(goal.baseline),
				orDash(goal.target),
				formatDeadline(goal.deadline) || DASH,
				orDash(goal.owner)
			])
		),
		...details
	];
}
