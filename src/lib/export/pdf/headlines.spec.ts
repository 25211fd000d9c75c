import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { buildReport, type Block, type Report } from '../../domain/report';
import { reportToPdfDefinition } from './docDefinition';
import { hasMarkedHeadline, pageBreakHook } from './headlines';

describe('hasMarkedHeadline', () => {
	const cases: { name: string; content: unknown; marked: boolean }[] = [
		{ name: 'nothing', content: [], marked: false },
		{ name: 'a plain string', content: 'headlineLevel', marked: false },
		{ name: 'an unmarked text', content: { text: 'Title', fontSize: 12 }, marked: false },
		{ name: 'a marked text', content: { text: 'Title', headlineLevel: 1 }, marked: true },
		{
			name: 'a mark deep in a stack of columns',
			content: [{ stack: [{ columns: [{ text: 'a' }, { text: 'b', headlineLevel: 1 }] }] }],
			marked: true
		},
		{
			name: 'a mark in a table cell',
			content: { table: { body: [[{ text: 'a' }, { text: 'b', headlineLevel: 1 }]] } },
			marked: true
		},
		{
			name: 'an SVG that names the property',
			content: { svg: '<svg headlineLevel="1"/>' },
			marked: false
		}
	];
	it.each(cases)('$name', ({ content, marked }) => {
		expect(hasMarkedHeadline(content)).toBe(marked);
		expect('pageBreakBefore' in pageBreakHook(content)).toBe(marked);
	});
});

describe('the page-break hook of a report', () => {
	const base = buildReport(strategyPlan(), { edition: 'full', generatedAt: new Date(0) });
	const withStep = (blocks: Block[]): Report => ({
		...base,
		summary: { ...base.summary, blocks: [] },
		steps: [{ ...base.steps[0]!, blocks }]
	});

	// Without a marked heading, pdfmake would describe every node of the document to a hook that
	// never moves any: the hook is left out.
	it('is left out when every heading is kept with what follows it', () => {
		const report = withStep([
			{ type: 'heading', level: 2, text: 'Kept' },
			{ type: 'paragraph', text: 'A short paragraph.' }
		]);
		expect(reportToPdfDefinition(report, { pageSize: 'A4', maps: {} }).pageBreakBefore).toBe(
			undefined
		);
	});

	it('is there when a heading stands before a long breakable block', () => {
		const report = withStep([
			{ type: 'heading', level: 2, text: 'Marked' },
			{ type: 'paragraph', text: 'words and more words '.repeat(120) }
		]);
		expect(reportToPdfDefinition(report, { pageSize: 'A4', maps: {} }).pageBreakBefore).toBeTypeOf(
			'function'
		);
	});
});
