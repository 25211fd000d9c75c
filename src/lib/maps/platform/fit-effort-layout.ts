import { scaleLinear } from 'd3';
import type { Platform } from '../../domain/plan';
import { oneLine } from '../../domain/text';
import { DECISION_COLORS, DECISION_ORDER, ZONE_TINTS, type DecisionKey } from '../shared/colors';
import { labelBox, placeLabels, type Box } from '../shared/labels';
import { DESIGN_WIDTH, FONT } from '../shared/metrics';
import { clamp, round2, roundShape } from '../shared/round';
import type { MapOptions, MapPlan, MapScene, SceneNode, Shape } from '../shared/scene';
import { byRecordOrder, spokenName, warningsByRecord } from '../shared/scene-text';
import { formatCount, inSentence, type Locale } from '../../domain/locale';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { counted, decisionLegend, decisionName, namesIn } from '../shared/map-words';
import { separateDots, type Dot } from '../shared/separate-dots';
import { densityLegend, densityNotice, densityShapes, type DensityCell } from '../shared/density';
import { DRAW_PLATFORMS_UP_TO } from './group-layout';
import {
	FIT_EFFORT_ZONE_KEYS,
	ZONE_SPLIT,
	fitEffortZone,
	zoneWords,
	type FitEffortZone
} from './fit-effort-zones';

/**
 * Fit against effort: each platform at its effort (light left, heavy right) and fit (poor below,
 * excellent above), in four zones split at 3. Values are whole numbers, so platforms that share a
 * cell are set around its centre on rings, in record order, without covering each other.
 */

const MARGIN = { top: 16, right: 16, bottom: 44, left: 48 };
const VALUES = [1, 2, 3, 4, 5];
const RADIUS = 9;
const GAP = 3;

function decisionOf(platform: Platform): DecisionKey {
	return platform.decision && platform.decision in DECISION_COLORS
		? platform.decision
		: 'undecided';
}

/** Offsets for `count` dots around a centre: one in the middle, or a ring, or rings around one. */
export function ringOffsets(count: number, spacing: number): { dx: number; dy: number }[] {
	if (count <= 1) return [{ dx: 0, dy: 0 }];
	if (count <= 6) {
		// One ring, wide enough that neighbours on it are `spacing` apart.
		const radius = Math.max(spacing / 2, spacing / (2 * Math.sin(Math.PI / count)));
		return Array.from({ length: count }, (_, k) => {
			const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
			return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
		});
	}
	const offsets = [{ dx: 0, dy: 0 }];
	for (let ring = 1; offsets.length < count; ring++) {
		const capacity = Math.floor(2 * Math.PI * ring);
		const onRing = Math.min(capacity, count - offsets.length);
		for (let k = 0; k < onRing; k++) {
			const angle = -Math.PI / 2 + (2 * Math.PI * k) / onRing;
			offsets.push({ dx: ring * spacing * Math.cos(angle), dy: ring * spacing * Math.sin(angle) });
		}
	}
	return offsets;
}

function cellValue(value: number): number {
	return clamp(Math.round(Number.isFinite(value) ? value : ZONE_SPLIT), 1, 5);
}

/** How many platforms each zone holds, and their names unless only counting (a crowded map). */
function summarise(platforms: readonly Platform[], locale: Locale, withNames: boolean): string {
	if (platforms.length === 0) return m.map_no_platforms({}, { locale });
	const unnamed = m.report_unnamed_platform({}, { locale });
	const names = (list: readonly Platform[]) =>
		namesIn(
			list.map((p) => oneLine(p.name, unnamed)),
			locale
		);
	const parts: string[] = [
		m.map_fit_effort_head(
			{ platforms: counted(m.map_platform_count, platforms.length, locale) },
			{ locale }
		)
	];
	for (const zone of FIT_EFFORT_ZONE_KEYS) {
		const members = platforms.filter((p) => fitEffortZone(p) === zone);
		if (members.length === 0) continue;
		const count = zoneWords(zone, locale).count(
			members.length,
			formatCount(members.length, locale)
		);
		parts.push(
			withNames
				? m.map_zone_members({ zone: count, names: names(members) }, { locale })
				: `${count}.`
		);
	}
	const between = platforms.filter((p) => fitEffortZone(p) === null);
	if (withNames && between.length > 0)
		parts.push(
			m.map_zone_between(
				{
					count: formatCount(between.length, locale),
					split: formatCount(ZONE_SPLIT, locale),
					names: names(between)
				},
				{ locale }
			)
		);
	return parts.join(' ');
}

export function fitEffortScene(
	plan: Pick<MapPlan, 'platforms' | 'presence'>,
	options: MapOptions = {}
): MapScene {
	const width = options.width ?? DESIGN_WIDTH;
	const locale = options.locale ?? getLocale();
	const height = Math.round(width * 0.75);
	const plot: Box = {
		x0: MARGIN.left,
		y0: MARGIN.top,
		x1: width - MARGIN.right,
		y1: height - MARGIN.bottom
	};
	// Half a step of room beyond 1 and 5, so dots at the ends are not cut by the frame.
	const x = scaleLinear().domain([0.5, 5.5]).range([plot.x0, plot.x1]);
	const y = scaleLinear().domain([0.5, 5.5]).range([plot.y1, plot.y0]);
	const platforms = [...plan.platforms].sort(byRecordOrder);

	const background: Shape[] = [
		{
			type: 'rect',
			x: plot.x0,
			y: plot.y0,
			width: plot.x1 - plot.x0,
			height: plot.y1 - plot.y0,
			className: 'map-plot'
		}
	];
	const splitX = x(ZONE_SPLIT);
	const splitY = y(ZONE_SPLIT);
	const zones: [FitEffortZone, number, number, number, number][] = [
		['quick-wins', plot.x0, plot.y0, splitX, splitY],
		['worth-the-effort', splitX, plot.y0, plot.x1, splitY],
		['low-priority', plot.x0, splitY, splitX, plot.y1],
		['avoid', splitX, splitY, plot.x1, plot.y1]
	];
	for (const [zone, x0, y0, x1, y1] of zones)
		background.push({
			type: 'rect',
			x: x0,
			y: y0,
			width: x1 - x0,
			height: y1 - y0,
			className: `map-zone zone-${zone}`,
			fill: ZONE_TINTS[zone]
		});
	for (const value of VALUES) {
		const className = value === ZONE_SPLIT ? 'map-midline' : 'map-grid';
		background.push(
			{ type: 'line', x1: x(value), y1: plot.y0, x2: x(value), y2: plot.y1, className },
			{ type: 'line', x1: plot.x0, y1: y(value), x2: plot.x1, y2: y(value), className },
			{
				type: 'text',
				x: x(value),
				y: plot.y1 + 14,
				text: String(value),
				className: 'map-tick',
				anchor: 'middle'
			},
			{
				type: 'text',
				x: plot.x0 - 8,
				y: y(value) + 0.35 * FONT.tick,
				text: String(value),
				className: 'map-tick',
				anchor: 'end'
			}
		);
	}
	background.push(
		{ type: 'line', x1: plot.x0, y1: plot.y1, x2: plot.x1, y2: plot.y1, className: 'map-axis' },
		{ type: 'line', x1: plot.x0, y1: plot.y0, x2: plot.x0, y2: plot.y1, className: 'map-axis' }
	);
	const inset = 8;
	const zoneLabels: Shape[] = [
		{
			type: 'text',
			x: plot.x0 + inset,
			y: plot.y0 + inset + 0.8 * FONT.region,
			text: zoneWords('quick-wins', locale).label,
			className: 'map-region-label zone-quick-wins',
			anchor: 'start'
		},
		{
			type: 'text',
			x: plot.x1 - inset,
			y: plot.y0 + inset + 0.8 * FONT.region,
			text: zoneWords('worth-the-effort', locale).label,
			className: 'map-region-label zone-worth-the-effort',
			anchor: 'end'
		},
		{
			type: 'text',
			x: plot.x0 + inset,
			y: plot.y1 - inset,
			text: zoneWords('low-priority', locale).label,
			className: 'map-region-label zone-low-priority',
			anchor: 'start'
		},
		{
			type: 'text',
			x: plot.x1 - inset,
			y: plot.y1 - inset,
			text: zoneWords('avoid', locale).label,
			className: 'map-region-label zone-avoid',
			anchor: 'end'
		}
	];
	background.push(...zoneLabels);

	// Platforms per cell, in record order, on rings around the cell's centre.
	const cells = new Map<string, number[]>();
	platforms.forEach((p, index) => {
		const key = `${cellValue(p.effort)},${cellValue(p.fit)}`;
		const cell = cells.get(key);
		if (cell) cell.push(index);
		else cells.set(key, [index]);
	});
	// Past a few hundred, platforms are counted per cell: rings of a hundred dots say nothing more.
	const crowded = platforms.length > DRAW_PLATFORMS_UP_TO;
	const drawn = crowded ? [] : platforms;
	const countedCells: DensityCell[] = crowded
		? [...cells.values()].map((members) => {
				const first = platforms[members[0] ?? 0] as Platform;
				return {
					x: x(cellValue(first.effort)),
					y: y(cellValue(first.fit)),
					count: members.length,
					tone: null
				};
			})
		: [];
	const step = x(2) - x(1);
	if (crowded) background.push(...densityShapes(countedCells, step));
	const dots: Dot[] = drawn.map(() => ({ x: 0, y: 0, r: RADIUS, tx: 0, ty: 0 }));
	for (const members of crowded ? [] : cells.values()) {
		const first = platforms[members[0] ?? 0] as Platform;
		const cx = x(cellValue(first.effort));
		const cy = y(cellValue(first.fit));
		const offsets = ringOffsets(members.length, 2 * RADIUS + GAP);
		members.forEach((index, k) => {
			const offset = offsets[k] ?? { dx: 0, dy: 0 };
			const dot = dots[index] as Dot;
			// The ring spot is where the dot belongs: any settling below starts and pulls from there.
			dot.x = dot.tx = cx + offset.dx;
			dot.y = dot.ty = cy + offset.dy;
		});
	}
	// Only crowded cells spill into their neighbours; this settles any dots that then touch.
	separateDots(dots, plot);

	const presenceCount = new Map<string, number>();
	for (const item of plan.presence)
		presenceCount.set(item.platformId, (presenceCount.get(item.platformId) ?? 0) + 1);
	const unnamed = m.report_unnamed_platform({}, { locale });
	const names = platforms.map((p) => oneLine(p.name, unnamed));
	const labels = placeLabels(
		dots.map((dot, i) => ({
			x: dot.x,
			y: dot.y,
			r: dot.r,
			name: names[i] ?? '',
			priority: presenceCount.get(platforms[i]?.id ?? '') ?? 0
		})),
		{
			bounds: plot,
			fontSize: FONT.label,
			obstacles: zoneLabels.map((shape) =>
				shape.type === 'text'
					? labelBox(
							{ text: shape.text, x: shape.x, y: shape.y, anchor: shape.anchor ?? 'start' },
							FONT.region
						)
					: plot
			)
		}
	);

	const warnings = warningsByRecord(options.findings);
	const nodes: SceneNode[] = drawn.map((p, i) => {
		const dot = dots[i] as Dot;
		const name = names[i] ?? '';
		const decision = decisionOf(p);
		const style = DECISION_COLORS[decision];
		const zone = fitEffortZone(p);
		const found = warnings.get(`platforms:${p.id}`) ?? [];
		const label = labels[i] ?? null;
		return {
			id: p.id,
			record: 'platforms',
			x: round2(dot.x),
			y: round2(dot.y),
			r: RADIUS,
			fill: style.color,
			className: `platform ${style.className}${zone ? ` zone-${zone}` : ''}${found.length > 0 ? ' has-finding' : ''}`,
			name,
			description:
				(zone ? m.map_fit_effort_dot_zone : m.map_fit_effort_dot)(
					{
						name: spokenName(name),
						fit: formatCount(p.fit, locale),
						effort: formatCount(p.effort, locale),
						decision: inSentence(decisionName(decision, locale), locale),
						zone: zone ? zoneWords(zone, locale).phrase : ''
					},
					{ locale }
				) + (found.length > 0 ? ` ${counted(m.map_finding_sentence, found.length, locale)}` : ''),
			label: label && { ...label, x: round2(label.x), y: round2(label.y) },
			warnings: found
		};
	});

	return {
		kind: 'fit-effort',
		title: m.map_fit_effort_title({}, { locale }),
		summary: crowded
			? `${summarise(platforms, locale, false)} ${densityNotice(platforms.length, 'platforms-cell', locale)}`
			: summarise(platforms, locale, true),
		notice: crowded ? densityNotice(platforms.length, 'platforms-cell', locale) : undefined,
		width,
		height,
		background: background.map(roundShape),
		links: [],
		nodes,
		foreground: [
			{
				type: 'text',
				x: round2((plot.x0 + plot.x1) / 2),
				y: height - 12,
				text: m.map_axis_effort({}, { locale }),
				className: 'map-axis-title',
				anchor: 'middle'
			},
			{
				type: 'text',
				x: 18,
				y: round2((plot.y0 + plot.y1) / 2),
				text: m.map_axis_fit({}, { locale }),
				className: 'map-axis-title',
				anchor: 'middle',
				rotate: -90
			}
		],
		legend: [
			decisionLegend(DECISION_ORDER, locale),
			...(crowded ? [densityLegend(countedCells, step, 'platforms', locale)] : [])
		],
		axes: {
			x: { field: 'effort', min: 1, max: 5, from: x(1), to: x(5) },
			y: { field: 'fit', min: 1, max: 5, from: y(1), to: y(5) }
		}
	};
}
