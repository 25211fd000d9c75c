import { describe, expect, it } from 'vitest';
import { GREEK_NAME, strategyPlan } from '../../../tests/factories/strategy-plan';
import { CYRILLIC_NAME, MARKUP_NAME } from '../../../tests/factories/workshop';
import {
	LONG_ARABIC,
	WORLD_STRINGS,
	worldScriptsPlan
} from '../../../tests/factories/world-scripts';
import { internalKey } from '../domain/internal';
import { buildReport, editionSource, reportMaps, reportSections } from '../domain/report';
import { MAP_DRAWERS } from './map-drawers';
import { drawMaps } from './map-svgs';
import { reportToMarkdown } from './markdown';
import { escapeInline, escapeMarkdown } from './markdown-escape';

const generatedAt = new Date(2026, 10, 2);

describe('escapeMarkdown', () => {
	it.each([
		{ input: 'plain words, café, Москва', output: 'plain words, café, Москва' },
		{ input: '<script>alert(1)</script>', output: '&lt;script&gt;alert(1)&lt;/script&gt;' },
		{ input: 'R&D', output: 'R&amp;D' },
		{ input: '&copy; is not ©', output: '&amp;copy; is not ©' },
		{ input: '*bold* and _em_', output: '\\*bold\\* and \\_em\\_' },
		{ input: '[link](https://x.y)', output: '\\[link\\](https://x.y)' },
		{ input: '![img](x.png)', output: '!\\[img\\](x.png)' },
		{ input: '`code`', output: '\\`code\\`' },
		{ input: 'a | b', output: 'a \\| b' },
		{ input: '~~gone~~', output: '\\~\\~gone\\~\\~' },
		{ input: '# not a heading', output: '\\# not a heading' },
		{ input: '> not a quote', output: '&gt; not a quote' },
		{ input: '- not a list', output: '\\- not a list' },
		{ input: '+ not a list', output: '\\+ not a list' },
		{ input: '1. not a list', output: '1\\. not a list' },
		{ input: '12) not a list', output: '12\\) not a list' },
		{ input: '===', output: '\\===' },
		{ input: 'back\\slash', output: 'back\\\\slash' },
		{ input: '$x$ is not maths', output: '\\$x\\$ is not maths' },
		{ input: 'first\n- second', output: 'first\n\\- second' },
		{ input: '    indented', output: 'indented' }
	])('$input', ({ input, output }) => {
		expect(escapeMarkdown(input)).toBe(output);
	});

	it('keeps a table cell on one line', () => {
		expect(escapeInline('one\ntwo\r\n three | four')).toBe('one two three \\| four');
	});
});

describe('reportToMarkdown', () => {
	const plan = strategyPlan();
	const report = buildReport(plan, { edition: 'full', generatedAt });
	const source = editionSource(plan, 'full');
	const { svgs } = drawMaps(source, reportMaps(report), MAP_DRAWERS);
	const maps = Object.entries(svgs).map(([name, svg]) => ({ name, svg }));
	const markdown = reportToMarkdown(report, maps);

	it('contains no HTML at all: the <script> name appears escaped', () => {
		expect(markdown).not.toContain('<');
		expect(markdown).toContain(escapeInline(MARKUP_NAME));
		expect(escapeInline(MARKUP_NAME)).toBe(
			'Press &lt;script&gt;alert("x")&lt;/script&gt; &amp; co'
		);
	});

	it('names every stakeholder, platform and goal', () => {
		const names = [
			...plan.stakeholders.map((s) => s.name),
			...plan.platforms.map((p) => p.name),
			...plan.goals.map((g) => g.statement)
		];
		const missing = names.filter((name) => !markdown.includes(escapeInline(name)));
		expect(missing).toEqual([]);
		expect(markdown).toContain(CYRILLIC_NAME);
		expect(markdown).toContain(GREEK_NAME);
	});

	it('has every section, in order, as a second-level heading', () => {
		const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
		expect(headings).toEqual([
			'## Contents',
			...reportSections(report).map(
				(s) => `## ${escapeInline(s.number === null ? s.title : `${s.number}. ${s.title}`)}`
			)
		]);
	});

	it('keeps every table row to its columns: user pipes are escaped', () => {
		const withPipe = structuredClone(plan);
		withPipe.stakeholders[4]!.name = 'Left | right';
		withPipe.stakeholders[4]!.engagement = 'line one\nline two | three';
		const md = reportToMarkdown(buildReport(withPipe, { edition: 'full', generatedAt }));
		const lines = md.split('\n');
		let columns = 0;
		for (const line of lines) {
			if (!line.startsWith('|')) {
				columns = 0;
				continue;
			}
			const pipes = line.match(/(?<!\\)\|/g)!.length;
			if (columns === 0) columns = pipes;
			expect(pipes, line).toBe(columns);
		}
		expect(md).toContain('Left \\| right');
	});

	it('embeds each map as an SVG data URL', () => {
		const images = markdown.match(/!\[[^\]]*\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/g);
		expect(images).toHaveLength(reportMaps(report).length);
		const first = /base64,([A-Za-z0-9+/=]+)/.exec(images![0]!)![1]!;
		const decoded = new TextDecoder().decode(Uint8Array.from(atob(first), (c) => c.charCodeAt(0)));
		expect(decoded).toBe(svgs.stakeholders);
	});

	it('says so when maps are left out', () => {
		const md = reportToMarkdown(report);
		expect(md).not.toContain('data:image');
		expect(md).toContain('This map is not included in the Markdown export');
	});

	it('public edition: no internal item, and the maps drawn from the filtered plan', () => {
		const marked = structuredClone(plan);
		marked.stakeholders[6]!.name = 'Secret Zebedee';
		marked.internal = [internalKey.record('stakeholders', marked.stakeholders[6]!.id)];
		const publicReport = buildReport(marked, { edition: 'public', generatedAt });
		const publicSource = editionSource(marked, 'public');
		const drawn = drawMaps(publicSource, reportMaps(publicReport), MAP_DRAWERS).svgs;
		const md = reportToMarkdown(
			publicReport,
			Object.entries(drawn).map(([name, svg]) => ({ name, svg }))
		);
		expect(md).not.toContain('Zebedee');
		for (const svg of Object.values(drawn)) expect(svg).not.toContain('Zebedee');
	});
});

describe('reportToMarkdown of a plan in many scripts', () => {
	const plan = worldScriptsPlan({ long: true });
	const markdown = reportToMarkdown(buildReport(plan, { edition: 'full', generatedAt }));

	it('keeps every text byte for byte: scripts, marks, joiners, emoji, a bare override', () => {
		for (const text of [...WORLD_STRINGS, LONG_ARABIC]) {
			expect(escapeInline(text), 'nothing in it needs escaping').toBe(text);
			expect(markdown, text).toContain(text);
		}
		// Nothing was normalised on the way (NFC would fold "e" and its combining accent).
		expect(markdown).toContain('e\u0301');
	});
});
