import { beforeAll, describe, expect, it } from 'vitest';
import { stakeholderRecord } from '../../../../tests/factories/map-records';
import { largeWorkshop, referenceWorkshop } from '../../../../tests/factories/workshop';
import type { Plan } from '../../domain/plan';
import type { Finding } from '../../domain/plan-check/types';
import { QUADRANTS, quadrantOf } from '../../domain/quadrant';
import { countOverlaps } from '../shared/overlap';
import type { MapScene } from '../shared/scene';
import { stakeholderMapScene } from './layout';

/** The value a scene position stands for, along one of the scene's axes. */
function valueAt(axis: NonNullable<MapScene['axes']>['x'], position: number): number {
	return axis.min + ((position - axis.from) / (axis.to - axis.from)) * (axis.max - axis.min);
}

function timed<T>(build: () => T): { result: T; best: number; all: number[] } {
	build(); // warm-up: the first run pays for compiling the code
	const all: number[] = [];
	let result = build();
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		result = build();
		all.push(performance.now() - start);
	}
	return { result, best: Math.min(...all), all };
}

describe('stakeholderMapScene', () => {
	let reference: Plan;
	let large: Plan;
	beforeAll(() => {
		reference = referenceWorkshop().toJSON();
		large = largeWorkshop().toJSON();
	});

	it('is deterministic', () => {
		expect(stakeholderMapScene(reference)).toEqual(stakeholderMapScene(reference));
		expect(stakeholderMapScene(large)).toEqual(stakeholderMapScene(large));
	});

	it('places every stakeholder of the reference workshop in its quadrant, inside the plot, no dot over another', () => {
		const scene = stakeholderMapScene(reference);
		const axes = scene.axes!;
		expect(axes.x).toMatchObject({ field: 'interest', min: 0, max: 100 });
		expect(axes.y).toMatchObject({ field: 'influence', min: 0, max: 100 });
		expect(axes.y.from).toBeGreaterThan(axes.y.to);
		expect(scene.nodes).toHaveLength(30);
		expect(countOverlaps(scene.nodes)).toBe(0);
		for (const node of scene.nodes) {
			const record = reference.stakeholders.find((s) => s.id === node.id)!;
			expect(node.x - node.r).toBeGreaterThanOrEqual(axes.x.from - 0.01);
			expect(node.x + node.r).toBeLessThanOrEqual(axes.x.to + 0.01);
			expect(node.y + node.r).toBeLessThanOrEqual(axes.y.from + 0.01);
			expect(node.y - node.r).toBeGreaterThanOrEqual(axes.y.to - 0.01);
			// Pushed apart only a little: still close to where the values put it.
			expect(Math.abs(valueAt(axes.x, node.x) - record.interest)).toBeLessThan(12);
			expect(Math.abs(valueAt(axes.y, node.y) - record.influence)).toBeLessThan(12);
			expect(node.className).toContain(`quadrant-${quadrantOf(record)}`);
		}
	});

	it('draws the quadrants with their names, the gridlines and the axis titles', () => {
		const scene = stakeholderMapScene(reference);
		const texts = [...scene.background, ...scene.foreground].flatMap((shape) =>
			shape.type === 'text' ? [shape.text] : []
		);
		for (const quadrant of Object.values(QUADRANTS)) expect(texts).toContain(quadrant.label);
		expect(texts).toEqual(
			expect.arrayContaining(['Interest in us →', 'Influence over us →', 'Low', 'High'])
		);
		const rotated = scene.foreground.find(
			(s) => s.type === 'text' && s.text.startsWith('Influence')
		);
		expect(rotated).toMatchObject({ rotate: -90 });
		expect(scene.background.filter((s) => s.className.startsWith('map-quadrant'))).toHaveLength(4);
		expect(
			scene.background.filter((s) => s.type === 'line' && /map-(grid|midline)/.test(s.className))
		).toHaveLength(6);
	});

	it('sizes dots by reach and colours them by sentiment', () => {
		const plan = {
			stakeholders: [
				stakeholderRecord(1, { reach: 0, interest: 10, sentiment: -2 }),
				stakeholderRecord(2, { reach: 100, interest: 90, sentiment: 2 })
			]
		};
		const [small, big] = stakeholderMapScene(plan).nodes;
		expect(small!.r).toBeCloseTo(5);
		expect(big!.r).toBeCloseTo(20);
		expect(small!.fill).not.toBe(big!.fill);
		expect(small!.className).toContain('sentiment-neg2');
		expect(stakeholderMapScene(plan, { width: 1600 }).nodes[1]!.r).toBeCloseTo(40);
	});

	it('describes each stakeholder in one sentence', () => {
		const plan = {
			stakeholders: [
				stakeholderRecord(1, {
					name: 'Parents of young children',
					influence: 45,
					interest: 80,
					sentiment: 1
				})
			]
		};
		expect(stakeholderMapScene(plan).nodes[0]!.description).toBe(
			'Parents of young children: influence 45, interest 80, supportive, keep informed.'
		);
	});

	it('summarises the quadrants, most influential first, and cuts long lists', () => {
		const stakeholders = [
			...Array.from({ length: 10 }, (_, i) =>
				stakeholderRecord(i, { name: `High ${i}`, influence: 60 + i, interest: 90 })
			),
			stakeholderRecord(20, { name: 'Quiet', influence: 5, interest: 5 })
		];
		const summary = stakeholderMapScene({ stakeholders }).summary;
		expect(summary).toBe(
			'11 stakeholders. 10 to manage closely: High 9, High 8, High 7, High 6, High 5, High 4, High 3, High 2 and 2 more. 1 to monitor: Quiet.'
		);
	});

	it('pushes apart stakeholders who share a position (300 new ones at 50/50)', () => {
		const stakeholders = Array.from({ length: 300 }, (_, i) =>
			stakeholderRecord(i, { reach: (i * 37) % 100 })
		);
		const scene = stakeholderMapScene({ stakeholders });
		expect(countOverlaps(scene.nodes)).toBe(0);
		expect(new Set(scene.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(300);
	});

	it('marks stakeholders with plan-check findings', () => {
		const target = reference.stakeholders[4]!;
		const findings: Finding[] = [
			{
				rule: 'r',
				severity: 'warning',
				message: 'No engagement plan yet.',
				why: '',
				step: 'stakeholders',
				record: { kind: 'stakeholders', id: target.id }
			},
			{
				rule: 'r',
				severity: 'info',
				message: 'About a platform.',
				why: '',
				step: 'platforms',
				record: { kind: 'platforms', id: target.id }
			}
		];
		const node = stakeholderMapScene(reference, { findings }).nodes.find(
			(n) => n.id === target.id
		)!;
		expect(node.warnings).toEqual(['No engagement plan yet.']);
		expect(node.className).toContain('has-finding');
	});

	it('draws only the stakeholders a filter shows', () => {
		const visible = new Set(reference.stakeholders.slice(0, 5).map((s) => s.id));
		const scene = stakeholderMapScene(reference, { visibleStakeholders: visible });
		expect(scene.nodes.map((n) => n.id).sort()).toEqual([...visible].sort());
		expect(scene.summary).toMatch(/^5 of 30 stakeholders shown\./);
		expect(stakeholderMapScene(reference, { visibleStakeholders: new Set() }).summary).toBe(
			'No stakeholders shown: the filter hides all 30 stakeholders.'
		);
	});

	it('gives an empty plan a valid, explained scene', () => {
		const scene = stakeholderMapScene({ stakeholders: [] });
		expect(scene.summary).toBe('No stakeholders yet.');
		expect(scene.nodes).toEqual([]);
		expect(scene.axes).toBeDefined();
		expect(scene.background.length).toBeGreaterThan(0);
	});

	it('keeps a name typed as markup as plain text in the scene', () => {
		const node = stakeholderMapScene(reference).nodes[0]!;
		expect(node.name).toBe(reference.stakeholders[0]!.name);
	});

	it('builds the reference and the large workshop quickly', () => {
		const ref = timed(() => stakeholderMapScene(reference));
		const big = timed(() => stakeholderMapScene(large));
		console.info(
			`stakeholder map: reference ${ref.best.toFixed(1)} ms, large ${big.best.toFixed(1)} ms (best of ${big.all.map((t) => t.toFixed(1)).join(', ')})`
		);
		expect(big.result.nodes).toHaveLength(300);
		expect(countOverlaps(big.result.nodes)).toBe(0);
		// A bound against a blow-up (quadratic label search, say), not a timing target: the target
		// is measured by `npm run bench:maps`, and a busy CI machine doubles the time.
		expect(big.best).toBeLessThan(1_000);
	});
});

describe('earlier places (a saved version)', () => {
	const stakeholders = [
		stakeholderRecord(0, { influence: 20, interest: 20, reach: 30 }),
		stakeholderRecord(1, { influence: 80, interest: 70, reach: 30 }),
		stakeholderRecord(2, { influence: 50, interest: 90, reach: 30 })
	];
	const [moved, barely, unchanged] = stakeholders.map((s) => s.id) as [string, string, string];

	it.each([
		['no earlier places', new Map(), 0],
		['one moved across the map', new Map([[moved, { influence: 80, interest: 80 }]]), 1],
		['a move smaller than the dot', new Map([[barely, { influence: 80.5, interest: 70.5 }]]), 0],
		['a place for nobody on the map', new Map([['gone0000000', { influence: 1, interest: 1 }]]), 0],
		[
			'two moved',
			new Map([
				[moved, { influence: 80, interest: 80 }],
				[unchanged, { influence: 10, interest: 10 }]
			]),
			2
		]
	])('%s: %i ghosts, each with an arrow', (_, places, count) => {
		const scene = stakeholderMapScene({ stakeholders }, { earlier: { name: 'March', places } });
		const ghosts = scene.background.filter((shape) => shape.className === 'map-ghost');
		const arrows = scene.background.filter((shape) => shape.className === 'map-ghost-arrow');
		expect(ghosts).toHaveLength(count);
		expect(arrows).toHaveLength(count * 3);
		expect(scene.summary).toContain(`Since “March”, ${count} stakeholder`);
		expect(scene.notice).toContain('dashed circle');
	});

	it('puts the ghost where the earlier values are, and the arrow ends at the dot’s edge', () => {
		const places = new Map([[moved, { influence: 80, interest: 80 }]]);
		const scene = stakeholderMapScene({ stakeholders }, { earlier: { name: 'March', places } });
		const axes = scene.axes!;
		const ghost = scene.background.find((shape) => shape.className === 'map-ghost');
		const node = scene.nodes.find((n) => n.id === moved)!;
		if (ghost?.type !== 'circle') throw new Error('no ghost');
		expect(Math.round(valueAt(axes.x, ghost.cx))).toBe(80);
		expect(Math.round(valueAt(axes.y, ghost.cy))).toBe(80);
		const shaft = scene.background.find((shape) => shape.className === 'map-ghost-arrow');
		if (shaft?.type !== 'line') throw new Error('no arrow');
		expect(Math.hypot(shaft.x2 - node.x, shaft.y2 - node.y)).toBeCloseTo(node.r, 0);
	});

	it('draws nothing extra without a version', () => {
		const scene = stakeholderMapScene({ stakeholders });
		expect(scene.background.some((shape) => shape.className.startsWith('map-ghost'))).toBe(false);
		expect(scene.notice).toBeUndefined();
	});
});
