import { m } from '../../paraglide/messages.js';
import { formatCount, type Locale } from '../locale';
import type { Finding } from '../plan-check/types';
import type { Plan } from '../plan';
import { stepTitle } from '../steps';
import { diffPlans, hasChanges, summarizeChanges } from '../versions';
import { nextStepLines } from './next-steps';
import { changeLines, decisionLines, goalLines, touchedGoals } from './record-lines';
import {
	type RevealedVote,
	type SessionSummary,
	type SummaryLine,
	type SummarySection
} from './types';
import { voteLines } from './vote-lines';

export interface SummaryInput {
	/** The plan as it was when the session started. */
	before: Plan;
	/** The plan now (or when the session ended). */
	after: Plan;
	/** Milliseconds since the epoch. */
	startedAt: number;
	endedAt: number;
	/** Votes revealed during the session, in the order they were revealed. */
	votes: readonly RevealedVote[];
	/** The plan check's findings on `after`, most serious first (domain/plan-check). */
	findings: readonly Finding[];
	/** The time zone the times are written in (the facilitator's). */
	timeZone: string;
	/** The language of the summary's own words; English when not given (pure code never guesses). */
	locale?: Locale;
}

const SEVERITY = {
	error: m.report_severity_error,
	warning: m.report_severity_warning,
	info: m.report_severity_info
} as const;

/**
 * The summary of one session. Everyone who gets it was in the room, so it is the full edition:
 * items marked internal are kept out of the public PDF for sponsors, not out of the team's own
 * record of its day.
 */
export function buildSessionSummary(input: SummaryInput): SessionSummary {
	const locale = input.locale ?? 'en';
	const options = { locale };
	const changes = diffPlans(input.before, input.after, { locale });
	const votes = voteLines(input.votes, input.before, input.after, locale);
	const nothingDecided = !hasChanges(changes) && votes.length === 0;
	const section = (id: SummarySection['id'], heading: string, lines: SummaryLine[]) =>
		lines.length > 0 ? [{ id, heading, lines }] : [];
	const findings: SummaryLine[] = input.findings.map((finding) => ({
		text: m.summary_finding(
			{ severity: SEVERITY[finding.severity]({}, options), message: finding.message },
			options
		),
		details: [m.summary_fixed_in({ step: stepTitle(finding.step, locale) }, options)]
	}));
	const sections: SummarySection[] = [
		...section('decisions', m.summary_decisions({}, options), decisionLines(changes, locale)),
		...section('votes', m.summary_votes({}, options), votes),
		...section('goals', m.summary_goals({}, options), goalLines(changes, locale)),
		...section('changes', m.summary_changes({}, options), changeLines(changes, locale)),
		...section('findings', m.summary_findings({}, options), findings),
		...section('next', m.summary_next({}, options), nextStepLines(touchedGoals(changes), locale))
	];
	const counts = hasChanges(changes) ? summarizeChanges(changes, locale) : '';
	const voted =
		votes.length > 0
			? m.summary_votes_revealed(
					{ count: votes.length, countText: formatCount(votes.length, locale) },
					options
				)
			: '';
	return {
		locale,
		workshop: input.after.meta.title.trim(),
		organisation: input.after.meta.organisation.trim(),
		when: sessionTime(input.startedAt, input.endedAt, input.timeZone, locale),
		nothingDecided,
		headline: nothingDecided
			? m.summary_nothing_decided({}, options)
			: `${[counts, voted].filter(Boolean).join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
		sections
	};
}

/**
 * "Sunday 6 December 2026, 09:00–12:30 UTC" (English as written in Britain, other languages as
 * they write dates); a session over midnight names both days.
 */
export function sessionTime(
	startedAt: number,
	endedAt: number,
	timeZone: string,
	locale: Locale = 'en'
): string {
	const tag = locale === 'en' ? 'en-GB' : locale;
	const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone });
	const time = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone });
	const zone =
		new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'short' })
			.formatToParts(startedAt)
			.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
	const end = Math.max(startedAt, endedAt);
	const sameDay = day.format(startedAt) === day.format(end);
	const start = time.format(startedAt);
	return sameDay
		? m.summary_when_same_day(
				{ day: day.format(startedAt), start, end: time.format(end), zone },
				{ locale }
			)
		: m.summary_when_two_days(
				{ day: day.format(startedAt), start, endDay: day.format(end), end: time.format(end), zone },
				{ locale }
			);
}
