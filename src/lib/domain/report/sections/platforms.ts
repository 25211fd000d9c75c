import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../locale';
import { MIDLINE } from '../../quadrant';
import type { Platform } from '../../plan';
import { DECISIONS, keysOf, labelIn, type Decision } from '../../vocabulary';
import type { SectionContext } from '../context';
import { count, DASH, filledFields, named, nothingYet } from '../format';
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
	const keyPeople = new Set(
		plan.stakeholders
			.filter((s) => s.influence >= MIDLINE && !ctx.hidden('stakeholders', s.id, 'influence'))
			.map((s) => s.id)
	);
	const presentOn = (platform: Platform) => {
		const here = plan.presence.filter((link) => link.platformId === platform.id);
		if (here.length === 0) return 'Nobody yet';
		const key = here.filter((link) => keyPeople.has(link.stakeholderId)).length;
		return `${count(here.length, 'stakeholder')}, ${key} with high influence`;
	};
	const score = (p: Platform, field: 'fit' | 'effort') =>
		hidden(p, field) ? DASH : `${p[field]} of 5`;
	const platforms = byDecision(plan.platforms);
	const details = platforms
		.map((p) => ({
			title: named(p.name, 'Unnamed platform'),
			subtitle: [
				hidden(p, 'kind') ? '' : labelIn('platformKinds', p.kind, ctx.locale),
				hidden(p, 'decision') ? '' : decisionLabel(p.decision, ctx.locale)
			]
				.filter((part) => part !== '')
				.join(' · '),
			fields: filledFields([
				{ label: 'Why', value: p.reason },
				{ label: 'Community norms', value: p.norms },
				{ label: 'Owner', value: p.owner },
				{ label: 'Faces', value: p.faces }
			])
		}))
		.filter((detail) => detail.fields.length > 0);

	return [
		{
			type: 'map',
			map: 'platforms',
			title: 'Platform map',
			caption:
				'Which stakeholders are present on which platform; thicker links mean more active presence.'
		},
		{ type: 'heading', level: 2, text: 'Decisions' },
		table(
			[
				{ title: 'Platform', weight: 3 },
				{ title: 'Decision', weight: 2 },
				{ title: 'Why', weight: 5 },
				{ title: 'Fit / effort', weight: 2 },
				{ title: 'Who is there', weight: 3 }
			],
			platforms.map((p) => [
				{
					text: named(p.name, 'Unnamed platform'),
					detail: hidden(p, 'kind') ? '' : labelIn('platformKinds', p.kind, ctx.locale)
				},
				hidden(p, 'decision') ? DASH : decisionLabel(p.decision, ctx.locale),
				p.reason.trim() || DASH,
				{ text: `Fit ${score(p, 'fit')}`, detail: `Effort ${score(p, 'effort')}` },
				presentOn(p)
			])
		),
		{
			type: 'map',
			map: 'fit-effort',
			title: 'Fit and effort',
			caption: 'Fit with our purpose and the community’s norms against the effort a platform asks.'
		},
		{ type: 'heading', level: 2, text: 'Each platform: reasons, norms and faces' },
		details.length > 0
			? { type: 'records', items: details }
			: { type: 'empty', text: nothingYet(ctx.locale) }
	];
}
