import { formatCount, type Locale } from '../../domain/locale';
import { m } from '../../paraglide/messages.js';
import { counted } from './map-words';
import { round2 } from './round';
import type { Box } from './labels';
import type { LegendGroup, Shape } from './scene';
import { NEUTRAL_KEY_COLOR } from './colors';
import { sentimentStyle } from './sentiment';

/**
 * Past this many dots a map draws counts per area instead of one dot each: thousands of
 * overlapping dots say nothing a count does not say better, and cost the browser seconds. The
 * table beside the map still lists (and edits) every record.
 */
export const DRAW_EACH_UP_TO = 400;

export interface DensityPoint {
	/** Where the record would be drawn, in scene coordinates. */
	x: number;
	y: number;
	/** A sentiment (-2…2) the cell's colour averages, or null for no colour. */
	tone: number | null;
}

export interface DensityCell {
	/** The cell's centre, in scene coordinates. */
	x: number;
	y: number;
	count: number;
	/** Mean tone of the points in the cell, or null when none had one. */
	tone: number | null;
}

/**
 * Counts points per square cell of `size` px over `box` (points outside are counted in the
 * nearest cell). Deterministic, in row-major order of the cells; only cells with points return.
 */
export function densityCells(
	points: readonly DensityPoint[],
	box: Box,
	size: number
): DensityCell[] {
	const columns = Math.max(1, Math.ceil((box.x1 - box.x0) / size));
	const rows = Math.max(1, Math.ceil((box.y1 - box.y0) / size));
	const counts = new Map<number, { count: number; toned: number; sum: number }>();
	for (const point of points) {
		const column = Math.min(columns - 1, Math.max(0, Math.floor((point.x - box.x0) / size)));
		const row = Math.min(rows - 1, Math.max(0, Math.floor((point.y - box.y0) / size)));
		const key = row * columns + column;
		const cell = counts.get(key) ?? { count: 0, toned: 0, sum: 0 };
		cell.count += 1;
		if (point.tone !== null && Number.isFinite(point.tone)) {
			cell.toned += 1;
			cell.sum += point.tone;
		}
		counts.set(key, cell);
	}
	return [...counts.entries()]
		.sort(([a], [b]) => a - b)
		.map(([key, cell]) => ({
			x: box.x0 + ((key % columns) + 0.5) * size,
			y: box.y0 + (Math.floor(key / columns) + 0.5) * size,
			count: cell.count,
			tone: cell.toned > 0 ? cell.sum / cell.toned : null
		}));
}

/** A cell's circle: its area grows with its count, the fullest cell nearly fills its square. */
function radiusFor(count: number, most: number, size: number): number {
	return Math.max(2.5, size * 0.5 * Math.sqrt(count / Math.max(1, most)));
}

/** The cells as circles with their counts written in (where there is room for the digits). */
export function densityShapes(cells: readonly DensityCell[], size: number): Shape[] {
	const most = Math.max(1, ...cells.map((cell) => cell.count));
	const shapes: Shape[] = [];
	for (const cell of cells) {
		const r = radiusFor(cell.count, most, size);
		shapes.push({
			type: 'circle',
			cx: round2(cell.x),
			cy: round2(cell.y),
			r: round2(r),
			className: 'map-density',
			fill: cell.tone === null ? NEUTRAL_KEY_COLOR : sentimentStyle(Math.round(cell.tone)).color
		});
		if (r >= 3 + 3 * String(cell.count).length)
			shapes.push({
				type: 'text',
				x: round2(cell.x),
				y: round2(cell.y + 4),
				text: String(cell.count),
				className: 'map-density-count',
				anchor: 'middle'
			});
	}
	return shapes;
}

/** The key to the circles' sizes: a small, a middle and the largest count. */
export function densityLegend(
	cells: readonly DensityCell[],
	size: number,
	what: 'stakeholders' | 'platforms',
	locale: Locale
): LegendGroup {
	const most = Math.max(1, ...cells.map((cell) => cell.count));
	const counts = [...new Set([1, Math.max(1, Math.round(most / 4)), most])];
	const title =
		what === 'stakeholders' ? m.map_stakeholders_per_circle : m.map_platforms_per_circle;
	return {
		title: title({}, { locale }),
		items: counts.map((count) => ({
			label: formatCount(count, locale),
			swatch: 'size' as const,
			color: NEUTRAL_KEY_COLOR,
			size: round2(radiusFor(count, most, size))
		}))
	};
}

const NOTICES = {
	'stakeholders-area': m.map_density_stakeholders_area,
	'platforms-cell': m.map_density_platforms_cell,
	'stakeholders-region': m.map_density_stakeholders_region
} as const;

/** What a map that counts instead of drawing dots says, on screen and to a screen reader. */
export function densityNotice(count: number, kind: keyof typeof NOTICES, locale: Locale): string {
	return counted(NOTICES[kind], count, locale);
}
