import { describe, expect, it } from 'vitest';
import { stakeholderRecord } from '../../../../tests/factories/map-records';
import { stakeholderMapScene } from './layout';

const ARABIC = /[\u0600-\u06FF]/;

describe('stakeholder map in another language', () => {
	const plan = {
		stakeholders: [
			stakeholderRecord(1, { name: 'Council', influence: 90, interest: 80 }),
			stakeholderRecord(2, { name: 'Bookshops', influence: 10, interest: 10 })
		]
	};

	it('summarises in Arabic, with the quadrants’ Arabic names', () => {
		const scene = stakeholderMapScene(plan, { locale: 'ar' });
		expect(scene.summary).toMatch(ARABIC);
		expect(scene.summary).toContain('صاحبا مصلحة');
		expect(scene.summary).toContain('إدارة عن كثب');
		expect(scene.summary).not.toMatch(/stakeholder|manage closely/i);
		expect(scene.title).toMatch(ARABIC);
		const texts = [...scene.background, ...scene.foreground].flatMap((shape) =>
			shape.type === 'text' ? [shape.text] : []
		);
		expect(texts).toContain('التأثير علينا →');
		expect(texts).toContain('المراقبة');
	});

	it('keeps its axes whatever the language: influence up, interest to the right', () => {
		const english = stakeholderMapScene(plan, { locale: 'en' });
		const arabic = stakeholderMapScene(plan, { locale: 'ar' });
		expect(arabic.axes).toEqual(english.axes);
		expect(arabic.nodes.map((n) => [n.x, n.y])).toEqual(english.nodes.map((n) => [n.x, n.y]));
		expect(english.axes!.y.from).toBeGreaterThan(english.axes!.y.to);
		expect(english.axes!.x.from).toBeLessThan(english.axes!.x.to);
	});

	it('summarises in French and German', () => {
		expect(stakeholderMapScene(plan, { locale: 'fr' }).summary).toContain('2 parties prenantes.');
		expect(stakeholderMapScene(plan, { locale: 'de' }).summary).toContain(
			'Eng einbinden: 1 (Council).'
		);
	});
});
