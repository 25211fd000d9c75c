import { m } from '../../../paraglide/messages.js';
import type { SectionContext } from '../context';
import { DASH, filledFields, named, nothingYet, sayIn } from '../format';
import { table } from '../table';
import type { Block } from '../types';

/** Step 1: why the organisation is on social media, what frames how it speaks, who decided. */
export function purposeBlocks(ctx: SectionContext): Block[] {
	const { purpose, values } = ctx.plan;
	const say = sayIn(ctx.locale);
	const fields = filledFields([
		{ label: say(m.report_field_our_purpose), value: purpose.statement },
		{ label: say(m.plan_field_known_for), value: purpose.knownFor }
	]);
	const valueTexts = values.map((value) => value.text.trim()).filter((text) => text !== '');
	return [
		{ type: 'heading', level: 2, text: say(m.report_heading_purpose) },
		fields.length > 0
			? { type: 'fields', items: fields }
			: { type: 'empty', text: nothingYet(ctx.locale) },
		{ type: 'heading', level: 2, text: say(m.report_heading_values) },
		valueTexts.length > 0
			? { type: 'list', items: valueTexts }
			: { type: 'empty', text: nothingYet(ctx.locale) },
		{ type: 'heading', level: 2, text: say(m.report_heading_who_in_room) },
		...teamBlocks(ctx)
	];
}

function teamBlocks(ctx: SectionContext): Block[] {
	const { team } = ctx.plan;
	if (team.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	const daily = team.filter((member) => member.usesSocialDaily).length;
	const hours = team.reduce((sum, member) => sum + (member.hoursPerWeek ?? 0), 0);
	const hidden = (id: string, field: string) => ctx.hidden('team', id, field);
	const { locale } = ctx;
	const say = sayIn(locale);
	const people = m.report_people({ count: team.length }, { locale });
	return [
		{
			type: 'paragraph',
			text: [
				m.report_team_took_part({ people }, { locale }),
				daily === 0
					? say(m.report_team_daily_none)
					: m.report_team_daily({ count: daily }, { locale }),
				m.report_team_together({ hours: m.report_hours({ count: hours }, { locale }) }, { locale })
			].join(' ')
		},
		table(
			[
				{ title: say(m.plan_field_name), weight: 3 },
				{ title: say(m.plan_field_role), weight: 3 },
				{ title: say(m.plan_field_uses_social_daily), weight: 2 },
				{ title: say(m.plan_field_hours_a_week), weight: 2 }
			],
			team.map((member) => [
				named(member.name, say(m.report_unnamed)),
				member.role.trim() || DASH,
				hidden(member.id, 'usesSocialDaily')
					? DASH
					: say(member.usesSocialDaily ? m.report_yes : m.report_no),
				member.hoursPerWeek === null ? DASH : String(member.hoursPerWeek)
			])
		)
	];
}
