import { FONT } from './metrics';
import type { LegendGroup, LegendItem, Shape } from './scene';
import { textWidth } from './text-width';

/**
 * The legend drawn as shapes, in rows under a map: each group starts a row with its title, and
 * its keys wrap onto more rows when the width runs out. Used by the SVG export, where there is no
 * HTML around the drawing to hold a legend.
 */

const PADDING = 16;
const TITLE_GAP = 10;
const ITEM_GAP = 14;
const SWATCH_GAP = 5;
const DOT_RADIUS = 5;
const LINE_LENGTH = 22;
const MIN_ROW = 18;

function swatchWidth(item: LegendItem): number {
	if (item.swatch === 'line') return LINE_LENGTH;
	if (item.swatch === 'size') return 2 * (item.size ?? DOT_RADIUS);
	return 2 * DOT_RADIUS;
}

function rowHeight(items: readonly LegendItem[]): number {
	const tallest = Math.max(
		0,
		...items.map((item) => (item.swatch === 'size' ? 2 * (item.size ?? DOT_RADIUS) + 6 : 0))
	);
	return Math.max(MIN_ROW, tallest);
}

function swatch(item: LegendItem, x: number, cy: number): Shape {
	if (item.swatch === 'line')
		return {
			type: 'line',
			x1: x,
			y1: cy,
			x2: x + LINE_LENGTH,
			y2: cy,
			className: 'map-legend-line',
			stroke: item.color,
			strokeWidth: item.size ?? 1
		};
	const r = item.swatch === 'size' ? (item.size ?? DOT_RADIUS) : DOT_RADIUS;
	return {
		type: 'circle',
		cx: x + r,
		cy,
		r,
		className: item.swatch === 'size' ? 'map-legend-size' : 'map-legend-dot',
		fill: item.color
	};
}

/** Shapes for `groups` in a band `width` wide whose top is at `top`; and the band's height. */
export function layoutLegend(
	groups: readonly LegendGroup[],
	width: number,
	top: number
): { shapes: Shape[]; height: number } {
	const shapes: Shape[] = [];
	let y = top + (groups.length > 0 ? 8 : 0);
	const right = width - PADDING;
	for (const group of groups) {
		const titleWidth = textWidth(group.title, FONT.legendTitle);
		const indent = Math.min(PADDING + titleWidth + TITLE_GAP, width / 2);
		// Split the keys into rows first: a row's height depends on its tallest key.
		const rows: { item: LegendItem; x: number }[][] = [[]];
		let x = indent;
		for (const item of group.items) {
			const itemWidth =
				swatchWidth(item) + SWATCH_GAP + textWidth(item.label, FONT.legendLabel) + ITEM_GAP;
			const row = rows[rows.length - 1] ?? [];
			if (row.length > 0 && x + itemWidth - ITEM_GAP > right) {
				rows.push([]);
				x = indent;
			}
			rows[rows.length - 1]?.push({ item, x });
			x += itemWidth;
		}
		rows.forEach((row, index) => {
			const height = rowHeight(row.map((entry) => entry.item));
			const cy = y + height / 2;
			if (index === 0)
				shapes.push({
					type: 'text',
					x: PADDING,
					y: cy + 0.35 * FONT.legendTitle,
					text: group.title,
					className: 'map-legend-title'
				});
			for (const { item, x: left } of row) {
				shapes.push(swatch(item, left, cy));
				shapes.push({
					type: 'text',
					x: left + swatchWidth(item) + SWATCH_GAP,
					y: cy + 0.35 * FONT.legendLabel,
					text: item.label,
					className: 'map-legend-label'
				});
			}
			y += height;
		});
		y += 4;
	}
	return { shapes, height: y - top + (groups.length > 0 ? 8 : 0) };
}
