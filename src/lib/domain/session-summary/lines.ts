import { m } from '../../paraglide/messages.js';
import type { SessionSummary } from './types';

/** "Library 2027, City Library": the workshop and its organisation, "Workshop" when untitled. */
export function summaryTitle(summary: SessionSummary): string {
	const workshop = summary.workshop || m.today_workshop({}, { locale: summary.locale });
	return [workshop, summary.organisation]
		.filter(Boolean)
		.join(m.version_summary_comma({}, { locale: summary.locale }));
}

/**
 * The summary as plain lines, in order: the form its tests compare with, and the text of the
 * e-mail body and the clipboard (no markup to escape, nothing cut).
 */
export function summaryLines(summary: SessionSummary): string[] {
	const title = m.today_mail_subject({ title: summaryTitle(summary) }, { locale: summary.locale });
	const lines = [title, summary.when, '', summary.headline];
	for (const section of summary.sections) {
		lines.push('', section.heading.toLocaleUpperCase(summary.locale));
		for (const line of section.lines) {
			lines.push(`- ${line.text}`);
			for (const detail of line.details) lines.push(`    ${detail}`);
		}
	}
	return lines;
}
