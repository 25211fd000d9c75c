import { scaleLinear, scaleSqrt } from 'd3';
import { earlierPlaceShapes } from './earlier-places';
import type { Stakeholder } from '../../domain/plan';
import { formatCount, formatList, inSentence, type Locale } from '../../domain/locale';
import {
	MIDLINE,
	quadrantLabel,
	quadrantName,
	quadrantOf,
	type Quadrant
} from '../../domain/quadrant';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { oneLine } from '../../domain/text';
import { NEUTRAL_KEY_COLOR, QUADRANT_TINTS } from '../shared/colors';
import { labelBox, placeLabels, type Box } from '../shared/labels';
import { DESIGN_WIDTH, FONT } from '../shared/metrics';
import { clamp, round2, roundShape } from '../shared/round';
import type { MapOptions, MapPlan, MapScene, SceneNode, Shape } from '../shared/scene';
import { byRecordOrder, listNames, spokenName, warningsByRecord } from '../shared/scene-text';
import { counted, sentimentLegend, sentimentName } from '../shared/map-words';
import { sentimentStyle } from '../shared/sentiment';
import { separateDots, type Dot } from '../shared/separate-dots';
import {
	densityCells,
	densityLegend,
	densityNotice,
	densityShapes,
	DRAW_EACH_UP_TO
} from '../shared/density';

/**
 * The stakeholder map: influence (up) by interest (right), split into the four quadrants at the
 * midline. Dots are sized by reach and coloured by sentiment; dots that would sit on top of each
 * other (new stakeholders all start at 50/50) are pushed apart just enough to see each one.
 */

const MARGIN = { top: 16, right: 16, bottom: 44, left: 48 };
const GRID_VALUES = [25, 50, 75];
/** Radius range at the design width; other widths scale it. */
const RADIUS = { min: 5, max: 20 };
/** Dots may cover at most this share of the plot; beyond it they shrink so the map stays legible. */
const MAX_COVER = 0.22;

/** The order the summary lists quadrants in: those that need the most attention first. */
const QUADRANT_ORDER: readonly Quadrant[] = [
	'manage-closely',
	'keep-satisfied',
	'keep-informed',
	'monitor'
];

/** The plot's coordinates for a width (height follows from it). */
function stakeholderMapFrame(width = DESIGN_WIDTH) {
	const height = Math.round(width * 0.75);
	const plot: Box = {
		x0: MARGIN.left,
		y0: MARGIN.top,
		x1: width - MARGIN.right,
		y1: height - MARGIN.bottom
	};
	const x = scaleLinear().domain([0, 100]).range([plot.x0, plot.x1]).clamp(true);
	const y = scaleLinear().domain([0, 100]).range([plot.y1, plot.y0]).clamp(true);
	return { width, height, plot, x, y };
}

function regionLabels(plot: Box, locale: Locale): Shape[] {
	const inset = 8;
	const top = plot.y0 + inset + 0.8 * FONT.region;
	const bottom = plot.y1 - inset;
	const label = (quadrant: Quadrant, x: number, y: number, anchor: 'start' | 'end'): Shape => ({
		type: 'text',
		x,
		y,
		text: quadrantName(quadrant, locale),
		className: `map-region-label quadrant-${quadrant}`,
		anchor
	});
	return [
		label('keep-satisfied', plot.x0 + inset, top, 'start'),
		label('manage-closely', plot.x1 - inset, top, 'end'),
		label('monitor', plot.x0 + inset, bottom, 'start'),
		label('keep-informed', plot.x1 - inset, bottom, 'end')
	];
}

function background(frame: ReturnType<typeof stakeholderMapFrame>, locale: Locale): Shape[] {
	const { plot, x, y } = frame;
	const midX = x(MIDLINE);
	const midY = y(MIDLINE);
	const quadrant = (key: Quadrant, x0: number, y0: number, x1: number, y1: number): Shape => ({
		type: 'rect',
		x: x0,
		y: y0,
		width: x1 - x0,
		height: y1 - y0,
		className: `map-quadrant quadrant-${key}`,
		fill: QUADRANT_TINTS[key]
	});
	const shapes: Shape[] = [
		{
			type: 'rect',
			x: plot.x0,
			y: plot.y0,
			width: plot.x1 - plot.x0,
			height: plot.y1 - plot.y0,
			className: 'map-plot'
		},
		quadrant('keep-satisfied', plot.x0, plot.y0, midX, midY),
		quadrant('manage-closely', midX, plot.y0, plot.x1, midY),
		quadrant('monitor', plot.x0, midY, midX, plot.y1),
		quadrant('keep-informed', midX, midY, plot.x1, plot.y1)
	];
	for (const value of GRID_VALUES) {
		const className = value === MIDLINE ? 'map-midline' : 'map-grid';
		shapes.push(
			{ type: 'line', x1: x(value), y1: plot.y0, x2: x(value), y2: plot.y1, className },
			{ type: 'line', x1: plot.x0, y1: y(value), x2: plot.x1, y2: y(value), className }
		);
	}
	const tickY = plot.y1 + 14;
	const tickX = plot.x0 - 6;
	shapes.push(
		{ type: 'line', x1: plot.x0, y1: plot.y1, x2: plot.x1, y2: plot.y1, className: 'map-axis' },
		{ type: 'line', x1: plot.x0, y1: plot.y0, x2: plot.x0, y2: plot.y1, className: 'map-axis' },
		{
			type: 'text',
			x: plot.x0,
			y: tickY,
			text: m.map_tick_low({}, { locale }),
			className: 'map-tick',
			anchor: 'start'
		},
		{
			type: 'text',
			x: plot.x1,
			y: tickY,
			text: m.map_tick_high({}, { locale }),
			className: 'map-tick',
			anchor: 'end'
		},
		{
			type: 'text',
			x: tickX,
			y: plot.y1,
			text: m.map_tick_low({}, { locale }),
			className: 'map-tick',
			anchor: 'start',
			rotate: -90
		},
		{
			type: 'text',
			x: tickX,
			y: plot.y0,
			text: m.map_tick_high({}, { locale }),
			className: 'map-tick',
			anchor: 'end',
			rotate: -90
		},
		...regionLabels(plot, locale)
	);
	return shapes;
}

function foreground(frame: ReturnType<typeof stakeholderMapFrame>, locale: Locale): Shape[] {
	const { plot, height } = frame;
	return [
		{
			type: 'text',
			x: (plot.x0 + plot.x1) / 2,
			y: height - 12,
			text: m.map_axis_interest({}, { locale }),
			className: 'map-axis-title',
			anchor: 'middle'
		},
		{
			type: 'text',
			x: 20,
			y: (plot.y0 + plot.y1) / 2,
			text: m.map_axis_influence({}, { locale }),
			className: 'map-axis-title',
			anchor: 'middle',
			rotate: -90
		}
	];
}

/** "15 stakeholders." or "4 of 15 stakeholders shown.", in the map's language. */
function summaryHead(shown: number, total: number, locale: Locale): string {
	const stakeholders = m.map_stakeholder_count(
		{ count: total, countText: formatCount(total, locale) },
		{ locale }
	);
	return shown === total
		? m.map_all_shown({ stakeholders }, { locale })
		: m.map_some_shown({ shown: formatCount(shown, locale), stakeholders }, { locale });
}

/** "A, B and 3 more" in the map's language. */
function namesIn(names: readonly string[], locale: Locale): string {
	return listNames(names, undefined, (shown, rest) =>
		m.map_names_and_more({ names: shown, rest: formatCount(rest, locale) }, { locale })
	);
}

function summarise(shown: readonly Stakeholder[], total: number, locale: Locale): string {
	if (total === 0) return m.map_no_stakeholders({}, { locale });
	if (shown.length === 0) {
		const stakeholders = m.map_stakeholder_count(
			{ count: total, countText: formatCount(total, locale) },
			{ locale }
		);
		return m.map_none_shown({ stakeholders }, { locale });
	}
	const head = summaryHead(shown.length, total, locale);
	const groups = new Map<Quadrant, Stakeholder[]>(QUADRANT_ORDER.map((key) => [key, []]));
	const notPlaced: Stakeholder[] = [];
	for (const stakeholder of shown) {
		const quadrant = quadrantOf(stakeholder);
		if (quadrant === null) notPlaced.push(stakeholder);
		else groups.get(quadrant)?.push(stakeholder);
	}
	const parts = [head];
	for (const key of QUADRANT_ORDER) {
		// Most influential first: when the list is cut, the names that matter most remain.
		const members = [...(groups.get(key) ?? [])].sort(
			(a, b) => b.influence - a.influence || b.interest - a.interest || byRecordOrder(a, b)
		);
		if (members.length === 0) continue;
		const names = members.map((s) => oneLine(s.name, unnamed(locale)));
		parts.push(
			m.map_quadrant_line(
				{
					count: formatCount(members.length, locale),
					quadrant: inSentence(quadrantName(key, locale), locale),
					names: namesIn(names, locale)
				},
				{ locale }
			)
		);
	}
	if (notPlaced.length > 0) {
		const names = notPlaced.map((s) => oneLine(s.name, unnamed(locale)));
		parts.push(
			m.map_not_placed_line(
				{
					count: formatCount(notPlaced.length, locale),
					notPlaced: inSentence(quadrantName('not-placed', locale), locale),
					names: namesIn(names, locale)
				},
				{ locale }
			)
		);
	}
	return parts.join(' ');
}

const unnamed = (locale: Locale) => m.report_unnamed_stakeholder({}, { locale });

/** Columns of the grid a crowded map counts stakeholders in (cells of 5 × 5 points). */
const DENSITY_COLUMNS = 20;

/** Counts per quadrant, most needing attention first: the crowded map's summary. */
function summariseCounts(shown: readonly Stakeholder[], total: number, locale: Locale): string {
	const head = summaryHead(shown.length, total, locale);
	const counts = new Map<Quadrant | null, number>();
	for (const stakeholder of shown) {
		const quadrant = quadrantOf(stakeholder);
		counts.set(quadrant, (counts.get(quadrant) ?? 0) + 1);
	}
	const count = (key: Quadrant | null) => formatCount(counts.get(key) ?? 0, locale);
	const parts = QUADRANT_ORDER.flatMap((key) =>
		counts.get(key)
			? [
					m.map_quadrant_count(
						{ count: count(key), quadrant: inSentence(quadrantName(key, locale), locale) },
						{ locale }
					)
				]
			: []
	);
	if (counts.get(null)) {
		const notPlaced = inSentence(quadrantName('not-placed', locale), locale);
		parts.push(m.map_not_placed_count({ count: count(null), notPlaced }, { locale }));
	}
	return `${head} ${formatList(parts, locale)}.`;
}

/** The map of a crowded plan: how many stakeholders sit in each area, not one dot each. */
function densityScene(
	frame: ReturnType<typeof stakeholderMapFrame>,
	shown: readonly Stakeholder[],
	total: number,
	locale: Locale
): MapScene {
	const { width, height, plot, x, y } = frame;
	const size = (plot.x1 - plot.x0) / DENSITY_COLUMNS;
	const cells = densityCells(
		shown.map((s) => ({
			x: x(clamp(s.interest, 0, 100)),
			y: y(clamp(s.influence, 0, 100)),
			tone: s.sentiment
		})),
		plot,
		size
	);
	const notice = densityNotice(shown.length, 'stakeholders-area', locale);
	return {
		kind: 'stakeholders',
		title: m.map_stakeholder_density_title({}, { locale }),
		summary: `${summariseCounts(shown, total, locale)} ${notice}`,
		notice,
		width,
		height,
		background: [...background(frame, locale), ...densityShapes(cells, size)].map(roundShape),
		links: [],
		nodes: [],
		foreground: foreground(frame, locale).map(roundShape),
		legend: [sentimentLegend(locale), densityLegend(cells, size, 'stakeholders', locale)]
	};
}

export function stakeholderMapScene(
	plan: Pick<MapPlan, 'stakeholders'>,
	options: MapOptions = {}
): MapScene {
	const frame = stakeholderMapFrame(options.width);
	const { width, height, plot, x, y } = frame;
	const locale = options.locale ?? getLocale();
	const scale = width / DESIGN_WIDTH;
	const visible = options.visibleStakeholders;
	const shown = [...plan.stakeholders]
		.filter((s) => !visible || visible.has(s.id))
		.sort(byRecordOrder);
	if (shown.length > DRAW_EACH_UP_TO)
		return densityScene(frame, shown, plan.stakeholders.length, locale);

	let radius = scaleSqrt()
		.domain([0, 100])
		.range([RADIUS.min * scale, RADIUS.max * scale])
		.clamp(true);
	const plotArea = (plot.x1 - plot.x0) * (plot.y1 - plot.y0);
	const covered = shown.reduce((sum, s) => sum + Math.PI * radius(s.reach) ** 2, 0);
	if (covered > MAX_COVER * plotArea) {
		const shrink = Math.sqrt((MAX_COVER * plotArea) / covered);
		radius = radius.copy().range([RADIUS.min * scale * shrink, RADIUS.max * scale * shrink]);
	}

	const dots: Dot[] = shown.map((s) => {
		const tx = x(clamp(s.interest, 0, 100));
		const ty = y(clamp(s.influence, 0, 100));
		return { x: tx, y: ty, tx, ty, r: radius(clamp(s.reach, 0, 100)) };
	});
	separateDots(dots, plot);

	const regionBoxes = regionLabels(plot, locale).map((shape) =>
		shape.type === 'text'
			? labelBox(
					{ text: shape.text, x: shape.x, y: shape.y, anchor: shape.anchor ?? 'start' },
					FONT.region
				)
			: plot
	);
	const names = shown.map((s) => oneLine(s.name, unnamed(locale)));
	const labels = placeLabels(
		dots.map((dot, i) => ({
			x: dot.x,
			y: dot.y,
			r: dot.r,
			name: names[i] ?? '',
			priority: shown[i]?.reach ?? 0
		})),
		{ bounds: plot, fontSize: FONT.label, obstacles: regionBoxes }
	);

	const warnings = warningsByRecord(options.findings);
	const nodes: SceneNode[] = shown.map((s, i) => {
		const dot = dots[i] as Dot;
		const name = names[i] ?? '';
		const quadrant = quadrantOf(s);
		const sentiment = sentimentStyle(s.sentiment);
		const found = warnings.get(`stakeholders:${s.id}`) ?? [];
		const finding =
			found.length > 0 ? ` ${counted(m.map_finding_sentence, found.length, locale)}` : '';
		const label = labels[i] ?? null;
		let description: string | undefined;
		return {
			id: s.id,
			record: 'stakeholders',
			x: round2(dot.x),
			y: round2(dot.y),
			r: round2(dot.r),
			fill: sentiment.color,
			className: `stakeholder ${sentiment.className} quadrant-${quadrant ?? 'not-placed'}${found.length > 0 ? ' has-finding' : ''}`,
			name,
			// Built when read (see SceneNode.description).
			get description() {
				return (description ??=
					m.map_stakeholder_dot(
						{
							name: spokenName(name),
							influence: formatCount(Math.round(s.influence), locale),
							interest: formatCount(Math.round(s.interest), locale),
							sentiment: inSentence(sentimentName(s.sentiment, locale), locale),
							quadrant: inSentence(quadrantLabel(s, locale), locale)
						},
						{ locale }
					) + finding);
			},
			label: label && { ...label, x: round2(label.x), y: round2(label.y) },
			warnings: found
		};
	});

	const sizeKey = (reach: number) => ({
		label: m.map_reach({ reach: formatCount(reach, locale) }, { locale }),
		swatch: 'size' as const,
		color: NEUTRAL_KEY_COLOR,
		size: round2(radius(reach))
	});
	const ghosts = options.earlier
		? earlierPlaceShapes(nodes, options.earlier.places, (place) => ({
				x: x(clamp(place.interest, 0, 100)),
				y: y(clamp(place.influence, 0, 100))
			}))
		: null;
	const since = ghosts
		? ` ${m.map_moved_since(
				{
					count: ghosts.moved,
					countText: formatCount(ghosts.moved, locale),
					version: oneLine(options.earlier?.name ?? '', m.map_the_version({}, { locale }))
				},
				{ locale }
			)}`
		: '';
	return {
		kind: 'stakeholders',
		title: m.map_stakeholder_title({}, { locale }),
		summary: summarise(shown, plan.stakeholders.length, locale) + since,
		notice: ghosts ? since.trim() : undefined,
		width,
		height,
		background: [...background(frame, locale), ...(ghosts?.shapes ?? [])].map(roundShape),
		links: [],
		nodes,
		foreground: foreground(frame, locale).map(roundShape),
		legend: [
			sentimentLegend(locale),
			{ title: m.map_dot_size({}, { locale }), items: [sizeKey(10), sizeKey(50), sizeKey(100)] }
		],
		axes: {
			x: { field: 'interest', min: 0, max: 100, from: plot.x0, to: plot.x1 },
			y: { field: 'influence', min: 0, max: 100, from: plot.y1, to: plot.y0 }
		}
	};
}
