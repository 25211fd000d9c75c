import { scaleLinear } from 'd3';
import type { Platform, Presence, Stakeholder } from '../../domain/plan';
import type { PresenceStrength } from '../../domain/vocabulary';
import { oneLine } from '../../domain/text';
import {
	DECISION_COLORS,
	DECISION_ORDER,
	NEUTRAL_KEY_COLOR,
	type DecisionKey
} from '../shared/colors';
import { DESIGN_WIDTH, FONT } from '../shared/metrics';
import { round2 } from '../shared/round';
import type {
	LegendGroup,
	MapOptions,
	MapPlan,
	MapScene,
	SceneLink,
	SceneNode,
	Shape
} from '../shared/scene';
import { byRecordOrder, spokenName, warningsByRecord } from '../shared/scene-text';
import { sentimentStyle } from '../shared/sentiment';
import {
	counted,
	decisionLegend,
	decisionName,
	namesIn,
	peopleShown,
	sentimentLegend,
	sentimentName
} from '../shared/map-words';
import { formatCount, inSentence, type Locale } from '../../domain/locale';
import { labelIn } from '../../domain/vocabulary';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { fitToWidth } from '../shared/label-text';
import { orderColumns } from './crossings';
import { horizontalLink } from './link-path';
import { crowdedPlatformMap, platformGroupScene } from './group-layout';

/**
 * The platform map: stakeholders in a left column, platforms in a right one, a link wherever a
 * stakeholder is present on a platform (thicker for more active). Platforms are grouped by
 * decision, most committed on top, and both columns are ordered so fewer links cross; the order is
 * fully determined by the plan, so the map does not reshuffle between devices.
 */

const TOP = 44;
const BOTTOM = 16;
const SIDE = 16;
const ROW = 18;
const STAKEHOLDER_RADIUS = 4.5;
const EFFORT_RADIUS = { min: 8, max: 20 };
/** Platforms need room for their largest dot and a line of text. */
const MIN_PLATFORM_SPACING = 2 * EFFORT_RADIUS.max + 8;
/** Extra space between decision groups, as a share of one platform's spacing. */
const GROUP_GAP = 0.5;
const LABEL_GAP = 6;

export const LINK_WIDTHS: Record<PresenceStrength, number> = { 1: 1, 2: 2.5, 3: 4.5 };

function decisionOf(platform: Platform): DecisionKey {
	return platform.decision && platform.decision in DECISION_COLORS
		? platform.decision
		: 'undecided';
}

function strengthOf(value: number): PresenceStrength {
	return value >= 3 ? 3 : value <= 1 ? 1 : 2;
}

const effortScale = scaleLinear()
	.domain([1, 5])
	.range([EFFORT_RADIUS.min, EFFORT_RADIUS.max])
	.clamp(true);

function effortRadius(effort: number): number {
	return effortScale(Number.isFinite(effort) ? effort : 3);
}

function summarise(
	platforms: readonly Platform[],
	stakeholderCount: number,
	totalStakeholders: number,
	linkCount: number,
	locale: Locale
): string {
	if (platforms.length === 0 && totalStakeholders === 0)
		return m.map_no_stakeholders_or_platforms({}, { locale });
	const people = peopleShown(stakeholderCount, totalStakeholders, locale);
	if (platforms.length === 0) return m.map_no_platforms_people({ people }, { locale });
	const unnamed = m.report_unnamed_platform({}, { locale });
	const groups = DECISION_ORDER.flatMap((decision) => {
		const members = platforms.filter((p) => decisionOf(p) === decision);
		if (members.length === 0) return [];
		const names = namesIn(
			members.map((p) => oneLine(p.name, unnamed)),
			locale
		);
		return [
			m.map_decision_group(
				{
					count: formatCount(members.length, locale),
					decision: inSentence(decisionName(decision, locale), locale),
					names
				},
				{ locale }
			)
		];
	});
	return m.map_platform_summary(
		{
			platforms: counted(m.map_platform_count, platforms.length, locale),
			groups: groups.join(', '),
			links: counted(m.map_link_count, linkCount, locale),
			people
		},
		{ locale }
	);
}

function legend(locale: Locale): LegendGroup[] {
	return [
		decisionLegend(DECISION_ORDER, locale),
		sentimentLegend(locale),
		{
			title: m.map_legend_presence({}, { locale }),
			items: ([1, 2, 3] as const).map((strength) => ({
				label: labelIn('presenceStrengths', strength, locale),
				swatch: 'line' as const,
				color: NEUTRAL_KEY_COLOR,
				size: LINK_WIDTHS[strength]
			}))
		},
		{
			title: m.map_dot_size({}, { locale }),
			items: [1, 5].map((effort) => ({
				label:
					effort === 1
						? m.map_effort_key_light({}, { locale })
						: m.map_effort_key_heavy({}, { locale }),
				swatch: 'size' as const,
				color: NEUTRAL_KEY_COLOR,
				size: effortRadius(effort)
			}))
		}
	];
}

export function platformMapScene(plan: MapPlan, options: MapOptions = {}): MapScene {
	const width = options.width ?? DESIGN_WIDTH;
	const locale = options.locale ?? getLocale();
	const visible = options.visibleStakeholders;
	const stakeholders = [...plan.stakeholders]
		.filter((s) => !visible || visible.has(s.id))
		.sort(byRecordOrder);
	const platforms = [...plan.platforms].sort(byRecordOrder);
	if (crowdedPlatformMap(stakeholders.length, platforms.length, plan.presence.length))
		return platformGroupScene(
			stakeholders,
			platforms,
			plan.presence,
			plan.stakeholders.length,
			width,
			locale
		);

	// Links between drawn records only, one per pair (the strongest if a pair is listed twice).
	const stakeholderIndex = new Map(stakeholders.map((s, i) => [s.id, i]));
	const platformIndex = new Map(platforms.map((p, i) => [p.id, i]));
	const presence = new Map<string, Presence>();
	for (const item of plan.presence) {
		if (!stakeholderIndex.has(item.stakeholderId) || !platformIndex.has(item.platformId)) continue;
		const id = `${item.stakeholderId}:${item.platformId}`;
		const known = presence.get(id);
		if (!known || item.strength > known.strength) presence.set(id, item);
	}
	// In record order, not storage order: sums of positions must add up in the same order everywhere.
	const edges = [...presence.values()]
		.map((item) => ({
			left: stakeholderIndex.get(item.stakeholderId) ?? 0,
			right: platformIndex.get(item.platformId) ?? 0,
			weight: strengthOf(item.strength)
		}))
		.sort((a, b) => a.left - b.left || a.right - b.right);

	const decisionRank = (index: number) => {
		const platform = platforms[index];
		return platform ? DECISION_ORDER.indexOf(decisionOf(platform)) : 0;
	};
	// Inputs are already in record order (then id), so index order is the tie-break the plan gives.
	const order = orderColumns(stakeholders.length, platforms.length, edges, {
		rightGroup: decisionRank
	});

	// Vertical space: one row per stakeholder, platforms spread over the same height (with a
	// little extra between decision groups), whichever needs more sets the height.
	const groupBreaks = order.right.filter(
		(index, k) => k > 0 && decisionRank(index) !== decisionRank(order.right[k - 1] ?? index)
	).length;
	const platformSlots = platforms.length + groupBreaks * GROUP_GAP;
	const content = Math.max(
		stakeholders.length * ROW,
		platformSlots * MIN_PLATFORM_SPACING,
		platforms.length + stakeholders.length === 0 ? 0 : ROW
	);
	const stakeholderRow = stakeholders.length > 0 ? content / stakeholders.length : ROW;
	const platformSpacing = platformSlots > 0 ? content / platformSlots : 0;
	const height = Math.ceil(TOP + content + BOTTOM);

	const leftX = Math.round(width * 0.32);
	const rightX = Math.round(width * 0.7);

	const stakeholderY = new Map<number, number>();
	order.left.forEach((index, k) => stakeholderY.set(index, TOP + stakeholderRow * (k + 0.5)));
	const platformY = new Map<number, number>();
	let slot = 0;
	order.right.forEach((index, k) => {
		if (k > 0 && decisionRank(index) !== decisionRank(order.right[k - 1] ?? index))
			slot += GROUP_GAP;
		platformY.set(index, TOP + platformSpacing * (slot + 0.5));
		slot += 1;
	});

	const warnings = warningsByRecord(options.findings);
	const platformNames = platforms.map((p) =>
		oneLine(p.name, m.report_unnamed_platform({}, { locale }))
	);
	const stakeholderNames = stakeholders.map((s) =>
		oneLine(s.name, m.report_unnamed_stakeholder({}, { locale }))
	);
	const linksOf = new Map<string, Presence[]>();
	for (const item of presence.values()) {
		for (const key of [item.stakeholderId, item.platformId]) {
			const list = linksOf.get(key);
			if (list) list.push(item);
			else linksOf.set(key, [item]);
		}
	}

	const nodes: SceneNode[] = [];
	order.left.forEach((index) => {
		const s = stakeholders[index] as Stakeholder;
		const y = stakeholderY.get(index) ?? TOP;
		const name = stakeholderNames[index] ?? '';
		const sentiment = sentimentStyle(s.sentiment);
		const found = warnings.get(`stakeholders:${s.id}`) ?? [];
		const labelRight = leftX - STAKEHOLDER_RADIUS - LABEL_GAP;
		const fitted = fitToWidth(name, labelRight - SIDE, FONT.label);
		const onPlatforms = (linksOf.get(s.id) ?? [])
			.map((item) => platformIndex.get(item.platformId) ?? 0)
			.sort((a, b) => (platformY.get(a) ?? 0) - (platformY.get(b) ?? 0));
		const describe = () => {
			const said = {
				name: spokenName(name),
				sentiment: inSentence(sentimentName(s.sentiment, locale), locale)
			};
			return onPlatforms.length === 0
				? m.map_stakeholder_on_no_platform(said, { locale })
				: m.map_stakeholder_on_platforms(
						{
							...said,
							platforms: counted(m.map_platform_count, onPlatforms.length, locale),
							names: namesIn(
								onPlatforms.map((p) => platformNames[p] ?? ''),
								locale
							)
						},
						{ locale }
					);
		};
		let description: string | undefined;
		nodes.push({
			id: s.id,
			record: 'stakeholders',
			x: leftX,
			y: round2(y),
			r: STAKEHOLDER_RADIUS,
			fill: sentiment.color,
			className: `stakeholder ${sentiment.className}${found.length > 0 ? ' has-finding' : ''}`,
			name,
			// Built when read (see SceneNode.description).
			get description() {
				return (description ??= describe());
			},
			label: {
				text: fitted.text,
				truncated: fitted.truncated,
				x: round2(labelRight),
				y: round2(y + 0.32 * FONT.label),
				anchor: 'end'
			},
			warnings: found
		});
	});
	order.right.forEach((index) => {
		const p = platforms[index] as Platform;
		const y = platformY.get(index) ?? TOP;
		const r = effortRadius(p.effort);
		const name = platformNames[index] ?? '';
		const decision = decisionOf(p);
		const style = DECISION_COLORS[decision];
		const found = warnings.get(`platforms:${p.id}`) ?? [];
		const labelLeft = rightX + r + LABEL_GAP;
		const fitted = fitToWidth(name, width - SIDE - labelLeft, FONT.label);
		const audience = linksOf.get(p.id)?.length ?? 0;
		let description: string | undefined;
		nodes.push({
			id: p.id,
			record: 'platforms',
			x: rightX,
			y: round2(y),
			r: round2(r),
			fill: style.color,
			className: `platform ${style.className}${found.length > 0 ? ' has-finding' : ''}`,
			name,
			get description() {
				return (description ??= m.map_platform_dot(
					{
						name: spokenName(name),
						decision: inSentence(decisionName(decision, locale), locale),
						effort: formatCount(p.effort, locale),
						fit: formatCount(p.fit, locale),
						audience:
							audience === 0
								? m.map_platform_no_audience({}, { locale })
								: counted(m.map_platform_audience, audience, locale)
					},
					{ locale }
				));
			},
			label: {
				text: fitted.text,
				truncated: fitted.truncated,
				x: round2(labelLeft),
				y: round2(y + 0.32 * FONT.label),
				anchor: 'start'
			},
			warnings: found
		});
	});

	const links: SceneLink[] = [...presence.values()]
		.map((item) => {
			const left = stakeholderIndex.get(item.stakeholderId) ?? 0;
			const right = platformIndex.get(item.platformId) ?? 0;
			const platform = platforms[right] as Platform;
			const strength = strengthOf(item.strength);
			const source: [number, number] = [
				round2(leftX + STAKEHOLDER_RADIUS),
				round2(stakeholderY.get(left) ?? TOP)
			];
			const target: [number, number] = [
				round2(rightX - effortRadius(platform.effort)),
				round2(platformY.get(right) ?? TOP)
			];
			const link: SceneLink = {
				id: `${item.stakeholderId}:${item.platformId}`,
				source: item.stakeholderId,
				target: item.platformId,
				d: horizontalLink(source, target),
				width: LINK_WIDTHS[strength],
				strength,
				className: `map-link strength-${strength}`
			};
			return { link, top: source[1], bottom: target[1] };
		})
		// Top to bottom, so the drawing order (and the file) does not depend on how presence was stored.
		.sort((a, b) => a.top - b.top || a.bottom - b.bottom)
		.map(({ link }) => link);

	const background: Shape[] = [
		{
			type: 'text',
			x: leftX + STAKEHOLDER_RADIUS,
			y: TOP - 16,
			text: m.map_heading_stakeholders({}, { locale }),
			className: 'map-heading',
			anchor: 'end'
		},
		{
			type: 'text',
			x: rightX - EFFORT_RADIUS.max,
			y: TOP - 16,
			text: m.map_heading_platforms({}, { locale }),
			className: 'map-heading',
			anchor: 'start'
		}
	];

	return {
		kind: 'platforms',
		title: m.map_platform_title({}, { locale }),
		summary: summarise(
			platforms,
			stakeholders.length,
			plan.stakeholders.length,
			links.length,
			locale
		),
		width,
		height,
		background,
		links,
		nodes,
		foreground: [],
		legend: legend(locale)
	};
}
