import type { SectionContext } from '../context';
import { count, DASH, filledFields, named, nothingYet } from '../format';
import { table } from '../table';
import type { Block } from '../types';

/** Step 1: why the organisation is on social media, what frames how it speaks, who decided. */
export function purposeBlocks(ctx: SectionContext): Block[] {
	const { purpose, values } = ctx.plan;
	const fields = filledFields([
		{ label: 'Our purpose', value: purpose.statement },
		{ label: 'What we want to be known for', value: purpose.knownFor }
	]);
	const valueTexts = values.map((value) => value.text.trim()).filter((text) => text !== '');
	return [
		{ type: 'heading', level: 2, text: 'Purpose' },
		fields.length > 0
			? { type: 'fields', items: fields }
			: { type: 'empty', text: nothingYet(ctx.locale) },
		{ type: 'heading', level: 2, text: 'Values' },
		valueTexts.length > 0
			? { type: 'list', items: valueTexts }
			: { type: 'empty', text: nothingYet(ctx.locale) },
		{ type: 'heading', level: 2, text: 'Who is in the room' },
		...teamBlocks(ctx)
	];
}

function teamBlocks(ctx: SectionContext): Block[] {
	const { team } = ctx.plan;
	if (team.length === 0) return [{ type: 'empty', text: nothingYet(ctx.locale) }];
	const daily = team.filter((member) => member.usesSocialDaily).length;
	const hours = team.reduce((sum, member) => sum + (member.hoursPerWeek ?? 0), 0);
	const hidden = (id: string, field: string) => ctx.hidden('team', id, field);
	return [
		{
			type: 'paragraph',
			text:
				`${count(team.length, 'person', 'people')} took part; ` +
				`${daily === 0 ? 'none' : daily} of them ${daily === 1 ? 'uses' : 'use'} social media daily. ` +
				`Together they give ${count(hours, 'hour')} a week.`
		},
		table(
			[
				{ title: 'Name', weight: 3 },
				{ title: 'Role', weight: 3 },
				{ title: 'Uses social media daily', weight: 2 },
				{ title: 'Hours a week', weight: 2 }
			],
			team.map((member) => [
				named(member.name, 'Unnamed'),
				member.role.trim() || DASH,
				hidden(member.id, 'usesSocialDaily') ? DASH : member.usesSocialDaily ? 'Yes' : 'No',
				member.hoursPerWeek === null ? DASH : String(member.hoursPerWeek)
			])
		)
	];
}
