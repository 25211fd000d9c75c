import type { EditionSource, ReportMapKind } from '../domain/report';
import type { MapOptions, MapPlan } from '../maps/shared/scene';

/** One map renderer: a plan in, a standalone SVG document out. */
export type MapDrawer = (plan: MapPlan, options?: MapOptions) => string;
export type MapDrawers = Record<ReportMapKind, MapDrawer>;

/** The width maps are drawn at for documents; the PDF scales them to its text column. */
export const DOCUMENT_MAP_WIDTH = 800;

/**
 * The maps a report places, drawn from the edition's own plan (the public edition never sees an
 * internal record, so no map can show one). A stakeholder whose influence or interest is hidden
 * has no honest place on the stakeholder map and is left off it. A map that fails to draw is left
 * out, and the document says so where it would have been: one broken drawing must not cost the
 * facilitator the whole export.
 */
export function drawMaps(
	source: EditionSource,
	kinds: readonly ReportMapKind[],
	drawers: MapDrawers,
	width = DOCUMENT_MAP_WIDTH
): { svgs: Partial<Record<ReportMapKind, string>>; failed: ReportMapKind[] } {
	const placed = new Set(
		source.plan.stakeholders
			.filter(
				(s) =>
					!source.hidden('stakeholders', s.id, 'influence') &&
					!source.hidden('stakeholders', s.id, 'interest')
			)
			.map((s) => s.id)
	);
	const svgs: Partial<Record<ReportMapKind, string>> = {};
	const failed: ReportMapKind[] = [];
	for (const kind of kinds) {
		const options: MapOptions = { width, findings: source.findings, locale: source.locale };
		if (kind === 'stakeholders' && placed.size < source.plan.stakeholders.length)
			options.visibleStakeholders = placed;
		try {
			svgs[kind] = drawers[kind](source.plan, options);
		} catch (error) {
			console.error(`The ${kind} map could not be drawn for the export.`, error);
			failed.push(kind);
		}
	}
	return { svgs, failed };
}
