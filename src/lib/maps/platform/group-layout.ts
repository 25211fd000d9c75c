import type { Platform, Presence, Stakeholder } from '../../domain/plan';
import { keysOf, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../domain/vocabulary';
import {
	DECISION_COLORS,
	DECISION_ORDER,
	NEUTRAL_KEY_COLOR,
	type DecisionKey
} from '../shared/colors';
import { DESIGN_WIDTH } from '../shared/metrics';
import { round2 } from '../shared/round';
import type { LegendGroup, MapScene, Shape } from '../shared/scene';
import { formatCount, inSentence, type Locale } from '../../domain/locale';
import { labelIn } from '../../domain/vocabulary';
import { m } from '../../paraglide/messages.js';
import { counted, decisionLegend, decisionName, peopleShown } from '../shared/map-words';
import { DRAW_EACH_UP_TO } from '../shared/density';

/**
 * The platform map of a crowded plan: thousands of stakeholders and hundreds of platforms
 * with tens of thousands of links are one grey block when drawn one by one. Here stakeholders are
 * counted per group (left) and platforms per decision (right), and a line's width says how many
 * presences join the two. Nothing on it is a record, so nothing is dragged; the table lists
 * each platform and the presence table each link.
 */

/** Platforms drawn one by one up to this many (with their links up to `MAX_LINKS`). */
export const DRAW_PLATFORMS_UP_TO = 150;
const MAX_LINKS = 3_000;

/** Whether the platform map should count by group and decision instead of drawing each record. */
export function crowdedPlatformMap(
	stakeholders: number,
	platforms: number,
	links: number
): boolean {
	return stakeholders > DRAW_EACH_UP_TO || platforms > DRAW_PLATFORMS_UP_TO || links > MAX_LINKS;
}

const TOP = 56;
const ROW = 44;
const MAX_RADIUS = 18;
const MAX_LINE = 14;

function decisionOf(platform: Readonly<Platform>): DecisionKey {
	return platform.decision && platform.decision in DECISION_COLORS
		? platform.decision
		: 'undecided';
}

const radius = (count: number, most: number) => Math.max(3, MAX_RADIUS * Math.sqrt(count / most));

/** One group's circle, its area by its count, named with the count outside the columns. */
function countDot(
	x: number,
	y: number,
	side: 'start' | 'end',
	{ count, most, fill, label }: { count: number; most: number; fill: string; label: string },
	locale: Locale
): Shape[] {
	const cy = round2(y);
	return [
		{ type: 'circle', cx: x, cy, r: round2(radius(count, most)), className: 'map-density', fill },
		{
			type: 'text',
			x: x + (side === 'start' ? 1 : -1) * (MAX_RADIUS + 6),
			y: cy + 4,
			text: `${label} (${formatCount(count, locale)})`,
			className: 'map-label',
			anchor: side
		}
	];
}

export function platformGroupScene(
	stakeholders: readonly Readonly<Stakeholder>[],
	platforms: readonly Readonly<Platform>[],
	presence: readonly Readonly<Presence>[],
	totalStakeholders: number,
	width = DESIGN_WIDTH,
	locale: Locale
): MapScene {
	const groupOf = new Map(stakeholders.map((s) => [s.id, s.group]));
	const decisionById = new Map(platforms.map((p) => [p.id, decisionOf(p)]));
	const people = new Map<StakeholderGroup, number>();
	for (const s of stakeholders) people.set(s.group, (people.get(s.group) ?? 0) + 1);
	const decided = new Map<DecisionKey, number>();
	for (const p of platforms) decided.set(decisionOf(p), (decided.get(decisionOf(p)) ?? 0) + 1);
	const pairs = new Map<string, number>();
	let linkCount = 0;
	for (const item of presence) {
		const group = groupOf.get(item.stakeholderId);
		const decision = decisionById.get(item.platformId);
		if (group === undefined || decision === undefined) continue;
		linkCount += 1;
		const key = `${group}|${decision}`;
		pairs.set(key, (pairs.get(key) ?? 0) + 1);
	}

	const groups = keysOf(STAKEHOLDER_GROUPS).filter((group) => people.has(group));
	const decisions = DECISION_ORDER.filter((decision) => decided.has(decision));
	const rows = Math.max(groups.length, decisions.length, 1);
	const height = TOP + rows * ROW + 16;
	const leftX = Math.round(width * 0.32);
	const rightX = Math.round(width * 0.68);
	const leftY = (k: number) => TOP + (rows / groups.length) * ROW * (k + 0.5);
	const rightY = (k: number) => TOP + (rows / decisions.length) * ROW * (k + 0.5);
	const mostPeople = Math.max(1, ...people.values());
	const mostPlatforms = Math.max(1, ...decided.values());
	const mostPairs = Math.max(1, ...pairs.values());

	const lines: Shape[] = [];
	groups.forEach((group, left) =>
		decisions.forEach((decision, right) => {
			const count = pairs.get(`${group}|${decision}`) ?? 0;
			if (count === 0) return;
			lines.push({
				type: 'line',
				x1: leftX,
				y1: round2(leftY(left)),
				x2: rightX,
				y2: round2(rightY(right)),
				className: 'map-link map-group-link',
				strokeWidth: round2(Math.max(0.75, MAX_LINE * Math.sqrt(count / mostPairs)))
			});
		})
	);
	const dots: Shape[] = [
		...groups.flatMap((group, k) =>
			countDot(
				leftX,
				leftY(k),
				'end',
				{
					count: people.get(group) ?? 0,
					most: mostPeople,
					fill: NEUTRAL_KEY_COLOR,
					label: labelIn('groups', group, locale)
				},
				locale
			)
		),
		...decisions.flatMap((decision, k) =>
			countDot(
				rightX,
				rightY(k),
				'start',
				{
					count: decided.get(decision) ?? 0,
					most: mostPlatforms,
					fill: DECISION_COLORS[decision].color,
					label: decisionName(decision, locale)
				},
				locale
			)
		)
	];
	const headings: Shape[] = [
		{
			type: 'text',
			x: leftX,
			y: TOP - 24,
			text: m.map_heading_stakeholders_by_group({}, { locale }),
			className: 'map-heading',
			anchor: 'end'
		},
		{
			type: 'text',
			x: rightX,
			y: TOP - 24,
			text: m.map_heading_platforms_by_decision({}, { locale }),
			className: 'map-heading',
			anchor: 'start'
		}
	];

	const platformCount = counted(m.map_platform_count, platforms.length, locale);
	const notice = m.map_platform_group_notice(
		{
			stakeholders: counted(m.map_stakeholder_count, stakeholders.length, locale),
			platforms: platformCount
		},
		{ locale }
	);
	const shownPeople =
		stakeholders.length === totalStakeholders
			? ''
			: ` ${peopleShown(stakeholders.length, totalStakeholders, locale)}`;
	const decisionsSaid = decisions
		.map((decision) =>
			m.map_count_of(
				{
					count: formatCount(decided.get(decision) ?? 0, locale),
					what: inSentence(decisionName(decision, locale), locale)
				},
				{ locale }
			)
		)
		.join(', ');
	const legend: LegendGroup[] = [decisionLegend(decisions, locale)];
	return {
		kind: 'platforms',
		title: m.map_platform_group_title({}, { locale }),
		summary: `${m.map_platform_group_summary(
			{
				platforms: platformCount,
				decisions: decisionsSaid,
				links: counted(m.map_link_count, linkCount, locale)
			},
			{ locale }
		)}${shownPeople} ${notice}`,
		notice,
		width,
		height,
		background: [...headings, ...lines, ...dots],
		links: [],
		nodes: [],
		foreground: [],
		legend
	};
}
