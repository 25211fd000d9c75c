import { describe, expect, it } from 'vitest';
import { platformRecord, stakeholderRecord } from '../../../../tests/factories/map-records';
import type { Presence } from '../../domain/plan';
import { fitEffortScene } from '../platform/fit-effort-layout';
import { platformMapScene } from '../platform/layout';
import { salienceMapScene } from '../stakeholder/salience-layout';
import { stakeholderMapScene } from '../stakeholder/layout';
import { densityCells, DRAW_EACH_UP_TO } from './density';
import type { Shape } from './scene';

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('densityCells', () => {
	it.each([
		{ name: 'no points', points: [], want: [] },
		{
			name: 'two in one cell, averaged tone',
			points: [
				{ x: 1, y: 1, tone: 2 },
				{ x: 9, y: 9, tone: -1 }
			],
			want: [{ x: 5, y: 5, count: 2, tone: 0.5 }]
		},
		{
			name: 'outside the box counts in the nearest cell; no tone stays null',
			points: [
				{ x: -50, y: 500, tone: null },
				{ x: 55, y: 15, tone: 1 }
			],
			want: [
				{ x: 55, y: 15, count: 1, tone: 1 },
				{ x: 5, y: 95, count: 1, tone: null }
			]
		}
	])('$name', ({ points, want }) => {
		expect(densityCells(points, box, 10)).toEqual(want);
	});
});

/** Counts written on a scene's circles, added up. */
const countedIn = (shapes: Shape[]) =>
	shapes
		.filter((shape) => shape.type === 'text' && shape.className === 'map-density-count')
		.reduce((sum, shape) => sum + Number(shape.type === 'text' ? shape.text : 0), 0);

describe('maps of crowded plans', () => {
	const many = (count: number) =>
		Array.from({ length: count }, (_, i) =>
			stakeholderRecord(i, {
				influence: (i * 37) % 101,
				interest: (i * 53) % 101,
				sentiment: ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2,
				power: i % 2 === 0,
				urgency: i % 3 === 0
			})
		);

	it('draws each stakeholder up to the limit, then counts them per area and says so', () => {
		const each = stakeholderMapScene({ stakeholders: many(DRAW_EACH_UP_TO) });
		expect(each.nodes).toHaveLength(DRAW_EACH_UP_TO);
		expect(each.notice).toBeUndefined();

		const counted = stakeholderMapScene({ stakeholders: many(5_000) });
		expect(counted.nodes).toEqual([]);
		expect(counted.axes).toBeUndefined();
		expect(counted.notice).toMatch(/^5,000 stakeholders are too many to draw one by one/);
		expect(counted.summary).toContain(counted.notice);
		const circles = counted.background.filter((shape) => shape.className === 'map-density');
		expect(circles.length).toBeGreaterThan(50);
		// Every stakeholder is in one circle; the small circles have no room for their digits.
		expect(countedIn(counted.background)).toBeLessThanOrEqual(5_000);
		expect(countedIn(counted.background)).toBeGreaterThan(2_500);
	});

	it('counts the salience regions of a crowded plan', () => {
		const scene = salienceMapScene({ stakeholders: many(1_000) });
		expect(scene.nodes).toEqual([]);
		expect(scene.notice).toMatch(/counts them per region/);
		// Power only, power and urgency, urgency only, and the band: all 1,000, each once.
		const band = scene.background.find(
			(shape) => shape.type === 'text' && shape.text.includes(': ')
		);
		const inBand = band?.type === 'text' ? Number(band.text.split(': ')[1]) : 0;
		expect(countedIn(scene.background) + inBand).toBe(1_000);
	});

	it('groups the platform map and counts fit × effort cells of a crowded plan', () => {
		const stakeholders = many(600);
		const platforms = Array.from({ length: 300 }, (_, i) =>
			platformRecord(i, {
				effort: 1 + (i % 5),
				fit: 1 + (i % 3),
				decision: i % 4 === 0 ? 'focus' : null
			})
		);
		const presence: Presence[] = stakeholders.map((s, i) => ({
			stakeholderId: s.id,
			platformId: platforms[i % platforms.length]?.id ?? '',
			strength: 2
		}));
		const links = platformMapScene({ stakeholders, platforms, presence });
		expect(links.nodes).toEqual([]);
		expect(links.notice).toMatch(/counts stakeholders per group and platforms per decision/);
		expect(
			links.background.some((shape) => shape.type === 'text' && shape.text === 'Community (600)')
		).toBe(true);

		const chart = fitEffortScene({ platforms, presence });
		expect(chart.nodes).toEqual([]);
		expect(chart.notice).toMatch(/^300 platforms are too many/);
		expect(countedIn(chart.background)).toBe(300);
	});
});
