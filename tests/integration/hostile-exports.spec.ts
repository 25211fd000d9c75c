import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import type { Plan } from '../../src/lib/domain/plan';
import { exportMarkdown } from '../../src/lib/export/export-markdown';
import { loadPdfEngine } from '../../src/lib/export/pdf/render';
import { planToPdf } from '../../src/lib/export/pdf/render-report';
import {
	fitEffortSvg,
	platformMapSvg,
	salienceMapSvg,
	stakeholderMapSvg
} from '../../src/lib/maps/svg';
import { HOSTILE_STRINGS, PWNED_FLAG } from '../factories/hostile-strings';
import { recordFigures, scale } from '../helpers/reliability';
import { hostilePlan, writeOversized } from './helpers/hostile-plan';

/**
 * Every export of a plan whose every text field holds hostile strings: the map SVGs and the
 * Markdown (rendered by marked, which passes raw HTML through) are opened as pages in real
 * Chromium with no CSP to protect them, so only the escaping stands between a stakeholder's name
 * and a running script; the PDF is checked by qpdf and poppler for actions and for the text.
 */

const started = performance.now();
const failures: string[] = [];
let exportsChecked = 0;
let browser: Browser;
let dir = '';
let fields = 0;

/**
 * Quick: the plan as PlanDoc writes it. Long: also a crafted file's plan, whose title, purpose
 * statement and a stakeholder's name hold the full 100,000 characters.
 */
const VARIANTS = scale(['written'], ['written', 'crafted']) as readonly ('written' | 'crafted')[];
const plans = new Map<string, Plan>();

const tool = (command: string, ...args: string[]) =>
	execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Text compared without any whitespace: wrapping and pdftotext's layout move it around. */
const solid = (text: string) => text.replace(/[\s\u00ad\u200b]+/g, '');

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'canal-hostile-'));
	for (const variant of VARIANTS) {
		const built = hostilePlan();
		if (variant === 'crafted') writeOversized(built.ydoc);
		plans.set(variant, built.plan.toJSON());
		fields += built.fields;
	}
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumLaunchArgs
	});
	await loadPdfEngine();
}, 60_000);

beforeEach(({ onTestFailed }) => onTestFailed(({ task }) => void failures.push(task.name)));

afterAll(async () => {
	await browser?.close();
	// HOSTILE_KEEP=1 keeps the exports for a person to open.
	if (!process.env.HOSTILE_KEEP) rmSync(dir, { recursive: true, force: true });
	recordFigures('hostile-input', {
		part: 'exports',
		corpus: HOSTILE_STRINGS.length,
		plans: VARIANTS.length,
		fieldsWritten: fields,
		exportsChecked,
		seconds: Math.round((performance.now() - started) / 100) / 10,
		failures: failures.length
	});
});

interface PageVerdict {
	ran: boolean;
	dialogs: string[];
	scripts: number;
	eventAttributes: string[];
	links: string[];
	foreign: number;
	embeds: number;
	images: string[];
	parseError: boolean;
}

/**
 * Opens a document in a fresh page, lets it settle (images fail, animations begin) and reports
 * whether anything ran and which dangerous elements or attributes it holds.
 */
async function inspect(open: (page: Page) => Promise<unknown>): Promise<PageVerdict> {
	const context = await browser.newContext({ javaScriptEnabled: true });
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	try {
		await open(page);
		// Long enough for a failing image's onerror and an SVG animation's onbegin.
		await page.waitForTimeout(300);
		const verdict = await page.evaluate((flag) => {
			const all = [...document.querySelectorAll('*')];
			return {
				ran: flag in window,
				scripts: document.querySelectorAll('script').length,
				eventAttributes: all.flatMap((element) =>
					[...element.attributes]
						.filter((attribute) => /^on/i.test(attribute.name))
						.map((attribute) => `${element.localName}[${attribute.name}]`)
				),
				links: all.flatMap((element) =>
					['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc']
						.map((name) => element.getAttribute(name))
						.filter((value): value is string => value !== null)
						.filter(
							(value) =>
								!(element.localName === 'img' && value.startsWith('data:image/svg+xml;base64,'))
						)
				),
				foreign: document.getElementsByTagName('foreignObject').length,
				embeds: document.querySelectorAll('iframe, object, embed, frame').length,
				images: [...document.querySelectorAll('img')].map((image) => image.src.slice(0, 40)),
				parseError: document.getElementsByTagName('parsererror').length > 0
			};
		}, PWNED_FLAG);
		return { ...verdict, dialogs };
	} finally {
		await context.close();
	}
}

const planOf = (variant: string): Plan => {
	const plan = plans.get(variant);
	if (!plan) throw new Error(`No ${variant} plan`);
	return plan;
};

const noScriptRan = (verdict: PageVerdict, what: string) => {
	expect(verdict.ran, `${what}: window.${PWNED_FLAG} set`).toBe(false);
	expect(verdict.dialogs, `${what}: dialogs`).toEqual([]);
};

describe('hostile strings in every export', () => {
	it('the inspection sees a payload that runs (a control: the checks below can fail)', async () => {
		const html = await inspect((page) =>
			page.setContent(`<img src=x onerror="window.${PWNED_FLAG}=1"><a href="javascript:x">x</a>`)
		);
		expect(html.ran).toBe(true);
		expect(html.eventAttributes).toEqual(['img[onerror]']);
		expect(html.links).toEqual(['x', 'javascript:x']);
		const file = join(dir, 'control.svg');
		writeFileSync(
			file,
			`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>x</text></svg>`
		);
		const svg = await inspect((page) => page.goto(pathToFileURL(file).href));
		expect(svg.dialogs).toEqual(['1']);
		expect(svg.scripts).toBe(1);
	}, 30_000);

	for (const variant of VARIANTS) {
		const maps = { stakeholderMapSvg, salienceMapSvg, platformMapSvg, fitEffortSvg };
		for (const [name, draw] of Object.entries(maps)) {
			it(`${variant}: the ${name} is inert when opened as an SVG document`, async () => {
				const svg = draw(planOf(variant), { width: 800 });
				exportsChecked++;
				// Attributes are judged in the DOM below: as text, `onclick=` is exactly what should show.
				expect(svg).not.toMatch(/<(script|foreignObject|a|image|use|iframe)\b|<!ENTITY/i);
				const file = join(dir, `${variant}-${name}.svg`);
				writeFileSync(file, svg);
				const verdict = await inspect((page) => page.goto(pathToFileURL(file).href));
				noScriptRan(verdict, name);
				expect(verdict.parseError, 'the SVG is well-formed XML').toBe(false);
				expect(verdict.scripts).toBe(0);
				expect(verdict.eventAttributes).toEqual([]);
				expect(verdict.links).toEqual([]);
				expect(verdict.foreign).toBe(0);
				// Names are drawn as text: the dots' titles hold the hostile names verbatim.
				const titles = await inspectTitles(file);
				expect(titles.filter((title) => /<(script|img|svg)\b/.test(title)).length).toBeGreaterThan(
					0
				);
			}, 30_000);
		}

		it(`${variant}: the Markdown export, rendered to HTML by marked, runs nothing and links nowhere`, async () => {
			const markdown = await exportMarkdown(planOf(variant), { edition: 'full' }).text();
			exportsChecked++;
			const html = await marked.parse(markdown, { async: true });
			writeFileSync(join(dir, `${variant}.html`), html);
			const verdict = await inspect((page) => page.setContent(html, { waitUntil: 'load' }));
			noScriptRan(verdict, 'markdown');
			expect(verdict.scripts).toBe(0);
			expect(verdict.eventAttributes).toEqual([]);
			expect(verdict.embeds).toBe(0);
			// The only URLs are the maps, as SVG images in data URLs (excluded above): no link at all.
			expect(verdict.links).toEqual([]);
			// Attributes are judged in the DOM above: as text, `onclick=` is exactly what should show.
			expect(html).not.toMatch(/<(script|iframe|object|embed|style|a)\b/i);
			// What people typed is shown as typed: every printable string is in the rendered text.
			const text = await textOf(html);
			const missing = HOSTILE_STRINGS.filter((e) => e.printable && !text.includes(solid(e.text)));
			expect(
				missing.map((entry) => entry.name),
				'strings missing from the rendered text'
			).toEqual([]);
		}, 60_000);

		it(`${variant}: the PDF has no actions or links, passes qpdf, and shows the strings as text`, async () => {
			const bytes = await planToPdf({
				type: 'render',
				plan: planOf(variant),
				edition: 'full',
				pageSize: 'A4',
				locale: 'en',
				generatedAt: new Date(2026, 10, 2)
			});
			exportsChecked++;
			const file = join(dir, `${variant}.pdf`);
			writeFileSync(file, bytes);
			tool('qpdf', '--check', file);
			const expanded = join(dir, `${variant}.qdf.pdf`);
			tool('qpdf', '--qdf', '--object-streams=disable', file, expanded);
			// Dictionaries only: font and page streams hold binary data where any bytes may occur.
			const raw = readFileSync(expanded, 'latin1').replace(
				/\bstream\r?\n[\s\S]*?\bendstream\b/g,
				''
			);
			const keys = ['/JavaScript', '/JS', '/Launch', '/URI', '/SubmitForm', '/ImportData', '/AA'];
			const found = keys.filter((key) => new RegExp(`${key}[\\s/<(\\[]`).test(raw));
			expect(found, 'action keys in the PDF').toEqual([]);
			const openAction = /\/OpenAction\s*(<<[^>]*>>|\d+ \d+ R|\[[^\]]*\])/.exec(raw)?.[1];
			// An OpenAction that only shows a page is harmless; one with an action (/S) is not.
			if (openAction) expect(openAction).not.toMatch(/\/S\s*\//);
			const text = solid(tool('pdftotext', '-enc', 'UTF-8', file, '-'));
			const missing = HOSTILE_STRINGS.filter((e) => e.printable && !text.includes(solid(e.text)));
			expect(
				missing.map((entry) => entry.name),
				'strings missing from the PDF text'
			).toEqual([]);
		}, 120_000);
	}
});

async function inspectTitles(file: string): Promise<string[]> {
	const page = await browser.newPage();
	try {
		await page.goto(pathToFileURL(file).href);
		return await page.evaluate(() =>
			[...document.getElementsByTagName('title')].map((title) => title.textContent ?? '')
		);
	} finally {
		await page.close();
	}
}

async function textOf(html: string): Promise<string> {
	const page = await browser.newPage({ javaScriptEnabled: false });
	try {
		await page.setContent(html);
		return solid(await page.evaluate(() => document.body.textContent ?? ''));
	} finally {
		await page.close();
	}
}
