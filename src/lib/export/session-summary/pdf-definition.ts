import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { m } from '../../paraglide/messages.js';
import { summaryTitle, type SessionSummary } from '../../domain/session-summary';
import { isRunning, runningFooter } from '../pdf/running';
import { directionOf } from '../../domain/locale';
import { listDirection } from '../pdf/bullet-list';
import { pdfText } from '../pdf/text';
import { COLORS, contentWidth, PAGE_MARGINS, STYLES, type PageSize } from '../pdf/theme';

/**
 * The summary as a pdfmake document: one page in the usual case, in the strategy document's look.
 * Nothing is fitted to the page by cutting: long texts wrap (pdfText gives long runs places to
 * break) and a long day flows onto further pages, each numbered.
 */
export function summaryToPdfDefinition(
	summary: SessionSummary,
	pageSize: PageSize = 'A4'
): TDocumentDefinitions {
	const width = contentWidth(pageSize);
	const { locale } = summary;
	const title = summaryTitle(summary);
	const kicker = m.today_todays_summary({}, { locale });
	const content: Content[] = [
		// Letter-spaced words come out of text extraction as single letters: this one is not spaced.
		{
			text: kicker.toLocaleUpperCase(locale),
			...STYLES.kicker,
			characterSpacing: 0,
			margin: [0, 0, 0, 4]
		},
		{ text: pdfText(title), ...STYLES.h1, margin: [0, 0, 0, 4] },
		{ text: pdfText(summary.when), ...STYLES.intro, margin: [0, 0, 0, 8] },
		{
			canvas: [
				{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.8, lineColor: COLORS.accent }
			],
			margin: [0, 0, 0, 10]
		},
		{
			text: pdfText(summary.headline),
			...(summary.nothingDecided ? STYLES.lead : STYLES.body),
			margin: [0, 0, 0, 6]
		}
	];
	for (const section of summary.sections) {
		// A right-to-left list has its bullets on the right (see bullet-list.ts): details are
		// indented from there.
		const rtl =
			listDirection(
				section.lines.map((line) => line.text),
				directionOf(locale)
			) === 'rtl';
		content.push({
			text: pdfText(section.heading),
			...STYLES.h2,
			margin: [0, 12, 0, 4],
			headlineLevel: 1
		});
		content.push({
			ul: section.lines.map((line) => ({
				stack: [
					{ text: pdfText(line.text), ...STYLES.body },
					...line.details.map((detail) => ({
						text: pdfText(detail),
						...STYLES.muted,
						margin: (rtl ? [0, 1, 10, 0] : [10, 1, 0, 0]) as [number, number, number, number]
					}))
				],
				margin: [0, 0, 0, 4] as [number, number, number, number]
			})),
			markerColor: COLORS.accent
		});
	}
	return {
		pageSize,
		pageMargins: [PAGE_MARGINS[0], 50, PAGE_MARGINS[2], 50],
		info: {
			title: m.today_mail_subject({ title }, { locale }),
			creator: 'Canal',
			producer: 'Canal'
		},
		language: locale,
		defaultStyle: { font: 'Roboto', fontSize: 9.5, color: COLORS.ink },
		styles: STYLES,
		footer: (page, pages) => (pages <= 1 ? null : runningFooter(kicker, page, pages)),
		// A heading left alone at the foot of a page starts the next one instead.
		pageBreakBefore: (node, helpers) =>
			node.headlineLevel === 1 &&
			helpers
				.getFollowingNodesOnPage()
				.filter((next) => !isRunning(next))
				.every((next) => next.headlineLevel === 1),
		content
	};
}
