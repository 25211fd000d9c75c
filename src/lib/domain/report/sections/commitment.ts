import type { SectionContext } from '../context';
import { count, DASH, filledFields, named, nothingYet } from '../format';
import { table } from '../table';
import type { Block } from '../types';
import { byDecision, decisionLabel } from './platforms';

export function responseTime(hours: number | null): string {
	if (hours === null) return '';
	if (hours >= 48 && hours % 24 === 0) return `Within ${count(hours / 24, 'day')}`;
	return `Within ${count(hours, 'hour')}`;
}

export function committedHours(ctx: SectionContext): number {
	return ctx.plan.team.reduce((sum, member) => sum + (member.hoursPerWeek ?? 0), 0);
}

/** Step 7: the honest limits: time, money, skills, approval, privacy and how fast we answer. */
export function commitmentBlocks(ctx: SectionContext): Block[] {
	const { commitment, team, platforms } = ctx.plan;
	const givers = team.filter((member) => (member.hoursPerWeek ?? 0) > 0);
	const hours = committedHours(ctx);
	const rules = filledFields([
		{ label: 'Response time', value: responseTime(commitment.responseTimeHours) },
		{ label: 'How we respond, thank and work with critics', value: commitment.responsePolicy },
		{ label: 'Approval', value: commitment.approvalFlow },
		{ label: 'Privacy: what we never post', value: commitment.privacyRules },
		{ label: 'Budget', value: commitment.budget },
		{ label: 'Skills we need', value: commitment.skills },
		{ label: 'Training', value: commitment.training }
	]);
	const kept = byDecision(platforms).filter(
		(p) => p.decision === 'focus' || p.decision === 'maintain'
	);
	return [
		{ type: 'heading', level: 2, text: 'Time' },
		...(givers.length === 0
			? [{ type: 'empty', text: 'No hours committed yet.' } as const]
			: [
					{
						type: 'paragraph',
						text: `${count(hours, 'hour')} a week in total, given by ${count(givers.length, 'person', 'people')}.`
					} as const,
					{
						type: 'list',
						items: givers.map(
							(member) =>
								`${named(member.name, 'Unnamed')}${member.role.trim() ? ` (${member.role.trim()})` : ''}: ${count(member.hoursPerWeek ?? 0, 'hour')} a week`
						)
					} as const
				]),
		{ type: 'heading', level: 2, text: 'How we work' },
		rules.length > 0
			? { type: 'fields', items: rules }
			: { type: 'empty', text: nothingYet(ctx.locale) },
		{ type: 'heading', level: 2, text: 'The faces of each presence' },
		kept.length > 0
			? table(
					[
						{ title: 'Platform', weight: 3 },
						{ title: 'Decision', weight: 2 },
						{ title: 'Owner', weight: 3 },
						{ title: 'Faces', weight: 5 }
					],
					kept.map((p) => [
						named(p.name, 'Unnamed platform'),
						decisionLabel(p.decision, ctx.locale),
						p.owner.trim() || DASH,
						p.faces.trim() || DASH
					])
				)
			: { type: 'empty', text: 'No platform is kept yet.' }
	];
}
