import { describe, expect, it } from 'vitest';
import { MARKUP_NAME } from '../../../../tests/factories/workshop';
import { checkWellFormed } from '../../../../tests/helpers/xml';
import { attributesFor, parseClassRules } from './css-attributes';
import { cleanPathData, escapeXml, formatNumber, stripInvalidXml } from './escape';
import css from './map.css?raw';
import { FONT } from './metrics';
import { renderSceneSvg } from './render-svg';
import type { MapScene, SceneNode } from './scene';

const HOSTILE = [
	'</text><script>alert(1)</script>',
	'" onload="x',
	"' onclick='x",
	'&amp;',
	MARKUP_NAME,
	']]></style><script>alert(2)</script>',
	'<foreignObject><a href="javascript:x">',
	'bell\u0007 nul\u0000 lone\uD800 end\uFFFE\uFFFF'
];

function node(id: string, name: string, patch: Partial<SceneNode> = {}): SceneNode {
	return {
		id,
		record: 'stakeholders',
		x: 100.123456,
		y: 80.987654,
		r: 8,
		fill: '#8c8c8c',
		className: 'stakeholder sentiment-0',
		name,
		description: `${name}: influence 50, interest 50, neutral, manage closely.`,
		label: { text: name, x: 110, y: 84, anchor: 'start', truncated: false },
		warnings: [],
		...patch
	};
}

function hostileScene(): MapScene {
	return {
		kind: 'stakeholders',
		title: `Map of ${HOSTILE[0]}`,
		summary: HOSTILE.join(' / '),
		width: 800,
		height: 600,
		background: [
			{
				type: 'rect',
				x: 0,
				y: 0,
				width: 400,
				height: 300,
				className: 'map-quadrant',
				fill: '#f1eef8'
			},
			{ type: 'text', x: 20, y: 300, text: HOSTILE[1]!, className: 'map-axis-title', rotate: -90 },
			// A fill that is not a colour is dropped, never written.
			{
				type: 'circle',
				cx: 1,
				cy: 2,
				r: 3,
				className: 'map-venn x" onmouseover="y',
				fill: 'url(javascript:x)'
			}
		],
		links: [
			{
				id: 'a:b',
				source: 'a',
				target: 'b',
				d: 'M1.23456,2C3,4 5,6 7.891011,8',
				width: 2.5,
				strength: 2,
				className: 'map-link strength-2'
			}
		],
		nodes: HOSTILE.map((name, i) =>
			node(`n${i}`, name, { warnings: i === 0 ? [`Nobody owns ${name}`] : [] })
		),
		foreground: [],
		legend: [
			{ title: HOSTILE[2]!, items: [{ label: HOSTILE[3]!, swatch: 'dot', color: '#9c4700' }] }
		]
	};
}

describe('renderSceneSvg', () => {
	const svg = renderSceneSvg(hostileScene(), { css });

	it('is one well-formed SVG document', () => {
		const elements = checkWellFormed(svg.trim());
		expect(elements[0]).toBe('svg');
		expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain('role="img"');
		expect(svg).toContain('viewBox="0 0 800 ');
	});

	it('keeps every hostile name as text, escaped', () => {
		expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(svg).toContain('&quot; onload=&quot;x');
		expect(svg).toContain('&apos; onclick=&apos;x');
		expect(svg).toContain('&amp;amp;');
		expect(svg).toContain('<title>Map of &lt;/text&gt;&lt;script&gt;');
	});

	it('never emits scripts, event attributes, links or foreign content', () => {
		expect(svg).not.toMatch(/<script/i);
		// Inside tags only: the escaped name `" onload="x` is rightly in the text.
		expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i);
		expect(svg).not.toMatch(/<[^>]*\s(xlink:)?href=/i);
		expect(svg).not.toMatch(/<foreignObject/i);
		expect(svg).not.toContain('url(');
	});

	it('drops characters XML 1.0 does not allow', () => {
		expect(svg).toContain('bell nul lone end');
		// eslint-disable-next-line no-control-regex
		expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
		expect(stripInvalidXml('a\uD800b\uDC00c😀')).toBe('abc😀');
	});

	it('rounds numbers to two decimals, path data included', () => {
		expect(svg).toContain('cx="100.12"');
		expect(svg).toContain('cy="80.99"');
		expect(svg).toContain('d="M1.23 2C3 4 5 6 7.89 8"');
		const numbers = [...svg.matchAll(/="(-?\d+\.\d+)"/g)].map((m) => m[1]!);
		for (const value of numbers) expect(value).toMatch(/^-?\d+\.\d{1,2}$/);
	});

	it('titles the drawing and each dot', () => {
		expect(svg).toContain(`<desc>${escapeXml(HOSTILE.join(' / '))}</desc>`);
		expect(svg).toContain(`<title>${escapeXml(HOSTILE[4]!)}</title>`);
	});

	it('marks a dot with a plan-check finding', () => {
		expect(svg).toContain('class="map-warning"');
		expect(svg).toContain('<title>Nobody owns &lt;/text&gt;');
	});

	it('draws the legend below the plot, and grows to hold it', () => {
		const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1]);
		expect(height).toBeGreaterThan(600);
		expect(svg).toContain('class="map-legend-title"');
	});

	it('embeds the stylesheet and copies it into attributes for renderers that ignore it', () => {
		expect(css.length).toBeGreaterThan(100);
		expect(svg).toContain('<style><![CDATA[');
		expect(svg).toMatch(/<text class="map-label"[^>]* font-size="11px"/);
		// The scene's own fill wins over the stylesheet's.
		expect(svg).toMatch(/<rect class="map-quadrant"[^>]*fill="#f1eef8"/);
	});

	it('renders an empty scene', () => {
		const empty: MapScene = { ...hostileScene(), nodes: [], links: [], background: [], legend: [] };
		expect(checkWellFormed(renderSceneSvg(empty).trim())).toContain('title');
	});
});

describe('escape helpers', () => {
	it.each([
		['&', '&amp;'],
		['<', '&lt;'],
		['>', '&gt;'],
		['"', '&quot;'],
		["'", '&apos;'],
		['Zürich 😀', 'Zürich 😀']
	])('%s → %s', (input, output) => {
		expect(escapeXml(input)).toBe(output);
	});

	it('formats numbers for SVG', () => {
		expect([1.005, -0.001, 12, NaN, Infinity, 2.499].map(formatNumber)).toEqual([
			'1',
			'0',
			'12',
			'0',
			'0',
			'2.5'
		]);
	});

	it('keeps only commands and numbers in path data, and refuses anything else', () => {
		expect(cleanPathData('M0,0L10.555,-3.1e2Z')).toBe('M0 0L10.56 -310Z');
		expect(cleanPathData('M0,0"/><script>alert(3)</script>')).toBe('');
	});

	it('empties a link whose path is not path data', () => {
		const scene = hostileScene();
		scene.links[0]!.d = 'M0,0"/><script>alert(3)</script>';
		const svg = renderSceneSvg(scene);
		expect(svg).toContain('d=""');
		expect(svg).not.toMatch(/<script/i);
	});
});

describe('map.css', () => {
	const rules = parseClassRules(css);
	const size = (...classes: string[]) => attributesFor(rules, classes).get('font-size');

	it('sets the font sizes the layouts measure with', () => {
		expect(size('map-label')).toBe(`${FONT.label}px`);
		expect(size('map-tick')).toBe(`${FONT.tick}px`);
		expect(size('map-axis-title')).toBe(`${FONT.axisTitle}px`);
		expect(size('map-region-label')).toBe(`${FONT.region}px`);
		expect(size('map-heading')).toBe(`${FONT.heading}px`);
		expect(size('map-legend-title')).toBe(`${FONT.legendTitle}px`);
		expect(size('map-legend-label')).toBe(`${FONT.legendLabel}px`);
		expect(size('map-warning-mark')).toBe(`${FONT.warning}px`);
	});

	it('never sets the fill of classes whose colour comes from the data', () => {
		for (const name of [
			'map-node',
			'map-quadrant',
			'map-zone',
			'map-legend-dot',
			'map-legend-size'
		])
			expect(attributesFor(rules, [name]).has('fill')).toBe(false);
		expect(attributesFor(rules, ['map-legend-line']).has('stroke')).toBe(false);
	});

	it('resolves like CSS: more classes win, then the later rule', () => {
		const undecided = attributesFor(rules, ['map-node', 'decision-undecided']);
		expect(undecided.get('stroke')).toBe('#595959');
		expect(undecided.get('stroke-width')).toBe('1.5');
	});
});
