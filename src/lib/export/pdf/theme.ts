import type { StyleDictionary } from 'pdfmake/interfaces';

/**
 * The document's look: one restrained accent (the deep teal of a canal), ink and two greys for
 * text, hairlines instead of boxes. Sizes in points.
 */
export const COLORS = {
	ink: '#1d2a31',
	muted: '#56666f',
	faint: '#8b989f',
	accent: '#0e6468',
	accentSoft: '#e6f0ef',
	accentMid: '#9cc5c2',
	rule: '#d3dcdf',
	zebra: '#f5f8f8',
	error: '#a3282d',
	warning: '#94570a',
	info: '#2f5f86',
	/** Words deleted since an earlier version (struck through), and the highlight of inserted ones. */
	deleted: '#b3261e',
	insertedSoft: '#d6efdf'
} as const;

/** Left, top, right, bottom: the top leaves room for the running header. */
export const PAGE_MARGINS: [number, number, number, number] = [60, 70, 60, 62];

export const PAGE_SIZES = {
	A4: { width: 595.28, height: 841.89 },
	LETTER: { width: 612, height: 792 }
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

export function contentWidth(pageSize: PageSize): number {
	return PAGE_SIZES[pageSize].width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

/**
 * Text styles. Nodes spread these in (`{ text, ...STYLES.body }`) rather than naming them
 * (`style: 'body'`): pdfmake resolves a named style again for every property of every word, and
 * in a long document that lookup and its garbage were a tenth of the export's time.
 */
export const STYLES = {
	coverKicker: { fontSize: 9, bold: true, color: COLORS.accent, characterSpacing: 1.6 },
	coverTitle: { fontSize: 30, bold: true, color: COLORS.ink, lineHeight: 1.1 },
	coverOrganisation: { fontSize: 15, color: COLORS.muted },
	coverLabel: { fontSize: 8, bold: true, color: COLORS.faint, characterSpacing: 1 },
	coverValue: { fontSize: 10.5, color: COLORS.ink, lineHeight: 1.3 },
	kicker: { fontSize: 8.5, bold: true, color: COLORS.accent, characterSpacing: 1.4 },
	h1: { fontSize: 22, bold: true, color: COLORS.ink, lineHeight: 1.15 },
	intro: { fontSize: 10.5, color: COLORS.muted, lineHeight: 1.35 },
	h2: { fontSize: 13, bold: true, color: COLORS.accent, lineHeight: 1.2 },
	h3: { fontSize: 10.5, bold: true, color: COLORS.ink },
	body: { fontSize: 9.5, color: COLORS.ink, lineHeight: 1.35 },
	lead: { fontSize: 12, color: COLORS.ink, lineHeight: 1.4 },
	muted: { fontSize: 9, color: COLORS.muted, lineHeight: 1.35 },
	empty: { fontSize: 9.5, italics: true, color: COLORS.faint },
	label: { fontSize: 8.5, bold: true, color: COLORS.muted, lineHeight: 1.35 },
	tableHeader: { fontSize: 8, bold: true, color: COLORS.accent },
	tableCell: { fontSize: 8.5, color: COLORS.ink, lineHeight: 1.25 },
	cellDetail: { fontSize: 7.5, color: COLORS.muted, lineHeight: 1.2 },
	recordTitle: { fontSize: 10, bold: true, color: COLORS.ink },
	recordSubtitle: { fontSize: 8, color: COLORS.muted },
	recordLabel: { fontSize: 6.8, bold: true, color: COLORS.accent, characterSpacing: 0.5 },
	recordValue: { fontSize: 8.5, color: COLORS.ink, lineHeight: 1.3 },
	caption: { fontSize: 8, color: COLORS.muted, lineHeight: 1.3 },
	pageHeader: { fontSize: 8, color: COLORS.faint },
	/** Names the running header and footer's nodes (see running.ts); the look is set inline. */
	running: {},
	tocTitle: { fontSize: 22, bold: true, color: COLORS.ink },
	tocEntry: { fontSize: 11, color: COLORS.ink },
	tocNumber: { fontSize: 11, color: COLORS.muted }
} satisfies StyleDictionary;
