import { quadrantLabel, quadrantOf, type Quadrant } from '../../quadrant';
import type { Stakeholder } from '../../plan';
import { salienceClassIn, salienceOf } from '../../salience';
import { labelIn } from '../../vocabulary';
import type { SectionContext } from '../context';
import { DASH, filledFields, named, nothingYet } from '../format';
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
				? 'None'
				: salienceClassIn(salienceOf(s), ctx.locale).label;

	const profiles = stakeholders
		.map((s) => ({
			title: named(s.name, 'Unnamed stakeholder'),
			subtitle: [group(s), quadrant(s), sentiment(s)].filter((part) => part !== DASH).join(' · '),
			fields: filledFields([
				{ label: 'Interests', value: s.interests },
				{ label: 'Concerns', value: s.concerns },
				{ label: 'Hopes', value: s.hopes },
				{ label: 'Where they are online', value: s.online },
				{ label: 'The relationship they want', value: s.relationship },
				{ label: 'How we engage', value: s.engagement },
				{ label: 'Notes', value: s.notes }
			])
		}))
		.filter((profile) => profile.fields.length > 0);

	return [
		{
			type: 'map',
			map: 'stakeholders',
			title: 'Stakeholder map',
			caption:
				'Influence (up) by interest (right). Dot size shows reach, colour shows sentiment towards us.'
		},
		{ type: 'heading', level: 2, text: 'Stakeholders and how we engage' },
		table(
			[
				{ title: 'Stakeholder', weight: 3 },
				{ title: 'Group', weight: 2 },
				{ title: 'Quadrant', weight: 2 },
				{ title: 'Sentiment', weight: 2 },
				{ title: 'Salience', weight: 2 },
				{ title: 'How we engage', weight: 5 }
			],
			stakeholders.map((s) => [
				named(s.name, 'Unnamed stakeholder'),
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
			title: 'Salience',
			caption:
				'Power, legitimacy and urgency: the more of them a stakeholder has, the more attention their claim needs.'
		},
		{ type: 'heading', level: 2, text: 'Profiles' },
		profiles.length > 0
			? { type: 'records', items: profiles }
			: { type: 'empty', text: nothingYet(ctx.locale) }
	];
}
