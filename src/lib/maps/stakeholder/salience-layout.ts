import type { Stakeholder } from '../../domain/plan';
import {
	SALIENCE_ATTRIBUTE_KEYS,
	SALIENCE_CLASS_KEYS,
	salienceAttributeIn,
	salienceClassIn,
	salienceGroups,
	type SalienceAttribute,
	type SalienceClass
} from '../../domain/salience';
import { formatCount, formatList, inSentence, type Locale } from '../../domain/locale';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { counted, namesIn, sentimentLegend, sentimentName } from '../shared/map-words';
import { oneLine } from '../../domain/text';
import { labelBox, placeLabels, type Box } from '../shared/labels';
import { DESIGN_WIDTH, FONT } from '../shared/metrics';
import { round2, roundShape } from '../shared/round';
import type { MapOptions, MapPlan, MapScene, SceneLabel, SceneNode, Shape } from '../shared/scene';
import { byRecordOrder, spokenName, warningsByRecord } from '../shared/scene-text';
import { sentimentStyle } from '../shared/sentiment';
import { fitToWidth } from '../shared/label-text';
import { densityNotice, DRAW_EACH_UP_TO } from '../shared/density';
import { regionAnchor, regionAt, venn, vennExtent, type Point, type Venn } from './venn';

/**
 * The salience map: three overlapping circles for power, legitimacy and urgency, each stakeholder
 * a dot in the region of the attributes it holds, and the ones with none in a band below. Dots
 * are packed on a hexagonal grid inside their region, nearest the region's name first; when a
 * region is crowded the dots get smaller, then the circles larger, so no dot ever covers another
 * or straddles an outline.
 */

type VennClass = Exclude<SalienceClass, 'none'>;
const VENN_CLASSES = SALIENCE_CLASS_KEYS.filter((key): key is VennClass => key !== 'none');

const BASE_RADIUS = 150;
const DOT_RADII = [7, 6, 5, 4];
const GROWTH = 1.2;
const MAX_GROWTH_STEPS = 8;
/** Space between neighbouring dots, and between a dot and an outline or a region's name. */
const GAP = 2;
const MARGIN = 16;
/** Room above the circles for the names of the top two. */
const TOP = 34;
/** The band lists stakeholders with their names while they fit in a few rows, then packs them. */
const LIST_MAX = 48;
const LIST_COLUMN = 170;
const LIST_ROW = 22;
const BAND_DOT = 6;

interface Packing {
	figure: Venn;
	dot: number;
	labels: Map<VennClass, { point: Point; box: Box }>;
	spots: Map<VennClass, Point[]>;
}

function regionLabelFor(
	region: VennClass,
	anchor: Point,
	locale: Locale
): { point: Point; box: Box } {
	const text = salienceClassIn(region, locale).label;
	const point = { x: anchor.x, y: anchor.y + 0.35 * FONT.region };
	const box = labelBox({ text, x: point.x, y: point.y, anchor: 'middle' }, FONT.region);
	return { point, box };
}

function circleTouchesBox(point: Point, r: number, box: Box): boolean {
	const dx = point.x - Math.max(box.x0, Math.min(point.x, box.x1));
	const dy = point.y - Math.max(box.y0, Math.min(point.y, box.y1));
	return dx * dx + dy * dy < r * r;
}

/** Hexagonal grid points of the figure that a dot of radius `dot` can take, sorted into regions. */
function pack(figure: Venn, labels: Packing['labels'], dot: number): Packing {
	const { centre, radius } = figure;
	const labelBoxes = [...labels.values()].map(({ box }) => box);
	const spots = new Map<VennClass, Point[]>(VENN_CLASSES.map((region) => [region, []]));
	const spacing = 2 * dot + GAP;
	const rowHeight = (spacing * Math.sqrt(3)) / 2;
	const extent = vennExtent(radius);
	const rows = Math.ceil(Math.max(extent.up, extent.down) / rowHeight);
	const columns = Math.ceil(extent.halfWidth / spacing) + 1;
	for (let row = -rows; row <= rows; row++) {
		const offset = Math.abs(row) % 2 === 1 ? spacing / 2 : 0;
		for (let column = -columns; column <= columns; column++) {
			const point = { x: centre.x + column * spacing + offset, y: centre.y + row * rowHeight };
			const region = regionAt(figure, point, dot + GAP);
			if (region === null || region === 'none') continue;
			if (labelBoxes.every((box) => !circleTouchesBox(point, dot + GAP, box)))
				spots.get(region)?.push(point);
		}
	}
	return { figure, dot, labels, spots };
}

/** Each region's spots nearest its name first, so a small group gathers under its name. */
function sortSpots(packing: Packing): Packing {
	for (const [region, points] of packing.spots) {
		const anchor = packing.labels.get(region)?.point ?? packing.figure.centre;
		const distance = (p: Point) => Math.hypot(p.x - anchor.x, p.y - anchor.y);
		points.sort((a, b) => distance(a) - distance(b) || a.y - b.y || a.x - b.x);
	}
	return packing;
}

/** The largest dots, then the smallest circles, that give every stakeholder a spot. */
function fit(groups: Record<SalienceClass, Stakeholder[]>, width: number, locale: Locale): Packing {
	const scale = width / DESIGN_WIDTH;
	let packing: Packing | undefined;
	for (let step = 0; step <= MAX_GROWTH_STEPS; step++) {
		const radius = BASE_RADIUS * scale * GROWTH ** step;
		const extent = vennExtent(radius);
		const centre = { x: Math.max(width / 2, MARGIN + extent.halfWidth), y: TOP + extent.up };
		const figure = venn(centre, radius);
		const labels = new Map(
			VENN_CLASSES.map((region) => [
				region,
				regionLabelFor(region, regionAnchor(figure, region), locale)
			])
		);
		for (const dot of DOT_RADII) {
			packing = pack(figure, labels, dot);
			const spots = packing.spots;
			if (VENN_CLASSES.every((region) => groups[region].length <= (spots.get(region)?.length ?? 0)))
				return sortSpots(packing);
		}
	}
	// Unreachable for any plan within the limits (thousands of stakeholders fit); keep the last try.
	return sortSpots(packing as Packing);
}

function summarise(
	shown: readonly Stakeholder[],
	total: number,
	groups: Record<SalienceClass, Stakeholder[]>,
	locale: Locale
): string {
	if (total === 0) return m.map_no_stakeholders({}, { locale });
	const stakeholders = counted(m.map_stakeholder_count, total, locale);
	if (shown.length === 0) return m.map_none_shown({ stakeholders }, { locale });
	const head =
		shown.length === total
			? m.map_salience_head_all({ stakeholders }, { locale })
			: m.map_salience_head_some(
					{ shown: formatCount(shown.length, locale), stakeholders },
					{ locale }
				);
	const parts = [head];
	const unnamed = m.report_unnamed_stakeholder({}, { locale });
	for (const key of SALIENCE_CLASS_KEYS) {
		const members = groups[key];
		if (members.length === 0) continue;
		const names = namesIn(
			members.map((s) => oneLine(s.name, unnamed)),
			locale
		);
		const what =
			key === 'none'
				? m.map_salience_none_phrase({}, { locale })
				: inSentence(salienceClassIn(key, locale).label, locale);
		parts.push(
			m.map_salience_group({ count: formatCount(members.length, locale), what, names }, { locale })
		);
	}
	return parts.join(' ');
}

function describeStakeholder(
	stakeholder: Stakeholder,
	name: string,
	region: SalienceClass,
	locale: Locale
): string {
	const sentiment = inSentence(sentimentName(stakeholder.sentiment, locale), locale);
	if (region === 'none')
		return m.map_salience_dot_none({ name: spokenName(name), sentiment }, { locale });
	const salience = salienceClassIn(region, locale);
	const attributes = formatList(
		salience.attributes.map((attribute) =>
			inSentence(salienceAttributeIn(attribute, locale).label, locale)
		),
		locale
	);
	return m.map_salience_dot(
		{
			name: spokenName(name),
			salience: inSentence(salience.label, locale),
			attributes,
			sentiment
		},
		{ locale }
	);
}

export function salienceMapScene(
	plan: Pick<MapPlan, 'stakeholders'>,
	options: MapOptions = {}
): MapScene {
	const requested = options.width ?? DESIGN_WIDTH;
	const locale = options.locale ?? getLocale();
	const visible = options.visibleStakeholders;
	const shown = [...plan.stakeholders]
		.filter((s) => !visible || visible.has(s.id))
		.sort(byRecordOrder);
	const groups = salienceGroups(shown);
	// A crowded plan is counted per region, not packed dot by dot: the smallest figure will do.
	const crowded = shown.length > DRAW_EACH_UP_TO;
	const packing = fit(crowded ? salienceGroups([]) : groups, requested, locale);
	const { figure } = packing;
	const extent = vennExtent(figure.radius);
	const width = Math.max(requested, Math.ceil(figure.centre.x + extent.halfWidth + MARGIN));

	const background: Shape[] = [];
	const obstacles: Box[] = [];
	for (const attribute of SALIENCE_ATTRIBUTE_KEYS) {
		const circle = figure.circles[attribute];
		background.push({
			type: 'circle',
			cx: circle.x,
			cy: circle.y,
			r: figure.radius,
			className: `map-venn attribute-${attribute}`
		});
	}
	// The circles' names sit outside them: power and legitimacy above, urgency below.
	const attributeLabels: [SalienceAttribute, number][] = [
		['power', figure.circles.power.y - figure.radius - 10],
		['legitimacy', figure.circles.legitimacy.y - figure.radius - 10],
		['urgency', figure.circles.urgency.y + figure.radius + 8 + 0.8 * FONT.heading]
	];
	for (const [attribute, y] of attributeLabels) {
		const text = salienceAttributeIn(attribute, locale).label;
		const x = figure.circles[attribute].x;
		background.push({ type: 'text', x, y, text, className: 'map-heading', anchor: 'middle' });
		obstacles.push(labelBox({ text, x, y, anchor: 'middle' }, FONT.heading));
	}
	for (const [region, { point, box }] of packing.labels) {
		background.push({
			type: 'text',
			x: point.x,
			y: point.y,
			text: salienceClassIn(region, locale).label,
			className: `map-region-label salience-${region}`,
			anchor: 'middle'
		});
		obstacles.push(box);
	}
	const vennBottom = figure.circles.urgency.y + figure.radius + 8 + 0.8 * FONT.heading + 10;
	if (crowded)
		return countedScene(
			shown,
			plan.stakeholders.length,
			groups,
			packing,
			background,
			width,
			vennBottom,
			locale
		);

	// Positions: Venn regions from the packing, the rest in the band under the circles.
	const position = new Map<string, Point & { r: number }>();
	for (const region of VENN_CLASSES) {
		const spots = packing.spots.get(region) ?? [];
		groups[region].forEach((s, i) => {
			const spot = spots[i];
			if (spot) position.set(s.id, { ...spot, r: packing.dot });
		});
	}
	const none = groups.none;
	const bandTop = vennBottom + 6;
	const listed = none.length <= LIST_MAX;
	const columns = listed
		? Math.max(1, Math.floor((width - 2 * MARGIN) / LIST_COLUMN))
		: Math.max(1, Math.floor((width - 2 * MARGIN) / (2 * BAND_DOT + GAP)));
	const rowHeight = listed ? LIST_ROW : 2 * BAND_DOT + GAP;
	const columnWidth = listed ? LIST_COLUMN : 2 * BAND_DOT + GAP;
	const rows = Math.ceil(none.length / columns);
	const bandHeight = none.length === 0 ? 0 : 30 + rows * rowHeight + 8;
	none.forEach((s, i) => {
		const column = i % columns;
		const row = Math.floor(i / columns);
		position.set(s.id, {
			x: MARGIN + 8 + BAND_DOT + column * columnWidth,
			y: bandTop + 30 + row * rowHeight + rowHeight / 2,
			r: BAND_DOT
		});
	});
	if (none.length > 0) {
		background.push(
			{
				type: 'rect',
				x: MARGIN / 2,
				y: bandTop,
				width: width - MARGIN,
				height: bandHeight,
				className: 'map-band'
			},
			{
				type: 'text',
				x: MARGIN,
				y: bandTop + 20,
				text: salienceClassIn('none', locale).label,
				className: 'map-region-label salience-none',
				anchor: 'start'
			}
		);
	}
	const height = Math.ceil(bandTop + bandHeight + (none.length > 0 ? 8 : 0));

	// Labels: next to the dot in the band's list; placed around the dot in the circles.
	const unnamed = m.report_unnamed_stakeholder({}, { locale });
	const names = new Map(shown.map((s) => [s.id, oneLine(s.name, unnamed)]));
	const labels = new Map<string, SceneLabel | null>();
	if (listed) {
		for (const s of none) {
			const spot = position.get(s.id);
			if (!spot) continue;
			const { text, truncated } = fitToWidth(
				names.get(s.id) ?? '',
				columnWidth - 2 * BAND_DOT - 12,
				FONT.label
			);
			labels.set(s.id, {
				text,
				truncated,
				x: round2(spot.x + spot.r + 4),
				y: round2(spot.y + 0.32 * FONT.label),
				anchor: 'start'
			});
		}
	}
	const regionOf = new Map<string, SalienceClass>();
	for (const key of SALIENCE_CLASS_KEYS) for (const s of groups[key]) regionOf.set(s.id, key);
	const inCircles = shown.filter((s) => regionOf.get(s.id) !== 'none' && position.has(s.id));
	const placed = placeLabels(
		inCircles.map((s) => {
			const spot = position.get(s.id) as Point & { r: number };
			return { ...spot, name: names.get(s.id) ?? '', priority: s.reach };
		}),
		{ bounds: { x0: 0, y0: 0, x1: width, y1: vennBottom }, fontSize: FONT.label, obstacles }
	);
	inCircles.forEach((s, i) => {
		const label = placed[i] ?? null;
		labels.set(s.id, label && { ...label, x: round2(label.x), y: round2(label.y) });
	});

	const warnings = warningsByRecord(options.findings);
	const nodes: SceneNode[] = [];
	for (const s of shown) {
		const spot = position.get(s.id);
		if (!spot) continue;
		const region = regionOf.get(s.id) ?? 'none';
		const sentiment = sentimentStyle(s.sentiment);
		const found = warnings.get(`stakeholders:${s.id}`) ?? [];
		const name = names.get(s.id) ?? '';
		nodes.push({
			id: s.id,
			record: 'stakeholders',
			x: round2(spot.x),
			y: round2(spot.y),
			r: spot.r,
			fill: sentiment.color,
			className: `stakeholder ${sentiment.className} salience-${region}${found.length > 0 ? ' has-finding' : ''}`,
			name,
			description:
				describeStakeholder(s, name, region, locale) +
				(found.length > 0 ? ` ${counted(m.map_finding_sentence, found.length, locale)}` : ''),
			label: labels.get(s.id) ?? null,
			warnings: found
		});
	}

	return {
		kind: 'salience',
		title: m.map_salience_title({}, { locale }),
		summary: summarise(shown, plan.stakeholders.length, groups, locale),
		width,
		height,
		background: background.map(roundShape),
		links: [],
		nodes,
		foreground: [],
		legend: [sentimentLegend(locale)]
	};
}

/** The salience map of a crowded plan: how many stakeholders each region holds, no dots. */
function countedScene(
	shown: readonly Stakeholder[],
	total: number,
	groups: Record<SalienceClass, Stakeholder[]>,
	packing: Packing,
	background: Shape[],
	width: number,
	vennBottom: number,
	locale: Locale
): MapScene {
	const shapes = [...background];
	for (const [region, { point }] of packing.labels)
		shapes.push({
			type: 'text',
			x: point.x,
			y: point.y + FONT.region + 4,
			text: formatCount(groups[region].length, locale),
			className: 'map-density-count',
			anchor: 'middle'
		});
	shapes.push({
		type: 'text',
		x: MARGIN,
		y: vennBottom + 20,
		text: m.map_salience_none_count(
			{
				label: salienceClassIn('none', locale).label,
				count: formatCount(groups.none.length, locale)
			},
			{ locale }
		),
		className: 'map-region-label salience-none',
		anchor: 'start'
	});
	const notice = densityNotice(shown.length, 'stakeholders-region', locale);
	return {
		kind: 'salience',
		title: m.map_salience_density_title({}, { locale }),
		summary: `${summarise(shown, total, groups, locale)} ${notice}`,
		notice,
		width,
		height: Math.ceil(vennBottom + 32),
		background: shapes.map(roundShape),
		links: [],
		nodes: [],
		foreground: [],
		legend: []
	};
}
