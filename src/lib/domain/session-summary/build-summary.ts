import type { Finding } from '../plan-check/types';
import type { Plan } from '../plan';
import { stepById } from '../steps';
import { diffPlans, hasChanges, summarizeChanges } from '../versions';
import { nextStepLines } from './next-steps';
import { changeLines, decisionLines, goalLines, touchedGoals } from './record-lines';
import {
	NOTHING_DECIDED,
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
}

/**
 * The summary of one session. Everyone who gets it was in the room, so it is the full edition:
 * items marked internal are kept out of the public PDF for sponsors, not out of the team's own
 * record of its day.
 */
export function buildSessionSummary(input: SummaryInput): SessionSummary {
	const changes = diffPlans(input.before, input.after);
	const votes = voteLines(input.votes, input.before, input.after);
	const nothingDecided = !hasChanges(changes) && votes.length === 0;
	const section = (id: SummarySection['id'], heading: string, lines: SummaryLine[]) =>
		lines.length > 0 ? [{ id, heading, lines }] : [];
	const findings: SummaryLine[] = input.findings.map((finding) => ({
		text: `${finding.severity === 'error' ? 'Problem' : finding.severity === 'warning' ? 'Weak spot' : 'Worth a look'}: ${finding.message}`,
		details: [`Fixed in: ${stepById(finding.step).title}`]
	}));
	const sections: SummarySection[] = [
		...section('decisions', 'Decisions', decisionLines(changes)),
		...section('votes', 'Vote results', votes),
		...section('goals', 'Goals, owners and deadlines', goalLines(changes)),
		...section('changes', 'Other changes', changeLines(changes)),
		...section('findings', 'Open plan-check findings', findings),
		...section('next', 'Next steps', nextStepLines(touchedGoals(changes)))
	];
	const counts = hasChanges(changes) ? summarizeChanges(changes) : '';
	const voted =
		votes.length > 0 ? `${votes.length} ${votes.length === 1 ? 'vote' : 'votes'} revealed` : '';
	return {
		workshop: input.after.meta.title.trim(),
		organisation: input.after.meta.organisation.trim(),
		when: sessionTime(input.startedAt, input.endedAt, input.timeZone),
		nothingDecided,
		headline: nothingDecided
			? NOTHING_DECIDED
			: `${[counts, voted].filter(Boolean).join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
		sections
	};
}

/** "Sunday 6 December 2026, 09:00–12:30 UTC"; a session over midnight names both days. */
export function sessionTime(startedAt: number, endedAt: number, timeZone: string): string {
	const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone });
	const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone });
	const zone =
		new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
			.formatToParts(startedAt)
			.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
	const end = Math.max(startedAt, endedAt);
	const sameDay = day.format(startedAt) === day.format(end);
	return sameDay
		? `${day.format(startedAt)}, ${time.format(startedAt)}–${time.format(end)} ${zone}`
		: `${day.format(startedAt)}, ${time.format(startedAt)} – ${day.format(end)}, ${time.format(end)} ${zone}`;
}
