import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformRecord, stakeholderRecord } from '../../../../tests/factories/map-records';
import { emptyPlan } from '../../../../tests/factories/strategy-plan';
import { MARKUP_NAME } from '../../../../tests/factories/workshop';
import { WORLD_NAMES } from '../../../../tests/factories/world-scripts';
import { bodies, linesOf, normalised, tool, wordsOnPage } from '../../../../tests/helpers/pdf-text';
import type { Locale } from '../../domain/locale';
import type { Plan } from '../../domain/plan';
import {
	buildSessionSummary,
	NOTHING_DECIDED,
	type SessionSummary
} from '../../domain/session-summary';
import { renderPdf } from '../pdf/render';
import { summaryPdf } from './export-summary';
import { summaryToMarkdown } from './markdown';
import { summaryToPdfDefinition } from './pdf-definition';

/**
 * The summary's files read the way a reader's tools read them: the PDF through poppler's
 * pdftotext, the Markdown as text. A 10,000-character name must arrive whole (wrapped, not cut),
 * and markup typed into a name must arrive as the characters typed.
 */

/** 10,000 characters of numbered words, so a missing piece names itself. */
const HUGE_NAME = Array.from({ length: 1_000 }, (_, i) => `w${String(i).padStart(7, '0')}`)
	.join(' ')
	.slice(0, 10_000);
/** One unbroken run, wider than any page. */
const UNBROKEN = `https://example.org/${'x'.repeat(300)}`;

function sessionPlans(): { before: Plan; after: Plan } {
	const before = emptyPlan();
	before.meta.title = 'Library 2027';
	before.platforms.push(platformRecord(1, { name: 'Mastodon', decision: 'maintain' }));
	const after = structuredClone(before);
	after.stakeholders.push(stakeholderRecord(1, { name: MARKUP_NAME }));
	after.stakeholders.push(stakeholderRecord(2, { name: HUGE_NAME }));
	after.stakeholders.push(stakeholderRecord(3, { name: UNBROKEN }));
	after.platforms[0]!.decision = 'focus';
	after.platforms[0]!.reason = '*Our* readers <i>ask</i> there.';
	return { before, after };
}

function summaryOf(before: Plan, after: Plan, locale?: Locale): SessionSummary {
	return buildSessionSummary({
		before,
		after,
		startedAt: Date.UTC(2026, 11, 6, 9),
		endedAt: Date.UTC(2026, 11, 6, 12),
		votes: [],
		findings: [],
		timeZone: 'UTC',
		...(locale ? { locale } : {})
	});
}

let dir = '';
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'canal-summary-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfWords(summary: SessionSummary): Promise<{ text: string; pages: number }> {
	const file = join(dir, `summary-${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(file, await renderPdf(summaryToPdfDefinition(summary)));
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/**
 * Text as extracted, without the running footers a page break puts in the middle of a long name,
 * nor the line breaks and spaces wrapping put in or took out.
 */
const squeezed = (text: string) =>
	text
		.split('\n')
		.filter((line) => !/^\s*(Today’s summary|\d+\s*\/\s*\d+)\s*$/.test(line))
		.join('')
		.replace(/\s+/g, '');

describe('summary PDF', () => {
	it('names every changed record whole, markup as text, a long day on more pages', async () => {
		const { before, after } = sessionPlans();
		const { text, pages } = await pdfWords(summaryOf(before, after));
		expect(text).toContain('Today’s summary'.toUpperCase());
		expect(text).toContain(MARKUP_NAME);
		expect(text).toContain('Mastodon: Focus (was Maintain)');
		expect(text).toContain('Reason: *Our* readers <i>ask</i> there.');
		expect(squeezed(text)).toContain(squeezed(HUGE_NAME));
		expect(squeezed(text)).toContain(squeezed(UNBROKEN));
		expect(pages).toBeGreaterThan(1);
	}, 60_000);

	it('says in words that nothing was decided, on one page', async () => {
		const { before } = sessionPlans();
		const { text, pages } = await pdfWords(summaryOf(before, structuredClone(before)));
		expect(text).toContain(NOTHING_DECIDED);
		expect(pages).toBe(1);
	}, 60_000);
});

describe("summary PDF in the team's language and scripts", () => {
	/** Stakeholders named in Chinese, Arabic, Thai and with an emoji, summarised in Arabic. */
	const NAMES = [WORLD_NAMES.simplified, 'العربية', WORLD_NAMES.thai, WORLD_NAMES.emoji];
	let file = '';
	let summary: SessionSummary;
	let text = '';

	beforeAll(async () => {
		const { before } = sessionPlans();
		const after = structuredClone(before);
		NAMES.forEach((name, index) => after.stakeholders.push(stakeholderRecord(index + 1, { name })));
		after.platforms[0]!.decision = 'focus';
		summary = summaryOf(before, after, 'ar');
		file = join(dir, 'summary-ar.pdf');
		// The export the summary's "PDF" button makes.
		writeFileSync(file, new Uint8Array(await (await summaryPdf(summary)).arrayBuffer()));
		text = bodies(normalised(tool('pdftotext', '-enc', 'UTF-8', file, '-')));
	}, 120_000);

	it('embeds the Noto fonts its scripts need, as subsets', () => {
		const rows = tool('pdffonts', file).split('\n').slice(2).filter(Boolean);
		for (const row of rows)
			expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s.*\syes\s+yes\s+yes\s+\d+\s+\d+$/);
		const names = rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
		for (const family of ['NotoSansSC', 'NotoSansArabic', 'NotoSansThai', 'NotoEmoji'])
			expect(
				names.some((name) => name.startsWith(family)),
				`${family} in ${names.join(', ')}`
			).toBe(true);
	});

	it('extracts every name and the Arabic words in reading order', () => {
		for (const name of NAMES)
			for (const word of normalised(name).split(' '))
				expect(text, `${word} (of ${name})`).toContain(bodies(word));
		// Punctuation next to right-to-left words comes out on either side of them.
		for (const words of [summary.headline, summary.sections[0]!.heading])
			for (const word of normalised(words)
				.replace(/[().,:،]/g, ' ')
				.split(' ')
				.filter(Boolean))
				expect(text, `${word} (of ${words})`).toContain(bodies(word));
		// Words in one direction come out whole, in the order they are read.
		expect(text).toContain(bodies(normalised('ملخّص اليوم')));
		expect(text).toContain(bodies(normalised('أصحاب المصلحة')));
	});

	it('puts each bullet on the right of its item', () => {
		const lines = linesOf(wordsOnPage(file)).filter((line) => line.some((w) => w.text === '•'));
		expect(lines.length).toBeGreaterThanOrEqual(NAMES.length);
		for (const line of lines) {
			const bullet = line.find((word) => word.text === '•')!;
			const words = line.filter((word) => word !== bullet);
			expect(bullet.xMin).toBeGreaterThan(Math.max(...words.map((word) => word.xMax)));
		}
	});
});

describe('summary Markdown', () => {
	it('escapes markup in user text and keeps every name whole', () => {
		const { before, after } = sessionPlans();
		const markdown = summaryToMarkdown(summaryOf(before, after));
		expect(markdown).toContain(
			'- Stakeholder added: Press &lt;script&gt;alert("x")&lt;/script&gt; &amp; co'
		);
		expect(markdown).toContain('  - Reason: \\*Our\\* readers &lt;i&gt;ask&lt;/i&gt; there.');
		expect(markdown).not.toContain('<script>');
		expect(markdown).toContain(HUGE_NAME);
		expect(markdown.startsWith('# Today’s summary: Library 2027\n')).toBe(true);
	});

	it('says when nothing was decided', () => {
		const { before } = sessionPlans();
		expect(summaryToMarkdown(summaryOf(before, structuredClone(before)))).toContain(
			NOTHING_DECIDED
		);
	});
});
