import { beforeAll, describe, expect, it } from 'vitest';
import { stakeholderRecord } from '../../../../tests/factories/map-records';
import { largeWorkshop, referenceWorkshop } from '../../../../tests/factories/workshop';
import type { Plan, Stakeholder } from '../../domain/plan';
import { SALIENCE_CLASSES, salienceOf } from '../../domain/salience';
import { countOverlaps } from '../shared/overlap';
import type { MapScene } from '../shared/scene';
import { salienceMapScene } from './salience-layout';
import { regionAt, venn } from './venn';

/** Attributes spread over all eight combinations, varied by index. */
function withAttributes(stakeholders: readonly Stakeholder[]): Stakeholder[] {
	return stakeholders.map((s, i) => ({
		...s,
		power: i % 2 === 0,
		legitimacy: Math.floor(i / 2) % 2 === 0,
		urgency: Math.floor(i / 4) % 2 === 0
	}));
}

/** The Venn's geometry, read back from the three circles in the scene. */
function figureOf(scene: MapScene) {
	const circles = scene.background.flatMap((s) => (s.type === 'circle' ? [s] : []));
	const power = circles.find((c) => c.className.includes('attribute-power'))!;
	const legitimacy = circles.find((c) => c.className.includes('attribute-legitimacy'))!;
	const urgency = circles.find((c) => c.className.includes('attribute-urgency'))!;
	const centre = {
		x: (power.cx + legitimacy.cx + urgency.cx) / 3,
		y: (power.cy + legitimacy.cy + urgency.cy) / 3
	};
	return venn(centre, power.r);
}

function expectEveryDotInItsRegion(scene: MapScene, stakeholders: readonly Stakeholder[]) {
	const figure = figureOf(scene);
	const byId = new Map(stakeholders.map((s) => [s.id, s]));
	for (const node of scene.nodes.filter((n) => byId.has(n.id))) {
		const salience = salienceOf(byId.get(node.id)!);
		// Shrink the dot by rounding's worth: the whole dot lies inside its region.
		const region = regionAt(figure, node, node.r - 0.02);
		expect(region, node.name).toBe(salience);
	}
}

describe('salienceMapScene', () => {
	let reference: Plan;
	let large: Plan;
	beforeAll(() => {
		reference = referenceWorkshop().toJSON();
		large = largeWorkshop().toJSON();
	});

	it('is deterministic', () => {
		const plan = { stakeholders: withAttributes(large.stakeholders) };
		expect(salienceMapScene(plan)).toEqual(salienceMapScene(plan));
	});

	it('draws three named circles and names the seven regions', () => {
		const scene = salienceMapScene({ stakeholders: withAttributes(reference.stakeholders) });
		const texts = scene.background.flatMap((s) => (s.type === 'text' ? [s.text] : []));
		expect(texts).toEqual(expect.arrayContaining(['Power', 'Legitimacy', 'Urgency']));
		for (const key of [
			'definitive',
			'dominant',
			'dangerous',
			'dependent',
			'dormant',
			'discretionary',
			'demanding'
		] as const)
			expect(texts).toContain(SALIENCE_CLASSES[key].label);
		expect(scene.axes).toBeUndefined();
	});

	it('puts each stakeholder wholly inside the region of its class, no dot over another', () => {
		const stakeholders = withAttributes(reference.stakeholders);
		const scene = salienceMapScene({ stakeholders });
		expect(scene.nodes).toHaveLength(30);
		expect(countOverlaps(scene.nodes)).toBe(0);
		expectEveryDotInItsRegion(
			scene,
			stakeholders.filter((s) => salienceOf(s) !== 'none')
		);
	});

	it('puts stakeholders with no attribute in a band below the circles, with their names', () => {
		const scene = salienceMapScene(reference);
		const figure = figureOf(scene);
		const bottom = figure.circles.urgency.y + figure.radius;
		expect(scene.nodes).toHaveLength(30);
		for (const node of scene.nodes) {
			expect(node.y).toBeGreaterThan(bottom);
			expect(node.label).not.toBeNull();
		}
		expect(countOverlaps(scene.nodes)).toBe(0);
		const band = scene.background.find((s) => s.className === 'map-band');
		expect(band).toBeDefined();
		expect(scene.background.some((s) => s.type === 'text' && s.text === 'No attribute yet')).toBe(
			true
		);
	});

	it.each([
		[
			'all 300 definitive',
			(s: Stakeholder) => ({ ...s, power: true, legitimacy: true, urgency: true })
		],
		[
			'all 300 dormant',
			(s: Stakeholder) => ({ ...s, power: true, legitimacy: false, urgency: false })
		],
		[
			'300 mixed',
			(s: Stakeholder, i: number) => ({
				...s,
				power: i % 2 === 0,
				legitimacy: i % 3 === 0,
				urgency: i % 5 === 0
			})
		],
		['all 300 without attributes', (s: Stakeholder) => s]
	])('keeps every dot apart and in place with %s', (_, change) => {
		const stakeholders = large.stakeholders.map((s, i) => change(s, i) as Stakeholder);
		const scene = salienceMapScene({ stakeholders });
		expect(scene.nodes).toHaveLength(300);
		expect(countOverlaps(scene.nodes)).toBe(0);
		expectEveryDotInItsRegion(
			scene,
			stakeholders.filter((s) => salienceOf(s) !== 'none')
		);
		for (const node of scene.nodes) {
			expect(node.x - node.r).toBeGreaterThanOrEqual(0);
			expect(node.x + node.r).toBeLessThanOrEqual(scene.width);
			expect(node.y + node.r).toBeLessThanOrEqual(scene.height);
		}
	});

	it('summarises the counts per class', () => {
		const stakeholders = [
			stakeholderRecord(1, { name: 'Council', power: true, legitimacy: true, urgency: true }),
			stakeholderRecord(2, { name: 'Press', power: true, urgency: true }),
			stakeholderRecord(3, { name: 'Neighbours', legitimacy: true }),
			stakeholderRecord(4, { name: 'Readers' })
		];
		const scene = salienceMapScene({ stakeholders });
		expect(scene.summary).toBe(
			'4 stakeholders by salience. 1 definitive: Council. 1 dangerous: Press. 1 discretionary: Neighbours. 1 with no attribute yet: Readers.'
		);
		expect(scene.nodes.find((n) => n.name === 'Press')!.description).toBe(
			'Press: dangerous (power, urgency), neutral.'
		);
	});

	it('gives an empty plan a valid, explained scene', () => {
		const scene = salienceMapScene({ stakeholders: [] });
		expect(scene.summary).toBe('No stakeholders yet.');
		expect(scene.nodes).toEqual([]);
		expect(scene.height).toBeGreaterThan(0);
	});

	it('builds the reference and the large workshop quickly', () => {
		const time = (plan: Pick<Plan, 'stakeholders'>) => {
			salienceMapScene(plan);
			const start = performance.now();
			salienceMapScene(plan);
			return performance.now() - start;
		};
		const ref = time({ stakeholders: withAttributes(reference.stakeholders) });
		const big = time({ stakeholders: withAttributes(large.stakeholders) });
		const crowded = time({
			stakeholders: large.stakeholders.map((s) => ({
				...s,
				power: true,
				legitimacy: true,
				urgency: true
			}))
		});
		console.info(
			`salience map: reference ${ref.toFixed(1)} ms, large ${big.toFixed(1)} ms, 300 in one region ${crowded.toFixed(1)} ms`
		);
		expect(big).toBeLessThan(500);
	});
});
