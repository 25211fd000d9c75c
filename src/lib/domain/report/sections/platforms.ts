import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../locale';
import { MIDLINE } from '../../quadrant';
import type { Platform } from '../../plan';
import { DECISIONS, keysOf, labelIn, type Decision } from '../../vocabulary';
import type { SectionContext } from '../context';
import { DASH, filledFields, named, nothingYet, sayIn } from '../format';
import { table } from '../table';
import type { Block } from '../types';

const DECISION_ORDER: (Decision | null)[] = [...keysOf(DECISIONS), null];

/** Focus first, undecided last: the order a sponsor wants to read decisions in. */
export function byDecision(platforms: readonly Platform[]): Platform[] {
	return [...platforms].sort(
		(a, b) => DECISION_ORDER.indexOf(a.decision) - DECISION_ORDER.indexOf(b.decision)
	);
}

/** A platform's decision in words; English unless a locale is given (today's summary is). */
export function decisionLabel(decision: Decision | null, locale: Locale = 'en'): string {
	return decision === null
		? m.report_undecided({}, { locale })
		: labelIn('decisions', decision, locale);
}

/** Step 5: where we will be, where we will only listen, and why. */
export function platformBlocks(ctx: SectionContext): Block[] {
	const { plan } = ctx;
	if (plan.platforms.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	const hidden = (p: Platform, field: string) => ctx.hidden('platforms', p.id, field);
	const { locale } = ctx;
	const say = sayIn(locale);
	const unnamed = say(m.report_unnamed_platform);
	const keyPeople = new Set(
		plan.stakeholders
			.filter((s) => s.influence >= MIDLINE && !ctx.hidden('stakeholders', s.id, 'influence'))
			.map((s) => s.id)
	);
	const presentOn = (platform: Platform) => {
		const here = plan.presence.filter((link) => link.platformId === platform.id);
		if (here.length === 0) return say(m.report_nobody_yet);
		const key = here.filter((link) => keyPeople.has(link.stakeholderId)).length;
		return m.report_present_on({ count: here.length, key }, { locale });
	};
	const score = (p: Platform, field: 'fit' | 'effort') =>
		hidden(p, field) ? DASH : m.report_out_of_five({ score: p[field] }, { locale });
	const platforms = byDecision(plan.platforms);
	const details = platforms
		.map((p) => ({
			title: named(p.name, unnamed),
			subtitle: [
				hidden(p, 'kind') ? '' : labelIn('platformKinds', p.kind, ctx.locale),
				hidden(p, 'decision') ? '' : decisionLabel(p.decision, ctx.locale)
			]
				.filter((part) => part !== '')
				.join(' · '),
			fields: filledFields([
				{ label: say(m.report_col_why), value: p.reason },
				{ label: say(m.report_field_community_norms), value: p.norms },
				{ label: say(m.plan_field_owner), value: p.owner },
				{ label: say(m.plan_field_faces), value: p.faces }
			])
		}))
		.filter((detail) => detail.fields.length > 0);

	return [
		{
			type: 'map',
			map: 'platforms',
			title: say(m.report_map_platforms),
			caption: say(m.report_map_platforms_caption)
		},
		{ type: 'heading', level: 2, text: say(m.report_heading_decisions) },
		table(
			[
				{ title: say(m.report_col_platform), weight: 3 },
				{ title: say(m.plan_field_decision), weight: 2 },
				{ title: say(m.report_col_why), weight: 5 },
				{ title: say(m.report_col_fit_effort), weight: 2 },
				{ title: say(m.report_col_who_is_there), weight: 3 }
			],
			platforms.map((p) => [
				{
					text: named(p.name, unnamed),
					detail: hidden(p, 'kind') ? '' : labelIn('platformKinds', p.kind, ctx.locale)
				},
				hidden(p, 'decision') ? DASH : decisionLabel(p.decision, ctx.locale),
				p.reason.trim() || DASH,
				{
					text: m.report_fit_score({ score: score(p, 'fit') }, { locale }),
					detail: m.report_effort_score({ score: score(p, 'effort') }, { locale })
				},
				presentOn(p)
			])
		),
		{
			type: 'map',
			map: 'fit-effort',
			title: say(m.report_map_fit_effort),
			caption: say(m.report_map_fit_effort_caption)
		},
		{ type: 'heading', level: 2, text: say(m.report_heading_each_platform) },
		details.length > 0
			? { type: 'records', items: details }
			: { type: 'empty', text: nothingYet(ctx.locale) }
	];
}
