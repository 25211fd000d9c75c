import type { Locale } from '../locale';
import type { VoteSession } from '../voting';

/**
 * The one-page record of a session: what was decided today, as plain lines a renderer (Markdown,
 * PDF, plain text for e-mail) lays out. Texts are whole: a summary that cuts a name or a reason
 * off is a summary nobody can sign off, so no line here is ever shortened. User text is raw (not
 * escaped): each renderer escapes for its own format.
 */
export interface SessionSummary {
	/** The language its words are written in: the renderers write their own few in it too. */
	locale: Locale;
	/** The workshop's title and organisation, as the plan names them ('' when not set). */
	workshop: string;
	organisation: string;
	/** When the session ran, in words ("Sunday 6 December 2026, 09:00–12:30 UTC"). */
	when: string;
	/** Nothing was added, changed, removed or voted on between the start and the end. */
	nothingDecided: boolean;
	/** One sentence: what changed in counts, or that nothing did. */
	headline: string;
	/** Only the sections that have something to say, in reading order. */
	sections: SummarySection[];
}

export type SectionId = 'decisions' | 'votes' | 'goals' | 'changes' | 'findings' | 'next';

export interface SummarySection {
	id: SectionId;
	heading: string;
	lines: SummaryLine[];
}

export interface SummaryLine {
	text: string;
	/** Sub-points under the line (a changed field, a reason, an owner), whole. */
	details: string[];
}

/** A vote whose results were revealed during the session. */
export type RevealedVote = VoteSession & { results: Record<string, number> };

export const NOTHING_DECIDED = 'Nothing was decided or changed in this session.';
