import { m } from '../../../paraglide/messages.js';
import { quadrantLabel, quadrantOf, type Quadrant } from '../../quadrant';
import type { Stakeholder } from '../../plan';
import { salienceClassIn, salienceOf } from '../../salience';
import { labelIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { DASH, filledFields, named, nothingYet, sayIn } from '../format';
import { table } from '../table';
import type { Block } from '../types';

const QUADRANT_ORDER: Quadrant[] = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'];

/** A stakeholder's quadrant, or null when the edition hides where they sit or nobody placed them. */
export function shownQuadrant(ctx: SectionContext, stakeholder: Stakeholder): Quadrant | null {
	const hidden = (field: string) => ctx.hidden('stakeholders', stakeholder.id, field);
	return hidden('influence') || hidden('interest') ? null : quadrantOf(stakeholder);
}

/** Most demanding quadrant first, so a reader meets the people who matter most first. */
export function byAttention(ctx: SectionContext): Stakeholder[] {
	const rank = (s: Stakeholder) => {
		const quadrant = shownQuadrant(ctx, s);
		return quadrant === null ? QUADRANT_ORDER.length : QUADRANT_ORDER.indexOf(quadrant);
	};
	return [...ctx.plan.stakeholders].sort((a, b) => rank(a) - rank(b));
}

/** Step 3: who matters to us, where they stand, and how we mean to engage with each. */
export function stakeholderBlocks(ctx: SectionContext): Block[] {
	const stakeholders = byAttention(ctx);
	if (stakeholders.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	const say = sayIn(ctx.locale);
	const unnamed = say(m.report_unnamed_stakeholder);
	const hidden = (s: Stakeholder, field: string) => ctx.hidden('stakeholders', s.id, field);
	const sentiment = (s: Stakeholder) =>
		hidden(s, 'sentiment') ? DASH : labelIn('sentiments', s.sentiment, ctx.locale);
	const group = (s: Stakeholder) =>
		hidden(s, 'group') ? DASH : labelIn('groups', s.group, ctx.locale);
	const quadrant = (s: Stakeholder) =>
		hidden(s, 'influence') || hidden(s, 'interest') ? DASH : quadrantLabel(s, ctx.locale);
	const salience = (s: Stakeholder) =>
		hidden(s, 'power') || hidden(s, 'legitimacy') || hidden(s, 'urgency')
			? DASH
			: salienceOf(s) === 'none'
				? say(m.report_salience_none)
				: salienceClassIn(salienceOf(s), ctx.locale).label;

	const profiles = stakeholders
		.map((s) => ({
			title: named(s.name, unnamed),
			subtitle: [group(s), quadrant(s), sentiment(s)].filter((part) => part !== DASH).join(' · '),
			fields: filledFields([
				{ label: say(m.plan_field_interests), value: s.interests },
				{ label: say(m.plan_field_concerns), value: s.concerns },
				{ label: say(m.plan_field_hopes), value: s.hopes },
				{ label: say(m.plan_field_online), value: s.online },
				{ label: say(m.report_field_relationship), value: s.relationship },
				{ label: say(m.plan_field_engagement), value: s.engagement },
				{ label: say(m.plan_field_notes), value: s.notes }
			])
		}))
		.filter((profile) => profile.fields.length > 0);

	return [
		{
			type: 'map',
			map: 'stakeholders',
			title: say(m.report_map_stakeholders),
			caption: say(m.report_map_stakeholders_caption)
		},
		{ type: 'heading', level: 2, text: say(m.report_heading_stakeholders_engage) },
		table(
			[
				{ title: say(m.report_col_stakeholder), weight: 3 },
				{ title: say(m.plan_field_group), weight: 2 },
				{ title: say(m.report_col_quadrant), weight: 2 },
				{ title: say(m.plan_field_sentiment), weight: 2 },
				{ title: say(m.report_col_salience), weight: 2 },
				{ title: say(m.plan_field_engagement), weight: 5 }
			],
			stakeholders.map((s) => [
				named(s.name, unnamed),
				group(s),
				quadrant(s),
				sentiment(s),
				salience(s),
				s.engagement.trim() || DASH
			])
		),
		{
			type: 'map',
			map: 'salience',
			title: say(m.report_map_salience),
			caption: say(m.report_map_salience_caption)
		},
		{ type: 'heading', level: 2, text: say(m.report_heading_profiles) },
		profiles.length > 0
			? { type: 'records', items: profiles }
			: { type: 'empty', text: nothingYet(ctx.locale) }
	];
}
