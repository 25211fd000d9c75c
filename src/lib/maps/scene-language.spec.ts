// Every word a map writes (title, summary, notice, legends, drawn text, each dot's description)
// is in the map's language. Arabic makes a leak easy to see: any Latin word in an Arabic scene
// that is not part of a name someone typed is a word the layout wrote in English.
import { beforeAll, describe, expect, it } from 'vitest';
import { platformRecord, stakeholderRecord } from '../../../tests/factories/map-records';
import { referenceWorkshop } from '../../../tests/factories/workshop';
import type { Locale } from './../domain/locale';
import type { Finding } from '../domain/plan-check/types';
import { fitEffortScene } from './platform/fit-effort-layout';
import { platformMapScene } from './platform/layout';
import type { MapPlan, MapScene } from './shared/scene';
import { salienceMapScene } from './stakeholder/salience-layout';
import { stakeholderMapScene } from './stakeholder/layout';

/** Every text of a scene a person reads or hears. */
function textsOf(scene: MapScene): string[] {
	const shapes = [...scene.background, ...scene.foreground].flatMap((shape) =>
		shape.type === 'text' ? [shape.text] : []
	);
	return [
		scene.title,
		scene.summary,
		scene.notice ?? '',
		...shapes,
		...scene.legend.flatMap((group) => [group.title, ...group.items.map((item) => item.label)]),
		...scene.nodes.map((node) => node.description)
	];
}

/** Latin words that are not part of any typed name, nor a format's name. */
function foreignWords(scene: MapScene, plan: MapPlan): string[] {
	const typed = new Set(
		[...plan.stakeholders, ...plan.platforms].flatMap(
			(record) => record.name.match(/[A-Za-z]+/g) ?? []
		)
	);
	const words = textsOf(scene).flatMap((text) => text.match(/[A-Za-z]+/g) ?? []);
	return [...new Set(words.filter((word) => !typed.has(word)))];
}

const SCENES: [string, (plan: MapPlan, locale: Locale) => MapScene][] = [
	['platform map', (plan, locale) => platformMapScene(plan, { locale, findings: FINDINGS })],
	['fit and effort', (plan, locale) => fitEffortScene(plan, { locale, findings: FINDINGS })],
	['salience map', (plan, locale) => salienceMapScene(plan, { locale, findings: FINDINGS })],
	['stakeholder map', (plan, locale) => stakeholderMapScene(plan, { locale, findings: FINDINGS })]
];

let FINDINGS: Finding[] = [];
let reference: MapPlan;
let crowded: MapPlan;

beforeAll(() => {
	const plan = referenceWorkshop().toJSON();
	reference = {
		stakeholders: plan.stakeholders,
		platforms: plan.platforms,
		presence: plan.presence
	};
	const first = plan.stakeholders[0];
	FINDINGS = first
		? [
				{
					rule: 'x',
					severity: 'warning',
					message: 'x',
					why: 'x',
					step: 'stakeholders',
					record: { kind: 'stakeholders', id: first.id }
				} as Finding
			]
		: [];
	// Past the drawing limits: the maps count instead of drawing dots, with their own sentences.
	const stakeholders = Array.from({ length: 450 }, (_, i) =>
		stakeholderRecord(i, { name: `S${i}`, power: i % 2 === 0, urgency: i % 3 === 0 })
	);
	const platforms = Array.from({ length: 160 }, (_, i) =>
		platformRecord(i, { name: `P${i}`, fit: (i % 5) + 1, effort: ((i * 3) % 5) + 1 })
	);
	crowded = {
		stakeholders,
		platforms,
		presence: stakeholders.slice(0, 200).map((s, i) => ({
			id: `link-${i}`,
			stakeholderId: s.id,
			platformId: platforms[i % platforms.length]!.id,
			strength: 2
		})) as MapPlan['presence']
	};
});

describe('the maps speak the language they are asked for', () => {
	it.each(SCENES)('%s: no English word in Arabic', (_, scene) => {
		expect(foreignWords(scene(reference, 'ar'), reference)).toEqual([]);
	});

	it.each(SCENES)('%s, crowded: no English word in Arabic', (_, scene) => {
		expect(foreignWords(scene(crowded, 'ar'), crowded)).toEqual([]);
	});

	it.each(SCENES)('%s: English stays English (the check can see a word)', (_, scene) => {
		expect(foreignWords(scene(reference, 'en'), reference).length).toBeGreaterThan(3);
	});

	it.each([
		['en', 'Effort: light → heavy', 'Fit: poor → excellent', 'Quick wins'],
		['fr', 'Effort\u00a0: léger → lourd', 'Adéquation\u00a0: faible → excellente', 'Gains rapides'],
		['de', 'Aufwand: gering → hoch', 'Eignung: schwach → ausgezeichnet', 'Schnelle Erfolge'],
		['ar', 'الجهد: خفيف → كبير', 'الملاءمة: ضعيفة → ممتازة', 'مكاسب سريعة']
	] as const)('fit and effort axes and zones in %s', (locale, effort, fit, zone) => {
		const texts = textsOf(fitEffortScene(reference, { locale }));
		expect(texts).toContain(effort);
		expect(texts).toContain(fit);
		expect(texts).toContain(zone);
	});

	it.each([
		['en', 'Decision', 'Sentiment', 'Presence', 'Undecided'],
		['fr', 'Décision', 'Sentiment', 'Présence', 'Non décidé'],
		['de', 'Entscheidung', 'Stimmung', 'Präsenz', 'Unentschieden'],
		['ar', 'القرار', 'الموقف', 'الحضور', 'لم يُحسم']
	] as const)('platform map legend in %s', (locale, decision, sentiment, presence, undecided) => {
		const legend = platformMapScene(reference, { locale }).legend;
		expect(legend.map((group) => group.title)).toEqual(
			expect.arrayContaining([decision, sentiment, presence])
		);
		expect(legend[0]?.items.map((item) => item.label)).toContain(undecided);
	});
});
