import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../locale';
import type { SectionContext } from '../context';
import { DASH, filledFields, named, nothingYet, sayIn } from '../format';
import { table } from '../table';
import type { Block } from '../types';
import { byDecision, decisionLabel } from './platforms';

export function responseTime(hours: number | null, locale: Locale): string {
	if (hours === null) return '';
	const duration =
		hours >= 48 && hours % 24 === 0
			? m.report_days({ count: hours / 24 }, { locale })
			: m.report_hours({ count: hours }, { locale });
	return m.report_within({ duration }, { locale });
}

export function committedHours(ctx: SectionContext): number {
	return ctx.plan.team.reduce((sum, member) => sum + (member.hoursPerWeek ?? 0), 0);
}

/** Step 7: the honest limits: time, money, skills, approval, privacy and how fast we answer. */
export function commitmentBlocks(ctx: SectionContext): Block[] {
	const { commitment, team, platforms } = ctx.plan;
	const givers = team.filter((member) => (member.hoursPerWeek ?? 0) > 0);
	const hours = committedHours(ctx);
	const { locale } = ctx;
	const say = sayIn(locale);
	const hoursText = (n: number) => m.report_hours({ count: n }, { locale });
	const rules = filledFields([
		{
			label: say(m.report_field_response_time),
			value: responseTime(commitment.responseTimeHours, locale)
		},
		{ label: say(m.report_field_response_policy), value: commitment.responsePolicy },
		{ label: say(m.report_field_approval), value: commitment.approvalFlow },
		{ label: say(m.report_field_privacy), value: commitment.privacyRules },
		{ label: say(m.plan_field_budget), value: commitment.budget },
		{ label: say(m.report_field_skills_needed), value: commitment.skills },
		{ label: say(m.plan_field_training), value: commitment.training }
	]);
	const kept = byDecision(platforms).filter(
		(p) => p.decision === 'focus' || p.decision === 'maintain'
	);
	return [
		{ type: 'heading', level: 2, text: say(m.report_heading_time) },
		...(givers.length === 0
			? [{ type: 'empty', text: say(m.report_no_hours_yet) } as const]
			: [
					{
						type: 'paragraph',
						text: m.report_hours_total_given_by(
							{
								hours: hoursText(hours),
								people: m.report_people({ count: givers.length }, { locale })
							},
							{ locale }
						)
					} as const,
					{
						type: 'list',
						items: givers.map((member) => {
							const name = named(member.name, say(m.report_unnamed));
							const role = member.role.trim();
							return m.report_member_hours(
								{
									member: role ? `${name} (${role})` : name,
									hours: hoursText(member.hoursPerWeek ?? 0)
								},
								{ locale }
							);
						})
					} as const
				]),
		{ type: 'heading', level: 2, text: say(m.report_heading_how_we_work) },
		rules.length > 0
			? { type: 'fields', items: rules }
			: { type: 'empty', text: nothingYet(ctx.locale) },
		{ type: 'heading', level: 2, text: say(m.report_heading_faces) },
		kept.length > 0
			? table(
					[
						{ title: say(m.report_col_platform), weight: 3 },
						{ title: say(m.plan_field_decision), weight: 2 },
						{ title: say(m.plan_field_owner), weight: 3 },
						{ title: say(m.plan_field_faces), weight: 5 }
					],
					kept.map((p) => [
						named(p.name, say(m.report_unnamed_platform)),
						decisionLabel(p.decision, ctx.locale),
						p.owner.trim() || DASH,
						p.faces.trim() || DASH
					])
				)
			: { type: 'empty', text: say(m.report_no_platform_kept) }
	];
}
