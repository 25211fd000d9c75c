import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { strategyPlan } from '../../../tests/factories/strategy-plan';
import type { Plan } from '../domain/plan';
import { buildReport, reportSections, type Report } from '../domain/report';
import { diffWords } from '../domain/versions';
import { reportToMarkdown, wordsToMarkdown } from './markdown';
import { renderReportPdf } from './pdf/render-report';

/**
 * "What changed since …" in both exports: built only when asked for, word-level changes visible
 * in the Markdown (strikethrough and bold, user text escaped) and in the PDF (read back with
 * poppler's pdftotext, as a reader's tools see it).
 */

const before = strategyPlan();

function changedPlan(): Plan {
	const plan = structuredClone(before);
	plan.purpose.statement = 'We open knowledge to everyone in Athens, online and offline.';
	plan.platforms[0]!.decision = 'maintain';
	plan.platforms[0]!.reason = 'Few of our readers answer there any more.';
	Object.assign(plan.stakeholders[0]!, { influence: 95, interest: 5, placed: true });
	plan.stakeholders[1]!.concerns = 'Budget *cuts* <b>and</b> closures';
	plan.stakeholders.push({
		...structuredClone(plan.stakeholders[4]!),
		id: 'addedsh000000001',
		name: 'Night readers'
	});
	plan.goals[0]!.target = '900 members';
	plan.internal.push('stakeholders:addedsh000000001');
	return plan;
}

function report(edition: 'full' | 'public' = 'full', name = 'Signed off in March'): Report {
	return buildReport(changedPlan(), {
		edition,
		generatedAt: new Date(2026, 11, 6),
		comparison: {
			name,
			before: {
				...before,
				purpose: { ...before.purpose, statement: 'We open knowledge to everyone in the city.' }
			}
		}
	});
}

describe('the change report', () => {
	test('is only there when the report is asked to compare', () => {
		const plain = buildReport(changedPlan(), { edition: 'full', generatedAt: new Date() });
		expect(plain.changes).toBeUndefined();
		expect(reportSections(plain).map((section) => section.id)).not.toContain('changes');
		const compared = report();
		expect(
			reportSections(compared)
				.map((section) => section.id)
				.slice(0, 3)
		).toEqual(['summary', 'changes', 'purpose']);
		expect(compared.changes?.title).toBe('What changed since Signed off in March');
	});

	test('says so when nothing changed', () => {
		const same = buildReport(before, {
			edition: 'full',
			generatedAt: new Date(),
			comparison: { name: 'March', before }
		});
		expect(same.changes?.blocks).toEqual([
			{ type: 'empty', text: 'Nothing in the plan changed since “March”.' }
		]);
	});

	test('the public edition leaves out what is internal', () => {
		const full = JSON.stringify(report('full').changes);
		const shown = JSON.stringify(report('public').changes);
		expect(full).toContain('Night readers');
		expect(shown).not.toContain('Night readers');
		expect(shown).toContain('900 members');
	});
});

describe('the change report in Markdown', () => {
	test.each([
		[[{ type: 'same', text: 'in the city' }], 'in the city'],
		[
			[
				{ type: 'same', text: 'in ' },
				{ type: 'removed', text: 'the city' },
				{ type: 'added', text: 'Athens, online' },
				{ type: 'same', text: '.' }
			],
			'in ~~the city~~**Athens, online**.'
		],
		// Spaces at a run's edges go outside its markers, or the emphasis would not render.
		[
			[
				{ type: 'same', text: 'a' },
				{ type: 'added', text: ' new ' },
				{ type: 'same', text: 'word' }
			],
			'a **new** word'
		],
		// User text stays text: its own markers and HTML are escaped inside and outside the runs.
		[
			[
				{ type: 'removed', text: '*cuts*' },
				{ type: 'added', text: '<b>~x~</b>' }
			],
			'~~\\*cuts\\*~~**&lt;b&gt;\\~x\\~&lt;/b&gt;**'
		],
		[[{ type: 'same', text: '- a list?' }], '\\- a list?']
	] as const)('%j', (parts, expected) => {
		expect(wordsToMarkdown(parts)).toBe(expected);
	});

	test('shows each change, texts word by word', () => {
		const markdown = reportToMarkdown(report());
		const section = markdown.slice(markdown.indexOf('## What changed since Signed off in March'));
		expect(section).toContain('in ~~the city~~**Athens, online and offline**.');
		expect(section).toMatch(/Added: Stakeholder “Night readers”/);
		expect(section).toContain('**Target:** ');
		expect(section).toContain('→ 900 members');
		expect(section).toContain('**Budget \\*cuts\\* &lt;b&gt;and&lt;/b&gt; closures**');
		expect(section).not.toContain('<b>');
		expect(section).toMatch(/\| Focus .*\| Maintain/);
	});
});

describe('the change report in the PDF', () => {
	const dir = mkdtempSync(join(tmpdir(), 'canal-changes-pdf-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('pdftotext finds the section, deleted and inserted words, moves and decisions', async () => {
		const bytes = await renderReportPdf(report(), { pageSize: 'A4', maps: {} });
		const file = join(dir, 'changes.pdf');
		writeFileSync(file, bytes);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}).replace(/\s+/g, ' ');
		const section = text.slice(text.lastIndexOf('What changed since Signed off in March'));
		expect(section).toContain(
			'We open knowledge to everyone in the city Athens, online and offline.'
		);
		expect(section).toContain('Moved on the map');
		expect(section).toContain('Keep satisfied');
		expect(section).toContain('Decisions changed');
		expect(section).toMatch(/Focus .*Maintain/);
		expect(section).toContain('Few of our readers answer there any more.');
		expect(section).toContain('900 members');
	}, 60_000);

	test('deleted words are struck through and inserted ones highlighted', async () => {
		const drawn = async (before: string, after: string) => {
			const card = {
				title: 'Purpose',
				subtitle: '',
				fields: [{ label: '', before, after, words: diffWords(before, after) }]
			};
			const bytes = await renderReportPdf(
				{
					...report(),
					changes: {
						id: 'changes',
						number: null,
						title: 'What changed since March',
						intro: '',
						blocks: [{ type: 'changes', items: [card] }]
					}
				},
				{ pageSize: 'A4', maps: {} }
			);
			return new TextDecoder('latin1').decode(await inflateAll(bytes));
		};
		// pdfmake paints the strike in the text's colour (#b3261e) and the highlight as a filled
		// rectangle (#d6efdf): fill colours that nothing else in the document uses.
		const deleted = /0\.7019\d* 0\.149\d* 0\.1176\d* scn/;
		const inserted = /0\.8392\d* 0\.9372\d* 0\.8745\d* scn/;
		const changed = await drawn('keep old words', 'keep new words');
		expect(changed).toMatch(deleted);
		expect(changed).toMatch(inserted);
		const unchanged = await drawn('keep old words', 'keep old words');
		expect(unchanged).not.toMatch(deleted);
		expect(unchanged).not.toMatch(inserted);
	}, 120_000);
});

/** Every deflated stream of a PDF, inflated and joined, to look for drawing operators. */
async function inflateAll(pdf: Uint8Array): Promise<Uint8Array> {
	const latin = new TextDecoder('latin1').decode(pdf);
	const chunks: Uint8Array[] = [];
	for (const match of latin.matchAll(/stream\r?\n/g)) {
		const start = match.index + match[0].length;
		const end = latin.indexOf('endstream', start);
		try {
			const stream = new Blob([pdf.slice(start, end) as BlobPart])
				.stream()
				.pipeThrough(new DecompressionStream('deflate'));
			chunks.push(new Uint8Array(await new Response(stream).arrayBuffer()));
		} catch {
			chunks.push(pdf.slice(start, end));
		}
	}
	const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
