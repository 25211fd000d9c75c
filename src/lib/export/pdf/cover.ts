import type { Content } from 'pdfmake/interfaces';
import type { Locale } from '../../domain/locale';
import type { Report } from '../../domain/report';
import { m } from '../../paraglide/messages.js';
import { coverArtSvg } from './cover-art';
import { pdfText } from './text';
import { COLORS, PAGE_SIZES, STYLES, type PageSize } from './theme';

/** Participants beyond this are counted, not listed: the cover must stay one page. */
const COVER_PARTICIPANTS = 40;

/** The first page: what this is, for whom, by whom, and which edition. */
export function cover(report: Report, pageSize: PageSize, locale: Locale): Content {
	const { cover } = report;
	const label = (text: string) => text.toLocaleUpperCase(locale);
	const page = PAGE_SIZES[pageSize];
	const participants =
		cover.participants.length > COVER_PARTICIPANTS
			? m.pdf_participants_and_more(
					{
						names: cover.participants.slice(0, COVER_PARTICIPANTS).join(', '),
						count: cover.participants.length - COVER_PARTICIPANTS
					},
					{ locale }
				)
			: cover.participants.join(', ');
	const facts = [
		{ label: label(m.report_md_date({}, { locale })), value: cover.date },
		{ label: label(m.report_md_facilitator({}, { locale })), value: cover.facilitator },
		{ label: label(m.report_md_participants({}, { locale })), value: participants }
	].filter((fact) => fact.value !== '');

	const stack: Content[] = [
		{
			canvas: [{ type: 'rect', x: 0, y: 0, w: 40, h: 4, color: COLORS.accent }],
			margin: [0, 70, 0, 20]
		},
		{ text: label(m.report_md_strategy({}, { locale })), ...STYLES.coverKicker },
		{ text: pdfText(cover.title), ...STYLES.coverTitle, margin: [0, 12, 0, 10] }
	];
	if (cover.organisation)
		stack.push({ text: pdfText(cover.organisation), ...STYLES.coverOrganisation });
	stack.push({
		table: {
			widths: [96, '*'],
			body: facts.map((fact) => [
				{ text: fact.label, ...STYLES.coverLabel, margin: [0, 2.5, 0, 0] },
				{ text: pdfText(fact.value), ...STYLES.coverValue }
			])
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: () => 0,
			paddingLeft: () => 0,
			paddingRight: () => 0,
			paddingTop: () => 5,
			paddingBottom: () => 5
		},
		margin: [0, 64, 0, 0]
	});
	if (cover.editionNote) {
		stack.push({
			table: {
				widths: ['*'],
				body: [[{ text: cover.editionNote, ...STYLES.coverValue, color: COLORS.accent }]]
			},
			layout: {
				hLineWidth: () => 0,
				vLineWidth: (i) => (i === 0 ? 2.5 : 0),
				vLineColor: () => COLORS.accent,
				fillColor: () => COLORS.accentSoft,
				paddingLeft: () => 12,
				paddingRight: () => 12,
				paddingTop: () => 8,
				paddingBottom: () => 8
			},
			margin: [0, 36, 0, 0]
		});
	}
	stack.push({
		svg: coverArtSvg(page.width, 150),
		width: page.width,
		absolutePosition: { x: 0, y: page.height - 190 }
	});
	return { stack, pageBreak: 'after' };
}
