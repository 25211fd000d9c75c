import { beforeAll, describe, expect, it } from 'vitest';
import { platformRecord, stakeholderRecord } from '../../../../tests/factories/map-records';
import { largeWorkshop, referenceWorkshop } from '../../../../tests/factories/workshop';
import type { Plan } from '../../domain/plan';
import type { Finding } from '../../domain/plan-check/types';
import { DECISION_ORDER } from '../shared/colors';
import { countOverlaps } from '../shared/overlap';
import type { MapPlan } from '../shared/scene';
import { countCrossings, orderColumns } from './crossings';
import { LINK_WIDTHS, platformMapScene } from './layout';

function mapPlan(plan: Plan): MapPlan {
	return { stakeholders: plan.stakeholders, platforms: plan.platforms, presence: plan.presence };
}

describe('countCrossings and orderColumns', () => {
	it('counts crossing links, not links that share an end', () => {
		// 0→1 and 1→0 cross; 0→0 shares an end with each of them.
		const edges = [
			{ left: 0, right: 1, weight: 1 },
			{ left: 1, right: 0, weight: 1 },
			{ left: 0, right: 0, weight: 1 }
		];
		expect(countCrossings(edges, [0, 1], [0, 1])).toBe(1);
		expect(countCrossings(edges, [0, 1], [1, 0])).toBe(0);
	});

	it('untangles a crossed pair, and never returns an order worse than the given one', () => {
		const edges = [
			{ left: 0, right: 1, weight: 1 },
			{ left: 1, right: 0, weight: 1 }
		];
		expect(orderColumns(2, 2, edges).crossings).toBe(0);
	});

	it('keeps groups on the right in their order', () => {
		const edges = [
			{ left: 0, right: 1, weight: 1 },
			{ left: 1, right: 0, weight: 1 }
		];
		const order = orderColumns(2, 2, edges, { rightGroup: (index) => index });
		expect(order.right).toEqual([0, 1]);
		expect(order.left).toEqual([1, 0]);
	});
});

describe('platformMapScene', () => {
	let reference: MapPlan;
	let large: MapPlan;
	beforeAll(() => {
		reference = mapPlan(referenceWorkshop().toJSON());
		large = mapPlan(largeWorkshop().toJSON());
	});

	it('is deterministic, whatever order presence and records were stored in', () => {
		const scene = platformMapScene(large);
		expect(platformMapScene(large)).toEqual(scene);
		const shuffled: MapPlan = {
			stakeholders: [...large.stakeholders].reverse(),
			platforms: [...large.platforms].reverse(),
			presence: [...large.presence].reverse()
		};
		expect(platformMapScene(shuffled)).toEqual(scene);
	});

	it('draws stakeholders on the left, platforms on the right, a link per presence', () => {
		const scene = platformMapScene(reference);
		const stakeholders = scene.nodes.filter((n) => n.record === 'stakeholders');
		const platforms = scene.nodes.filter((n) => n.record === 'platforms');
		expect(stakeholders).toHaveLength(30);
		expect(platforms).toHaveLength(12);
		expect(Math.max(...stakeholders.map((n) => n.x))).toBeLessThan(
			Math.min(...platforms.map((n) => n.x))
		);
		expect(scene.links).toHaveLength(reference.presence.length);
		for (const link of scene.links) {
			expect(link.d).toMatch(/^M[\d.,-]+C/);
			expect(link.className).toContain(`strength-${link.strength}`);
			expect(link.width).toBe(LINK_WIDTHS[link.strength]);
			expect(link.id).toBe(`${link.source}:${link.target}`);
		}
		expect(countOverlaps(scene.nodes)).toBe(0);
		for (const node of stakeholders) expect(node.label).toMatchObject({ anchor: 'end' });
		for (const node of platforms) expect(node.label).toMatchObject({ anchor: 'start' });
		const headings = scene.background.flatMap((s) => (s.type === 'text' ? [s.text] : []));
		expect(headings).toEqual(['Stakeholders', 'Platforms']);
	});

	it('groups platforms by decision, most committed on top', () => {
		const platforms = [
			platformRecord(1, { decision: 'not-now' }),
			platformRecord(2, { decision: null }),
			platformRecord(3, { decision: 'focus' }),
			platformRecord(4, { decision: 'listen' }),
			platformRecord(5, { decision: 'maintain' })
		];
		const scene = platformMapScene({ stakeholders: [], platforms, presence: [] });
		const order = [...scene.nodes].sort((a, b) => a.y - b.y).map((n) => n.className.split(' ')[1]);
		expect(order).toEqual(DECISION_ORDER.map((d) => `decision-${d}`));
	});

	it('orders both columns so that fewer links cross than in record order', () => {
		const scene = platformMapScene(large);
		const stakeholderY = new Map(
			scene.nodes.filter((n) => n.record === 'stakeholders').map((n) => [n.id, n.y])
		);
		const platformY = new Map(
			scene.nodes.filter((n) => n.record === 'platforms').map((n) => [n.id, n.y])
		);
		const crossingsOf = (left: (id: string) => number, right: (id: string) => number) => {
			let count = 0;
			const links = scene.links.map((l) => [left(l.source), right(l.target)] as const);
			for (let i = 0; i < links.length; i++)
				for (let j = i + 1; j < links.length; j++) {
					const [a0, a1] = links[i]!;
					const [b0, b1] = links[j]!;
					if ((a0 - b0) * (a1 - b1) < 0) count++;
				}
			return count;
		};
		const drawn = crossingsOf(
			(id) => stakeholderY.get(id)!,
			(id) => platformY.get(id)!
		);
		const recordOrder = new Map(large.stakeholders.map((s) => [s.id, s.order]));
		const naive = crossingsOf(
			(id) => recordOrder.get(id)!,
			(id) => platformY.get(id)!
		);
		console.info(
			`platform map, large workshop: ${drawn} crossings (${naive} with stakeholders in record order)`
		);
		expect(drawn).toBeLessThan(naive);
	});

	it('leaves out links of stakeholders a filter hides', () => {
		const visible = new Set(reference.stakeholders.slice(0, 3).map((s) => s.id));
		const scene = platformMapScene(reference, { visibleStakeholders: visible });
		expect(scene.nodes.filter((n) => n.record === 'stakeholders')).toHaveLength(3);
		expect(scene.links.length).toBe(
			reference.presence.filter((p) => visible.has(p.stakeholderId)).length
		);
		for (const link of scene.links) expect(visible.has(link.source)).toBe(true);
	});

	it('ignores presence of deleted records and keeps one link per pair', () => {
		const stakeholders = [stakeholderRecord(1)];
		const platforms = [platformRecord(1)];
		const presence = [
			{ stakeholderId: stakeholders[0]!.id, platformId: platforms[0]!.id, strength: 1 as const },
			{ stakeholderId: stakeholders[0]!.id, platformId: platforms[0]!.id, strength: 3 as const },
			{ stakeholderId: 'gone', platformId: platforms[0]!.id, strength: 2 as const }
		];
		const scene = platformMapScene({ stakeholders, platforms, presence });
		expect(scene.links).toHaveLength(1);
		expect(scene.links[0]!.strength).toBe(3);
	});

	it('shows plan-check findings on the records they are about', () => {
		const platform = reference.platforms[2]!;
		const findings: Finding[] = [
			{
				rule: 'r',
				severity: 'warning',
				message: 'No face named.',
				why: '',
				step: 'platforms',
				record: { kind: 'platforms', id: platform.id }
			}
		];
		const node = platformMapScene(reference, { findings }).nodes.find((n) => n.id === platform.id)!;
		expect(node.warnings).toEqual(['No face named.']);
		expect(node.className).toContain('has-finding');
	});

	it('shortens long names to their column', () => {
		const stakeholders = [stakeholderRecord(1, { name: 'A'.repeat(10_000) })];
		const platforms = [
			platformRecord(1, { name: 'Our very long platform name that goes on and on' })
		];
		const scene = platformMapScene({ stakeholders, platforms, presence: [] });
		for (const node of scene.nodes) {
			expect(node.label?.truncated).toBe(true);
			expect(node.label?.text.endsWith('…')).toBe(true);
		}
		expect(scene.nodes[0]!.name).toHaveLength(10_000);
	});

	it('summarises platforms by decision and counts the links', () => {
		const platforms = [
			platformRecord(1, { name: 'Newsletter', decision: 'focus' }),
			platformRecord(2, { name: 'Forum', decision: 'focus' }),
			platformRecord(3, { name: 'TikTok', decision: 'not-now' }),
			platformRecord(4, { name: 'Podcast' })
		];
		const stakeholders = [stakeholderRecord(1)];
		const presence = [
			{ stakeholderId: stakeholders[0]!.id, platformId: platforms[0]!.id, strength: 2 as const }
		];
		expect(platformMapScene({ stakeholders, platforms, presence }).summary).toBe(
			'4 platforms: 2 focus (Newsletter, Forum), 1 not now (TikTok), 1 undecided (Podcast). 1 link. 1 stakeholder.'
		);
	});

	it('gives an empty plan a valid, explained scene', () => {
		const scene = platformMapScene({ stakeholders: [], platforms: [], presence: [] });
		expect(scene.summary).toBe('No stakeholders or platforms yet.');
		expect(scene.nodes).toEqual([]);
		expect(scene.height).toBeGreaterThan(0);
	});

	it('builds the reference and the large workshop quickly, with a height that fits every row', () => {
		const time = (plan: MapPlan) => {
			platformMapScene(plan);
			const start = performance.now();
			const scene = platformMapScene(plan);
			return { scene, ms: performance.now() - start };
		};
		const ref = time(reference);
		const big = time(large);
		console.info(
			`platform map: reference ${ref.ms.toFixed(1)} ms, large ${big.ms.toFixed(1)} ms (${big.scene.links.length} links)`
		);
		expect(big.scene.links).toHaveLength(1_500);
		expect(big.scene.height).toBeGreaterThanOrEqual(300 * 18);
		expect(Math.max(...big.scene.nodes.map((n) => n.y + n.r))).toBeLessThanOrEqual(
			big.scene.height
		);
	});
});
