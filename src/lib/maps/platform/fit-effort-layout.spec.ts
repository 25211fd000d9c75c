import { beforeAll, describe, expect, it } from 'vitest';
import { platformRecord } from '../../../../tests/factories/map-records';
import { largeWorkshop, referenceWorkshop } from '../../../../tests/factories/workshop';
import type { Plan } from '../../domain/plan';
import { countOverlaps } from '../shared/overlap';
import type { MapScene } from '../shared/scene';
import { fitEffortScene, ringOffsets } from './fit-effort-layout';
import {
	FIT_EFFORT_ZONE_KEYS,
	fitEffortZone,
	zoneWords,
	type FitEffortZone
} from './fit-effort-zones';

function valueAt(axis: NonNullable<MapScene['axes']>['x'], position: number): number {
	return axis.min + ((position - axis.from) / (axis.to - axis.from)) * (axis.max - axis.min);
}

describe('fitEffortZone', () => {
	const cases: [fit: number, effort: number, zone: FitEffortZone | null][] = [
		[5, 1, 'quick-wins'],
		[4, 2, 'quick-wins'],
		[5, 5, 'worth-the-effort'],
		[1, 1, 'low-priority'],
		[2, 4, 'avoid'],
		[3, 1, null],
		[5, 3, null]
	];
	it.each(cases)('fit %d, effort %d → %s', (fit, effort, zone) => {
		expect(fitEffortZone({ fit, effort })).toBe(zone);
	});
});

describe('ringOffsets', () => {
	it.each([1, 2, 3, 6, 7, 20, 40])('keeps %d dots in a cell at least a spacing apart', (count) => {
		const offsets = ringOffsets(count, 21);
		expect(offsets).toHaveLength(count);
		for (let i = 0; i < count; i++)
			for (let j = i + 1; j < count; j++) {
				const a = offsets[i]!;
				const b = offsets[j]!;
				expect(Math.hypot(a.dx - b.dx, a.dy - b.dy)).toBeGreaterThanOrEqual(21 - 1e-9);
			}
	});
});

describe('fitEffortScene', () => {
	let reference: Plan;
	let large: Plan;
	beforeAll(() => {
		reference = referenceWorkshop().toJSON();
		large = largeWorkshop().toJSON();
	});

	it('is deterministic', () => {
		expect(fitEffortScene(large)).toEqual(fitEffortScene(large));
	});

	it('places each platform at its effort and fit, the grid at each value, four named zones', () => {
		const scene = fitEffortScene(reference);
		const axes = scene.axes!;
		expect(axes.x).toMatchObject({ field: 'effort', min: 1, max: 5 });
		expect(axes.y).toMatchObject({ field: 'fit', min: 1, max: 5 });
		expect(axes.y.from).toBeGreaterThan(axes.y.to);
		for (const node of scene.nodes) {
			const platform = reference.platforms.find((p) => p.id === node.id)!;
			expect(Math.abs(valueAt(axes.x, node.x) - platform.effort)).toBeLessThan(0.5);
			expect(Math.abs(valueAt(axes.y, node.y) - platform.fit)).toBeLessThan(0.5);
		}
		const texts = scene.background.flatMap((s) => (s.type === 'text' ? [s.text] : []));
		for (const zone of FIT_EFFORT_ZONE_KEYS) expect(texts).toContain(zoneWords(zone).label);
		expect(
			scene.background.filter((s) => s.type === 'line' && /map-(grid|midline)/.test(s.className))
		).toHaveLength(10);
		expect(scene.background.filter((s) => s.className.startsWith('map-zone'))).toHaveLength(4);
	});

	it('spreads platforms that share a cell without overlap, even 40 in one cell', () => {
		expect(countOverlaps(fitEffortScene(large).nodes)).toBe(0);
		const platforms = Array.from({ length: 40 }, (_, i) =>
			platformRecord(i, { effort: 2, fit: 4 })
		);
		const scene = fitEffortScene({ platforms, presence: [] });
		expect(countOverlaps(scene.nodes)).toBe(0);
		const axes = scene.axes!;
		for (const node of scene.nodes) {
			expect(node.x - node.r).toBeGreaterThanOrEqual(
				axes.x.from - (axes.x.to - axes.x.from) / 8 - 0.01
			);
		}
	});

	it('colours platforms by decision and describes them', () => {
		const platforms = [
			platformRecord(1, { name: 'Newsletter', fit: 5, effort: 1, decision: 'focus' })
		];
		const node = fitEffortScene({ platforms, presence: [] }).nodes[0]!;
		expect(node.fill).toBe('#0072B2');
		expect(node.className).toContain('decision-focus');
		expect(node.description).toBe('Newsletter: fit 5, effort 1, focus, quick win.');
		expect(node.label).toMatchObject({ text: 'Newsletter', truncated: false });
	});

	it('summarises the zones and the platforms on a dividing line', () => {
		const platforms = [
			platformRecord(1, { name: 'Newsletter', fit: 5, effort: 1 }),
			platformRecord(2, { name: 'Forum', fit: 4, effort: 2 }),
			platformRecord(3, { name: 'TikTok', fit: 1, effort: 5 }),
			platformRecord(4, { name: 'Podcast', fit: 3, effort: 4 })
		];
		expect(fitEffortScene({ platforms, presence: [] }).summary).toBe(
			'4 platforms by fit and effort. 2 quick wins: Newsletter, Forum. 1 to avoid: TikTok. 1 on a dividing line (fit or effort 3): Podcast.'
		);
	});

	it('gives an empty plan a valid, explained scene', () => {
		const scene = fitEffortScene({ platforms: [], presence: [] });
		expect(scene.summary).toBe('No platforms yet.');
		expect(scene.nodes).toEqual([]);
		expect(scene.axes).toBeDefined();
	});

	it('builds the reference and the large workshop quickly', () => {
		const time = (plan: Plan) => {
			fitEffortScene(plan);
			const start = performance.now();
			fitEffortScene(plan);
			return performance.now() - start;
		};
		console.info(
			`fit × effort: reference ${time(reference).toFixed(1)} ms, large ${time(large).toFixed(1)} ms`
		);
		expect(fitEffortScene(large).nodes).toHaveLength(40);
	});
});
