import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GREEK_NAME, LONG_WORD, strategyPlan } from '../../../../tests/factories/strategy-plan';
import { CYRILLIC_NAME, MARKUP_NAME } from '../../../../tests/factories/workshop';
import { internalKey } from '../../domain/internal';
import type { Plan } from '../../domain/plan';
import {
	buildReport,
	editionSource,
	reportBoards,
	reportMaps,
	reportSections,
	type Block,
	type Edition,
	type Report
} from '../../domain/report';
import { drawBoards } from '../board-svg';
import { MAP_DRAWERS } from '../map-drawers';
import { drawMaps } from '../map-svgs';
import { loadPdfEngine } from './render';
import { planToPdf, renderReportPdf } from './render-report';
import { PAGE_MARGINS, PAGE_SIZES, type PageSize } from './theme';

/**
 * The PDF checked the way a reader's tools see it: qpdf for structure, poppler for page size,
 * text, fonts and images. Renders land in a temporary directory; the first pages are also written
 * as small PNGs to tests/.artifacts/pdf/ for a person to look at.
 */

const ARTIFACTS = resolve('tests/.artifacts/pdf');

const tool = (command: string, ...args: string[]) =>
	execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let dir = '';
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'canal-pdf-'));
	for (const command of ['qpdf', 'pdfinfo', 'pdftotext', 'pdffonts', 'pdfimages', 'pdftoppm']) {
		try {
			execFileSync('which', [command]);
		} catch {
			throw new Error(`${command} is missing: apt-get install qpdf poppler-utils`);
		}
	}
	// Loading pdfmake is paid once per page visit, not per export: keep it out of the timings.
	await loadPdfEngine();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Rendered {
	file: string;
	ms: number;
	bytes: number;
	pages: number;
}

async function render(
	name: string,
	plan: Plan,
	edition: Edition,
	pageSize: PageSize
): Promise<Rendered> {
	const started = performance.now();
	const source = editionSource(plan, edition);
	const report = buildReport(plan, { edition, generatedAt: new Date(2026, 10, 2) });
	const { svgs, failed } = drawMaps(source, reportMaps(report), MAP_DRAWERS);
	expect(failed).toEqual([]);
	const boards = drawBoards(source, reportBoards(report));
	expect(boards.failed).toEqual([]);
	const bytes = await renderReportPdf(report, { pageSize, maps: svgs, boards: boards.boards });
	const ms = Math.round(performance.now() - started);
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, bytes);
	const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', file))?.[1]);
	return { file, ms, bytes: bytes.byteLength, pages };
}

/** pdftotext's reading order, with line breaks and runs of spaces folded to one space. */
function text(file: string, firstPage = 1): string {
	return tool('pdftotext', '-f', String(firstPage), '-enc', 'UTF-8', file, '-').replace(
		/\s+/g,
		' '
	);
}

const fold = (value: string) => value.trim().replace(/\s+/g, ' ');

/** Words poppler finds outside the text column: a long word or a column that ran off the page. */
function outsideMargins(file: string, pageWidth: number): string[] {
	const [left, right] = [PAGE_MARGINS[0], pageWidth - PAGE_MARGINS[2]];
	return [
		...tool('pdftotext', '-bbox', file, '-').matchAll(
			/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g
		)
	]
		.filter(([, min, max]) => Number(min) < left - 0.5 || Number(max) > right + 0.5)
		.map(([, , , word]) => word!);
}

function snapshot(rendered: Rendered, name: string, pages = 8) {
	mkdirSync(ARTIFACTS, { recursive: true });
	for (const file of readdirSync(ARTIFACTS))
		if (file.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, file));
	tool(
		'pdftoppm',
		'-r',
		'50',
		'-png',
		'-f',
		'1',
		'-l',
		String(pages),
		rendered.file,
		join(ARTIFACTS, name)
	);
}

describe('PDF of the reference workshop', () => {
	const plan = strategyPlan();
	let a4: Rendered;

	beforeAll(async () => {
		a4 = await render('reference-a4', plan, 'full', 'A4');
		snapshot(a4, 'reference-a4', 40);
		console.info(
			`reference A4: ${a4.ms} ms, ${a4.bytes.toLocaleString('en')} bytes, ${a4.pages} pages`
		);
	}, 60_000);

	it('is a well-formed PDF (qpdf --check)', () => {
		expect(tool('qpdf', '--check', a4.file)).toMatch(/No syntax or stream encoding errors/);
	});

	it('is A4 with a sane number of pages', () => {
		expect(tool('pdfinfo', a4.file)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
		expect(a4.pages).toBeGreaterThanOrEqual(15);
		expect(a4.pages).toBeLessThanOrEqual(80);
	});

	it('stays within a megabyte', () => {
		expect(a4.bytes).toBeLessThanOrEqual(1_000_000);
	});

	it('contains every stakeholder, platform and goal, and names exactly as typed', () => {
		const all = text(a4.file);
		const missing = [
			...plan.stakeholders.map((s) => s.name),
			...plan.platforms.map((p) => p.name),
			...plan.goals.map((g) => g.statement)
		]
			.map(fold)
			.filter((name) => !all.includes(name));
		expect(missing).toEqual([]);
		for (const name of [MARKUP_NAME, CYRILLIC_NAME, GREEK_NAME]) expect(all).toContain(name);
		expect(all).not.toContain('could not be drawn');
		expect(all).toContain(fold(plan.meta.title));
	});

	it('has the section titles in order after the contents', () => {
		const body = text(a4.file, 3);
		const report = buildReport(plan, { edition: 'full', generatedAt: new Date() });
		let from = 0;
		for (const section of reportSections(report)) {
			const at = body.indexOf(section.title, from);
			expect(at, section.title).toBeGreaterThanOrEqual(0);
			from = at + section.title.length;
		}
	});

	it('lists each section in the contents with a page number', () => {
		const contents = tool('pdftotext', '-f', '2', '-l', '2', '-layout', a4.file, '-');
		const report = buildReport(plan, { edition: 'full', generatedAt: new Date() });
		for (const section of reportSections(report))
			expect(contents).toMatch(new RegExp(`${section.title.replace(/[:()]/g, '.')}\\s+\\d+`));
	});

	it('embeds every font it uses', () => {
		const rows = tool('pdffonts', a4.file).split('\n').slice(2).filter(Boolean);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
	});

	it('draws the maps and the chart as vectors: no raster image at all', () => {
		const rows = tool('pdfimages', '-list', a4.file).split('\n').slice(2).filter(Boolean);
		expect(rows).toEqual([]);
	});

	it('keeps every word inside the margins, maps and tables included', () => {
		expect(outsideMargins(a4.file, PAGE_SIZES.A4.width)).toEqual([]);
	});

	it('wraps a long unbroken word instead of running off the page', () => {
		// Wrapped text comes back in pieces; all of it, joined, is still there.
		const all = text(a4.file).replace(/\s/g, '');
		expect(all).toContain(LONG_WORD);
	});
});

describe('PDF options and editions', () => {
	it('renders US Letter', async () => {
		const letter = await render('reference-letter', strategyPlan(), 'full', 'LETTER');
		expect(tool('pdfinfo', letter.file)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
	}, 60_000);

	it('renders an empty plan with every section saying so', async () => {
		const empty = strategyPlan();
		const bare: Plan = {
			...empty,
			meta: { ...empty.meta, title: '' },
			purpose: { statement: '', knownFor: '' },
			values: [],
			team: [],
			ratings: [],
			stakeholders: [],
			listening: [],
			swot: [],
			platforms: [],
			presence: [],
			goals: [],
			notes: []
		};
		const rendered = await render('empty-a4', bare, 'full', 'A4');
		snapshot(rendered, 'empty-a4', 4);
		expect(tool('qpdf', '--check', rendered.file)).toMatch(/No syntax or stream encoding errors/);
		expect(text(rendered.file)).toContain('Nothing recorded yet.');
	}, 60_000);

	it('leaves internal items out of the public edition', async () => {
		const plan = strategyPlan();
		const secretStakeholder = plan.stakeholders[7]!;
		secretStakeholder.name = 'Hostile blogger Zebedee';
		const secretPlatform = plan.platforms[4]!;
		secretPlatform.name = 'Backchannel Quokka';
		plan.commitment.privacyRules = 'Never mention the Xylophone merger.';
		const concerns = plan.stakeholders[8]!;
		concerns.concerns = 'Worried about Wombat layoffs.';
		plan.internal = [
			internalKey.record('stakeholders', secretStakeholder.id),
			internalKey.record('platforms', secretPlatform.id),
			internalKey.field('stakeholders', concerns.id, 'concerns'),
			internalKey.text('commitment.privacyRules')
		].sort();
		const secrets = ['Zebedee', 'Quokka', 'Xylophone', 'Wombat'];

		const full = text((await render('internal-full', plan, 'full', 'A4')).file);
		for (const secret of secrets) expect(full).toContain(secret);
		const rendered = await render('internal-public', plan, 'public', 'A4');
		snapshot(rendered, 'public-a4', 2);
		const pub = text(rendered.file);
		for (const secret of secrets) expect(pub).not.toContain(secret);
		expect(pub).toContain('Public edition');
	}, 60_000);
});

describe('headings are never left alone at the foot of a page', () => {
	// Sections whose filler grows a line at a time: across them, the heading after the filler
	// meets the foot of the page in every possible way.
	const follows: { name: string; block: (i: number) => Block; first: (i: number) => string }[] = [
		{
			name: 'a table',
			block: (i) => ({ type: 'table', columns: [{ title: 'A', weight: 1 }], rows: [[`TROW${i}`]] }),
			first: (i) => `TROW${i}`
		},
		{
			name: 'a list',
			block: (i) => ({ type: 'list', items: [`LITEM${i}`, 'second'] }),
			first: (i) => `LITEM${i}`
		},
		{
			name: 'a long paragraph',
			block: (i) => ({ type: 'paragraph', text: `PARA${i} ${'words and more words '.repeat(80)}` }),
			first: (i) => `PARA${i}`
		},
		{
			name: 'a SWOT',
			block: (i) => ({
				type: 'quadrants',
				cells: ['S', 'W', 'O', 'T'].map((title) => ({
					title: `${title}${i}`,
					items: ['a point '.repeat(120)]
				}))
			}),
			first: (i) => `S${i}`
		},
		{
			name: 'a record card whose first answer is long',
			block: (i) => ({
				type: 'records',
				items: [
					{
						title: `LONGCARD${i}`,
						subtitle: '',
						fields: [{ label: 'Why', value: 'because and because '.repeat(90) }]
					}
				]
			}),
			first: (i) => `LONGCARD${i}`
		},
		{
			name: 'record cards',
			block: (i) => ({
				type: 'records',
				items: [{ title: `CARD${i}`, subtitle: '', fields: [{ label: 'Why', value: 'Because.' }] }]
			}),
			first: (i) => `CARD${i}`
		}
	];

	it.each(follows)(
		'before $name',
		async ({ block, first }) => {
			const base = buildReport(strategyPlan(), { edition: 'full', generatedAt: new Date() });
			const steps = Array.from({ length: 40 }, (_, i) => ({
				...base.steps[0]!,
				blocks: [
					...Array.from({ length: 30 + i }, (): Block => ({
						type: 'paragraph',
						text: 'Filler line.'
					})),
					{ type: 'heading', level: 2, text: `HEADING${i}` } as Block,
					block(i)
				]
			}));
			const report: Report = { ...base, steps, summary: { ...base.summary, blocks: [] } };
			const file = join(dir, 'orphans.pdf');
			writeFileSync(file, await renderReportPdf(report, { pageSize: 'A4', maps: {} }));
			const pages = tool('pdftotext', file, '-').split('\f');
			const pageOf = (word: string) => pages.findIndex((page) => page.includes(word));
			for (let i = 0; i < steps.length; i++)
				expect(pageOf(`HEADING${i}`), `section ${i}`).toBe(pageOf(first(i)));
		},
		60_000
	);
});

describe('PDF of extreme text', () => {
	it('lays out texts at their length limits without losing or overflowing any', async () => {
		const plan = strategyPlan();
		plan.stakeholders = plan.stakeholders.slice(0, 3);
		plan.platforms = plan.platforms.slice(0, 2);
		plan.goals = plan.goals.slice(0, 2);
		plan.notes = plan.notes.slice(0, 5);
		const paragraph = (marker: string) =>
			`${Array.from({ length: 2_500 }, (_, i) => `word${i % 97}`).join(' ')} ${marker}`;
		const unbroken = 'N'.repeat(300);
		plan.stakeholders[0]!.name = unbroken;
		plan.stakeholders[0]!.concerns = paragraph('ENDOFCONCERNS');
		plan.stakeholders[1]!.engagement = paragraph('ENDOFENGAGEMENT');
		plan.platforms[0]!.reason = paragraph('ENDOFREASON');
		plan.goals[0]!.statement = paragraph('ENDOFGOAL');
		plan.commitment.privacyRules = paragraph('ENDOFPRIVACY');
		plan.swot[0]!.text = paragraph('ENDOFSWOT');
		plan.purpose.statement = paragraph('ENDOFPURPOSE');
		const rendered = await render('extreme-a4', plan, 'full', 'A4');
		expect(tool('qpdf', '--check', rendered.file)).toMatch(/No syntax or stream encoding errors/);
		const all = text(rendered.file);
		for (const marker of [
			'ENDOFCONCERNS',
			'ENDOFENGAGEMENT',
			'ENDOFREASON',
			'ENDOFGOAL',
			'ENDOFPRIVACY',
			'ENDOFSWOT',
			'ENDOFPURPOSE'
		])
			expect(all, marker).toContain(marker);
		expect(all.replace(/\s/g, '')).toContain(unbroken);
		expect(outsideMargins(rendered.file, PAGE_SIZES.A4.width)).toEqual([]);
	}, 120_000);
});

describe('PDF drawings of the boards', () => {
	const ONE_LINE = 'Zanzibar circle';
	const MARKUP = '<b>Bold</b> & "q"';
	let rendered: Rendered;
	let all = '';
	const occurrences = (needle: string) => all.split(needle).length - 1;

	beforeAll(async () => {
		const plan = strategyPlan();
		const base = plan.notes[0]!;
		const note = (id: string, patch: Partial<Plan['notes'][number]>) => ({
			...base,
			id,
			position: null,
			z: '',
			cluster: '',
			promotedTo: '',
			...patch
		});
		plan.notes = [
			note('a1', { step: 'purpose', order: 1, text: ONE_LINE, position: [0, 0] }),
			note('a2', { step: 'purpose', order: 2, text: MARKUP, position: [400, 0], color: 'pink' }),
			note('a3', { step: 'purpose', order: 3, text: GREEK_NAME, cluster: 'Ideas' }),
			...Array.from({ length: 400 }, (_, i) =>
				note(`b${i}`, {
					step: 'stakeholders',
					order: i,
					text: `Stakeholder idea ${i}`,
					cluster: i % 3 === 0 ? 'Partners' : ''
				})
			)
		];
		plan.frames = [
			{ id: 'f1', order: 0, step: 'purpose', name: 'Ideas', rect: [0, 200, 600, 300], z: '' }
		];
		rendered = await render('boards-a4', plan, 'full', 'A4');
		all = text(rendered.file);
		const appendix = Number(
			/(\d+)\s*$/.exec(
				tool('pdftotext', '-layout', '-f', '2', '-l', '2', rendered.file, '-')
					.split('\n')
					.find((line) => line.includes('Appendix')) ?? ''
			)?.[1] ?? 1
		);
		mkdirSync(ARTIFACTS, { recursive: true });
		tool(
			'pdftoppm',
			'-r',
			'60',
			'-png',
			'-f',
			String(appendix),
			'-l',
			String(appendix + 2),
			rendered.file,
			join(ARTIFACTS, 'boards-appendix')
		);
	}, 120_000);

	it('is a well-formed PDF with the drawings as vectors', () => {
		expect(tool('qpdf', '--check', rendered.file)).toMatch(/No syntax or stream encoding errors/);
		expect(tool('pdfimages', '-list', rendered.file).split('\n').slice(2).filter(Boolean)).toEqual(
			[]
		);
		expect(all).not.toContain('could not be drawn');
	});

	it("prints a note's text in the drawing as well as in the list", () => {
		expect(occurrences(ONE_LINE)).toBe(2);
		expect(occurrences(GREEK_NAME.split(' ')[0]!)).toBeGreaterThanOrEqual(2);
	});

	it('prints a note with markup literally, in the drawing and the list', () => {
		expect(occurrences(MARKUP)).toBe(2);
	});

	it('says how much of a big board the drawing shows, and lists every note', () => {
		expect(all).toContain('Drawing shows 300 of 400 notes; all are listed below.');
		const listed = Array.from({ length: 400 }, (_, i) => `Stakeholder idea ${i} `).filter(
			(line) => !all.includes(line)
		);
		expect(listed).toEqual([]);
	});

	it('keeps the drawings inside the margins', () => {
		expect(outsideMargins(rendered.file, PAGE_SIZES.A4.width)).toEqual([]);
	});
});

describe('PDF of the large workshop', () => {
	it('renders within its budget and splits long tables cleanly', async () => {
		const plan = strategyPlan('large');
		const large = await render('large-a4', plan, 'full', 'A4');
		console.info(
			`large A4: ${large.ms} ms, ${large.bytes.toLocaleString('en')} bytes, ${large.pages} pages`
		);
		expect(tool('qpdf', '--check', large.file)).toMatch(/No syntax or stream encoding errors/);
		expect(large.bytes).toBeLessThanOrEqual(5_000_000);
		const all = text(large.file);
		const missing = plan.stakeholders.map((s) => fold(s.name)).filter((n) => !all.includes(n));
		expect(missing).toEqual([]);
		expect(outsideMargins(large.file, PAGE_SIZES.A4.width)).toEqual([]);
	}, 120_000);
});

describe('the words the PDF writes itself follow its language', () => {
	async function made(name: string, locale: 'fr' | 'de', edition: Edition): Promise<string> {
		const bytes = await planToPdf({
			type: 'render',
			plan: strategyPlan(),
			edition,
			pageSize: 'A4',
			generatedAt: new Date(2026, 10, 2),
			locale
		});
		const file = join(dir, `${name}.pdf`);
		writeFileSync(file, bytes);
		return text(file);
	}

	it('in French: the cover, the contents, the maturity table and its notes', async () => {
		const all = await made('words-fr', 'fr', 'full');
		// The cover's labels are letter-spaced: pdftotext reads them a letter at a time.
		const squeezed = all.replace(/\s+/g, '');
		for (const french of ['STRATÉGIEPOURLESRÉSEAUXSOCIAUX', 'ANIMATION', 'Sommaire']) {
			expect(squeezed).toContain(french);
		}
		for (const english of ['SOCIALMEDIASTRATEGY', 'FACILITATOR']) {
			expect(squeezed).not.toContain(english);
		}
		for (const english of [
			'Contents',
			'What the group said',
			'Not rated',
			'Wide: worth discussing',
			'could not be drawn'
		]) {
			expect(all).not.toContain(english);
		}
	}, 60_000);

	it('in German: the public edition says so on every page', async () => {
		const all = await made('words-de-public', 'de', 'public');
		expect(all).toContain('Öffentliche Ausgabe');
		expect(all).not.toContain('Public edition');
	}, 60_000);
});
