import { maturityResults } from '../maturity';
import { MIDLINE } from '../quadrant';
import { validateGoal } from '../validation';
import { formatCount, formatList, inSentence, type Locale } from '../locale';
import { maturityDimensionIn } from '../vocabulary';
import { m } from '../../paraglide/messages.js';
import type { CheckedPlan, Finding, Rule } from './types';

/** A focus platform asks for regular, personal presence: about this many hours a week each. */
export const HOURS_PER_FOCUS_PLATFORM = 3;

/** A record's name in the language's quotation marks, or a phrase such as "A goal". */
const named = (name: string, fallback: string, locale: Locale) =>
	name.trim() ? m.check_quoted({ name: name.trim() }, { locale }) : fallback;

/** A count for a plural message: the number chooses the form, the text is what is shown. */
const counted = (count: number, locale: Locale) => ({
	count,
	countText: formatCount(count, locale)
});

const FIELD_NAMES = {
	metric: m.check_field_metric,
	target: m.check_field_target,
	deadline: m.check_field_deadline,
	owner: m.check_field_owner
} as const;
const isHighInfluence = (s: { influence: number }) => s.influence >= MIDLINE;

export const focusWithoutKeyStakeholders: Rule = {
	id: 'focus-without-key-stakeholders',
	severity: 'warning',
	title: (locale) => m.check_focus_without_key_stakeholders_title({}, { locale }),
	check(plan, locale) {
		const key = new Set(plan.stakeholders.filter(isHighInfluence).map((s) => s.id));
		// One pass over the presence, not one per platform: a big plan has thousands of both.
		const reached = new Set(
			plan.presence.filter((p) => key.has(p.stakeholderId)).map((p) => p.platformId)
		);
		return plan.platforms
			.filter((platform) => platform.decision === 'focus')
			.filter((platform) => !reached.has(platform.id))
			.map((platform) => ({
				rule: this.id,
				severity: this.severity,
				message: m.check_focus_without_key_stakeholders_message(
					{ platform: named(platform.name, m.check_a_focus_platform({}, { locale }), locale) },
					{ locale }
				),
				why: m.check_focus_without_key_stakeholders_why({}, { locale }),
				step: 'platforms',
				record: { kind: 'platforms', id: platform.id }
			}));
	}
};

export const goalNotMeasurable: Rule = {
	id: 'goal-not-measurable',
	severity: 'warning',
	title: (locale) => m.check_goal_not_measurable_title({}, { locale }),
	check(plan, locale) {
		return plan.goals.flatMap((goal) => {
			const missing = validateGoal(goal, locale)
				.map((error) => error.field)
				.filter((field) => field !== 'statement');
			if (missing.length === 0) return [];
			return [
				{
					rule: this.id,
					severity: this.severity,
					message: m.check_goal_not_measurable_message(
						{
							goal: named(goal.statement, m.check_a_goal({}, { locale }), locale),
							missing: formatList(
								missing.map((field) => FIELD_NAMES[field]({}, { locale })),
								locale
							)
						},
						{ locale }
					),
					why: m.check_goal_not_measurable_why({}, { locale }),
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
	title: (locale) => m.check_loudspeaker_plan_title({}, { locale }),
	check(plan, locale) {
		if (plan.goals.length === 0 || plan.goals.some((goal) => CONVERSATION_GOALS.has(goal.kind)))
			return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: m.check_loudspeaker_plan_message({}, { locale }),
				why: m.check_loudspeaker_plan_why({}, { locale }),
				step: 'goals'
			}
		];
	}
};

export const noGoals: Rule = {
	id: 'no-goals',
	severity: 'info',
	title: (locale) => m.check_no_goals_title({}, { locale }),
	check(plan, locale) {
		if (plan.goals.length > 0) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: m.check_no_goals_message({}, { locale }),
				why: m.check_no_goals_why({}, { locale }),
				step: 'goals'
			}
		];
	}
};

export const facelessPresence: Rule = {
	id: 'faceless-presence',
	severity: 'warning',
	title: (locale) => m.check_faceless_presence_title({}, { locale }),
	check(plan, locale) {
		return plan.platforms
			.filter((platform) => platform.decision === 'focus' || platform.decision === 'maintain')
			.filter((platform) => platform.faces.trim() === '' && platform.owner.trim() === '')
			.map((platform) => ({
				rule: this.id,
				severity: this.severity,
				message: m.check_faceless_presence_message(
					{ platform: named(platform.name, m.check_a_platform({}, { locale }), locale) },
					{ locale }
				),
				why: m.check_faceless_presence_why({}, { locale }),
				step: 'commitment',
				record: { kind: 'platforms', id: platform.id }
			}));
	}
};

export const noResponseTime: Rule = {
	id: 'no-response-time',
	severity: 'warning',
	title: (locale) => m.check_no_response_time_title({}, { locale }),
	check(plan, locale) {
		if (plan.commitment.responseTimeHours !== null) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: m.check_no_response_time_message({}, { locale }),
				why: m.check_no_response_time_why({}, { locale }),
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
	title: (locale) => m.check_no_hours_title({}, { locale }),
	check(plan, locale) {
		const active = plan.platforms.some((p) => p.decision === 'focus' || p.decision === 'maintain');
		if (!active || committedHours(plan) > 0) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: m.check_no_hours_message({}, { locale }),
				why: m.check_no_hours_why({}, { locale }),
				step: 'commitment'
			}
		];
	}
};

export const tooManyFocusPlatforms: Rule = {
	id: 'too-many-focus-platforms',
	severity: 'warning',
	title: (locale) => m.check_too_many_focus_platforms_title({}, { locale }),
	check(plan, locale) {
		const hours = committedHours(plan);
		const focus = plan.platforms.filter((p) => p.decision === 'focus').length;
		if (hours === 0 || focus * HOURS_PER_FOCUS_PLATFORM <= hours) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: m.check_too_many_focus_platforms_message(
					{
						platforms: m.check_focus_platform_count(counted(focus, locale), { locale }),
						hours: m.check_hour_count(counted(hours, locale), { locale })
					},
					{ locale }
				),
				why: m.check_too_many_focus_platforms_why(
					{ hours: formatCount(HOURS_PER_FOCUS_PLATFORM, locale) },
					{ locale }
				),
				step: 'platforms'
			}
		];
	}
};

export const nobodyDaily: Rule = {
	id: 'nobody-uses-social-daily',
	severity: 'warning',
	title: (locale) => m.check_nobody_uses_social_daily_title({}, { locale }),
	check(plan, locale) {
		if (plan.team.length === 0 || plan.team.some((member) => member.usesSocialDaily)) return [];
		return [
			{
				rule: this.id,
				severity: this.severity,
				message: m.check_nobody_uses_social_daily_message({}, { locale }),
				why: m.check_nobody_uses_social_daily_why({}, { locale }),
				step: 'purpose'
			}
		];
	}
};

export const hostileUnengaged: Rule = {
	id: 'hostile-stakeholder-unengaged',
	severity: 'warning',
	title: (locale) => m.check_hostile_stakeholder_unengaged_title({}, { locale }),
	check(plan, locale) {
		const linked = new Set(plan.goals.flatMap((goal) => goal.stakeholderIds));
		return plan.stakeholders
			.filter((s) => isHighInfluence(s) && s.sentiment < 0)
			.filter((s) => !linked.has(s.id) && s.engagement.trim() === '')
			.map((s) => ({
				rule: this.id,
				severity: this.severity,
				message: m.check_hostile_stakeholder_unengaged_message(
					{ stakeholder: named(s.name, m.check_a_stakeholder({}, { locale }), locale) },
					{ locale }
				),
				why: m.check_hostile_stakeholder_unengaged_why({}, { locale }),
				step: 'stakeholders',
				record: { kind: 'stakeholders', id: s.id }
			}));
	}
};

export const undiscussedDisagreement: Rule = {
	id: 'undiscussed-disagreement',
	severity: 'info',
	title: (locale) => m.check_undiscussed_disagreement_title({}, { locale }),
	check(plan, locale) {
		return maturityResults(plan.ratings)
			.filter((result) => result.disagreement && plan.maturityNotes[result.dimension].trim() === '')
			.map((result) => ({
				rule: this.id,
				severity: this.severity,
				message: m.check_undiscussed_disagreement_message(
					{
						dimension: inSentence(maturityDimensionIn(result.dimension, locale).label, locale),
						min: formatCount(result.min ?? 0, locale),
						max: formatCount(result.max ?? 0, locale)
					},
					{ locale }
				),
				why: m.check_undiscussed_disagreement_why({}, { locale }),
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
