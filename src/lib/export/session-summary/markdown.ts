import { m } from '../../paraglide/messages.js';
import { summaryTitle, type SessionSummary } from '../../domain/session-summary';
import { escapeInline } from '../markdown-escape';

/**
 * The summary as Markdown. Every piece of user text goes through the same escaping as the
 * strategy's Markdown, so a stakeholder named `*Press* <b>` reads as typed in any renderer.
 */
export function summaryToMarkdown(summary: SessionSummary): string {
	const title = escapeInline(summaryTitle(summary));
	const out = [
		`# ${m.today_mail_subject({ title }, { locale: summary.locale })}`,
		'',
		`_${escapeInline(summary.when)}_`,
		'',
		escapeInline(summary.headline)
	];
	for (const section of summary.sections) {
		out.push('', `## ${escapeInline(section.heading)}`, '');
		for (const line of section.lines) {
			out.push(`- ${escapeInline(line.text)}`);
			for (const detail of line.details) out.push(`  - ${escapeInline(detail)}`);
		}
	}
	return `${out.join('\n')}\n`;
}
