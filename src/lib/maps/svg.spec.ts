import { beforeAll, describe, expect, it } from 'vitest';
import { CYRILLIC_NAME, MARKUP_NAME, referenceWorkshop } from '../../../tests/factories/workshop';
import type { MapPlan } from './shared/scene';
import { fitEffortSvg, platformMapSvg, salienceMapSvg, stakeholderMapSvg } from './svg';

describe('map SVG documents', () => {
	let plan: MapPlan;
	beforeAll(() => {
		plan = referenceWorkshop().toJSON();
	});

	it.each([
		['stakeholder map', stakeholderMapSvg, true],
		['salience map', salienceMapSvg, true],
		['platform map', platformMapSvg, true],
		['fit × effort', fitEffortSvg, false]
	] as const)('%s: a styled, standalone, inert document', (_, draw, showsStakeholders) => {
		const svg = draw(plan, { width: 800 });
		expect(svg.startsWith('<svg ')).toBe(true);
		expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(svg).toContain('<style><![CDATA[');
		expect(svg).toMatch(/font-family="system-ui/);
		// Every script a plan may be written in has a family named (the PNG carries those fonts).
		const families = /font-family="([^"]*)"/.exec(svg)?.[1] ?? '';
		for (const family of ['SC', 'TC', 'JP', 'KR', 'Arabic', 'Hebrew', 'Thai', 'Devanagari'])
			expect(families).toContain(`Noto Sans ${family}`);
		expect(families).toContain('Noto Emoji');
		expect(svg).not.toMatch(/<script|<foreignObject|<[^>]*\son[a-z]+=|<[^>]*href=/i);
		if (showsStakeholders) {
			expect(svg).toContain('Press &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
			expect(svg).toContain(CYRILLIC_NAME);
			expect(svg).not.toContain(MARKUP_NAME);
		}
	});
});
