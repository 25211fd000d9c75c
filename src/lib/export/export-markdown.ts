import type { Finding } from '../domain/plan-check';
import type { Plan } from '../domain/plan';
import {
	buildReportFrom,
	editionSource,
	reportMaps,
	type Edition,
	type ReportComparison
} from '../domain/report';
import type { Locale } from '../domain/locale';
import { getLocale } from '../paraglide/runtime.js';
import { MAP_DRAWERS } from './map-drawers';
import { drawMaps } from './map-svgs';
import { reportToMarkdown } from './markdown';

export interface ExportMarkdownOptions {
	edition: Edition;
	findings?: readonly Finding[];
	generatedAt?: Date;
	/** Embed the maps as SVG data URLs (the default), or leave them out with a note. */
	maps?: boolean;
	/** The document's language; the page's active language when absent. */
	locale?: Locale;
	/** Adds "What changed since …" after the summary. */
	comparison?: ReportComparison;
}

/**
 * The plan as a Markdown file, drawn from the same report as the PDF (and, for the public
 * edition, from the same filtered plan). Cheap enough to run on the main thread.
 */
export function exportMarkdown(plan: Plan, options: ExportMarkdownOptions): Blob {
	const source = editionSource(
		plan,
		options.edition,
		options.findings,
		options.locale ?? getLocale()
	);
	const report = buildReportFrom(source, options.generatedAt ?? new Date(), options.comparison);
	const maps =
		options.maps === false
			? undefined
			: Object.entries(drawMaps(source, reportMaps(report), MAP_DRAWERS).svgs).map(
					([name, svg]) => ({ name, svg })
				);
	return new Blob([reportToMarkdown(report, maps, source.locale)], {
		type: 'text/markdown;charset=utf-8'
	});
}
