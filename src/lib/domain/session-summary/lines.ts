import type { SessionSummary } from './types';

/**
 * The summary as plain lines, in order: the form its tests compare with, and the text of the
 * e-mail body and the clipboard (no markup to escape, nothing cut).
 */
export function summaryLines(summary: SessionSummary): string[] {
	const title = [summary.workshop || 'Workshop', summary.organisation].filter(Boolean).join(', ');
	const lines = [`Today's summary: ${title}`, summary.when, '', summary.headline];
	for (const section of summary.sections) {
		lines.push('', section.heading.toUpperCase());
		for (const line of section.lines) {
			lines.push(`- ${line.text}`);
			for (const detail of line.details) lines.push(`    ${detail}`);
		}
	}
	return lines;
}
