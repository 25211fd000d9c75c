import { maturityResults } from '../maturity';
import { MIDLINE } from '../quadrant';
import { validateGoal } from '../validation';
import { MATURITY_DIMENSIONS } from '../vocabulary';
import type { CheckedPlan, Finding, Rule } from './types';

/** A focus platform asks for regular, personal presence: about this many hours a week each. */
export const HOURS_PER_FOCUS_PLATFORM = 3;

const named = (name: string, fallback: string) => (name.trim() ? `“${name.trim()}”` : fallback);
const isHighInfluence = (s: { influence: number }) => s.influence >= MIDLINE;

export const focusWithoutKeyStakeholders: Rule = {
	id: 'focus-without-key-stakeholders',
	severity: 'warning',
	title: 'An outpost, not a home',
	check(plan) {
		const key = new Set(plan.stakeholders.filter(isHighInfluence).map((s) => s.id));
		return plan.platforms
			.filter((platform) => platform.decision === 'focus')
			.filter(
				(platform) =>
					!plan.presence.some((p) => p.platformId === platform.id && key.has(p.stakeholderId))
			)
			.map((platform) => ({
				rule: this.id,
				severity: this.severity,
				message: `${named(platform.name, 'A focus platform')} is a focus, but none of the high-influence stakeholders is present there.`,
				why: 'An outpost, not a home: effort goes where the people who matter already are. Mark who is present there, or reconsider the decision.',
				step: 'platforms',
				record: { kind: 'platforms', id: platform.id }
			}));
	}
};

export const goalNotMeasurable: Rule = {
	id: 'goal-not-measurable',
	severity: 'warning',
	title: 'A goal that cannot be measured',
	check(plan) {
		return plan.goals.flatMap((goal) => {
			const missing = validateGoal(goal)
				.map((error) => error.field)
				.filter((field) => field !== 'statement');
			if (missing.length === 0) return [];
			return [
				{
					rule: this.id,
					severity: this.severity,
					message: `${named(goal.statement, 'A goal')} has no ${missing.join(', ')}.`,
					why: 'Without a metric, target, deadline and owner nobody can tell, in six months, whether it worked.',
					step: 'goals',
					record: { kind: 'goals', id: goal.id }
				}
			];
		});
	}
};

const CONVERSATION_GOALS = new Set(['listening', 'relationship', 'reputation']);

export const loudspeakerPlan: Rule = {
	id: 'loudspeaker-plan',
	severity: 'warning',
	title: 'A loudspeaker plan',
	check(plan) {
		if (plan.goals.length === 0 || plan.goals.some((goal) => CONVERSATION_GOALS.has(goal.kind)))
			return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: 'No goal is about listening, relationships or reputation: only reach.',
				why: 'A loudspeaker plan: social media is a conversation. Add at least one goal about listening, relationships or reputation.',
				step: 'goals'
			}
		];
	}
};

export const noGoals: Rule = {
	id: 'no-goals',
	severity: 'info',
	title: 'No goals yet',
	check(plan) {
		if (plan.goals.length > 0) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: 'The plan has no goals yet.',
				why: 'Goals turn decisions into commitments a sponsor can follow up.',
				step: 'goals'
			}
		];
	}
};

export const facelessPresence: Rule = {
	id: 'faceless-presence',
	severity: 'warning',
	title: 'A presence with nobody behind it',
	check(plan) {
		return plan.platforms
			.filter((platform) => platform.decision === 'focus' || platform.decision === 'maintain')
			.filter((platform) => platform.faces.trim() === '' && platform.owner.trim() === '')
			.map((platform) => ({
				rule: this.id,
				severity: this.severity,
				message: `${named(platform.name, 'A platform')} has no named person behind it.`,
				why: 'People talk to people: name the recognisable faces who answer there, not a logo.',
				step: 'commitment',
				record: { kind: 'platforms', id: platform.id }
			}));
	}
};

export const noResponseTime: Rule = {
	id: 'no-response-time',
	severity: 'warning',
	title: 'No response time',
	check(plan) {
		if (plan.commitment.responseTimeHours !== null) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: 'No target response time is defined.',
				why: 'People who ask a question expect an answer: say how fast, so the team can plan for it.',
				step: 'commitment'
			}
		];
	}
};

const committedHours = (plan: CheckedPlan) =>
	plan.team.reduce((sum, member) => sum + (member.hoursPerWeek ?? 0), 0);

export const noHours: Rule = {
	id: 'no-hours',
	severity: 'error',
	title: 'Nobody has time for this',
	check(plan) {
		const active = plan.platforms.some((p) => p.decision === 'focus' || p.decision === 'maintain');
		if (!active || committedHours(plan) > 0) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: 'Platforms are kept, but nobody has committed any hours per week.',
				why: 'A presence nobody has time for becomes an abandoned page. Agree who gives how many hours.',
				step: 'commitment'
			}
		];
	}
};

export const tooManyFocusPlatforms: Rule = {
	id: 'too-many-focus-platforms',
	severity: 'warning',
	title: 'More focus than time',
	check(plan) {
		const hours = committedHours(plan);
		const focus = plan.platforms.filter((p) => p.decision === 'focus').length;
		if (hours === 0 || focus * HOURS_PER_FOCUS_PLATFORM <= hours) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: `${focus} focus platform${focus === 1 ? '' : 's'} for ${hours} hour${hours === 1 ? '' : 's'} a week: more than the committed time can carry.`,
				why: `A focus platform needs about ${HOURS_PER_FOCUS_PLATFORM} hours a week of real presence. Commit more time or focus on fewer platforms.`,
				step: 'platforms'
			}
		];
	}
};

export const nobodyDaily: Rule = {
	id: 'nobody-uses-social-daily',
	severity: 'warning',
	title: 'Nobody here lives on social media',
	check(plan) {
		if (plan.team.length === 0 || plan.team.some((member) => member.usesSocialDaily)) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: 'Nobody on the team uses social media daily.',
				why: 'The people who already converse online know the norms of each community first-hand: bring them in.',
				step: 'purpose'
			}
		];
	}
};

export const hostileUnengaged: Rule = {
	id: 'hostile-stakeholder-unengaged',
	severity: 'warning',
	title: 'A critic with no plan',
	check(plan) {
		const linked = new Set(plan.goals.flatMap((goal) => goal.stakeholderIds));
		return plan.stakeholders
			.filter((s) => isHighInfluence(s) && s.sentiment < 0)
			.filter((s) => !linked.has(s.id) && s.engagement.trim() === '')
			.map((s) => ({
				rule: this.id,
				severity: this.severity,
				message: `${named(s.name, 'A stakeholder')} has high influence, a negative view of us, and no plan to engage.`,
				why: 'Detractors with influence shape what others hear about us. Say how you will work with them, or tie a goal to them.',
				step: 'stakeholders',
				record: { kind: 'stakeholders', id: s.id }
			}));
	}
};

export const undiscussedDisagreement: Rule = {
	id: 'undiscussed-disagreement',
	severity: 'info',
	title: 'Disagreement not discussed',
	check(plan) {
		return maturityResults(plan.ratings)
			.filter((result) => result.disagreement && plan.maturityNotes[result.dimension].trim() === '')
			.map((result) => ({
				rule: this.id,
				severity: this.severity,
				message: `The team disagreed widely on ${MATURITY_DIMENSIONS[result.dimension].label.toLowerCase()} (${result.min} to ${result.max}), and nothing was noted about it.`,
				why: 'A wide spread means people see the team differently: that conversation is worth more than the average.',
				step: 'maturity'
			}));
	}
};

/** Every rule, in the order findings are shown within a severity. */
export const RULES: readonly Rule[] = [
	noHours,
	focusWithoutKeyStakeholders,
	tooManyFocusPlatforms,
	goalNotMeasurable,
	loudspeakerPlan,
	facelessPresence,
	noResponseTime,
	nobodyDaily,
	hostileUnengaged,
	undiscussedDisagreement,
	noGoals
];

export type { Finding };
