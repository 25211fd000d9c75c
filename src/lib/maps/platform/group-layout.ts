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
import { plural } from '../shared/scene-text';
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
	{ count, most, fill, label }: { count: number; most: number; fill: string; label: string }
): Shape[] {
	const cy = round2(y);
	return [
		{ type: 'circle', cx: x, cy, r: round2(radius(count, most)), className: 'map-density', fill },
		{
			type: 'text',
			x: x + (side === 'start' ? 1 : -1) * (MAX_RADIUS + 6),
			y: cy + 4,
			text: `${label} (${count.toLocaleString('en')})`,
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
	width = DESIGN_WIDTH
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
			countDot(leftX, leftY(k), 'end', {
				count: people.get(group) ?? 0,
				most: mostPeople,
				fill: NEUTRAL_KEY_COLOR,
				label: STAKEHOLDER_GROUPS[group]
			})
		),
		...decisions.flatMap((decision, k) =>
			countDot(rightX, rightY(k), 'start', {
				count: decided.get(decision) ?? 0,
				most: mostPlatforms,
				fill: DECISION_COLORS[decision].color,
				label: DECISION_COLORS[decision].label
			})
		)
	];
	const headings: Shape[] = [
		{
			type: 'text',
			x: leftX,
			y: TOP - 24,
			text: 'Stakeholders by group',
			className: 'map-heading',
			anchor: 'end'
		},
		{
			type: 'text',
			x: rightX,
			y: TOP - 24,
			text: 'Platforms by decision',
			className: 'map-heading',
			anchor: 'start'
		}
	];

	const notice =
		`${plural(stakeholders.length, 'stakeholder', 'stakeholders')} on ${plural(platforms.length, 'platform', 'platforms')} ` +
		`are too many to draw one by one: the map counts stakeholders per group and platforms per decision, ` +
		`and a thicker line means more presences between them. The table lists each platform.`;
	const shownPeople =
		stakeholders.length === totalStakeholders
			? ''
			: ` ${stakeholders.length} of ${totalStakeholders} stakeholders shown.`;
	const decisionsSaid = decisions
		.map((decision) => `${decided.get(decision)} ${DECISION_COLORS[decision].label.toLowerCase()}`)
		.join(', ');
	const legend: LegendGroup[] = [
		{
			title: 'Decision',
			items: decisions.map((decision) => ({
				label: DECISION_COLORS[decision].label,
				swatch: 'dot' as const,
				color: DECISION_COLORS[decision].color
			}))
		}
	];
	return {
		kind: 'platforms',
		title: 'Platform map: where our stakeholders are, counted by group and decision',
		summary: `${plural(platforms.length, 'platform', 'platforms')}: ${decisionsSaid}. ${plural(linkCount, 'link', 'links')}.${shownPeople} ${notice}`,
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
