import { describe, expect, it } from 'vitest';
import {
	engineFrom,
	publishedPdfmake as published
} from '../../../../tests/helpers/pdfmake-engine';
import { patchPdfmakeStyles } from '../../../../scripts/pdfmake-styles.js';

/**
 * The bundle's rewrite of pdfmake's style lookups (scripts/pdfmake-styles.js, applied by
 * vite.config.ts): it must find the method in the pdfmake this project installs, and a document
 * made by the rewritten engine must be the one the engine makes as published.
 */

/** Styles every way pdfmake reads them: named, inherited, nested, overridden, by default. */
const definition = () => ({
	info: { creationDate: new Date(Date.UTC(2026, 0, 1)) },
	defaultStyle: { fontSize: 10, color: '#333333' },
	styles: {
		heading: { fontSize: 16, bold: true },
		quiet: { extends: 'heading', color: '#777777', italics: true },
		wide: { characterSpacing: 1.5, alignment: 'right' }
	},
	content: [
		{ text: 'A heading', style: 'heading' },
		{ text: 'Quiet, through a named style that extends another', style: ['quiet', 'wide'] },
		{
			style: 'wide',
			stack: [
				'Inherited from the stack',
				{ text: ['Nested ', { text: 'bold', bold: true }, ' and ', { text: 'red', color: 'red' }] }
			]
		},
		{
			table: {
				body: [
					[
						{ text: 'Cell', style: 'heading' },
						{ text: 'underlined', decoration: 'underline' }
					],
					['Plain', { text: 'Sup', sup: true }]
				]
			}
		},
		{ ul: ['One', { text: 'Two', lineHeight: 2 }] }
	]
});

/** The bytes without the file's ID, which pdfkit makes from the time. */
function stable(bytes: Uint8Array): string {
	return new TextDecoder('latin1')
		.decode(bytes)
		.replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
}

describe('pdfmake style lookups', () => {
	it('are found and rewritten in the pdfmake installed', () => {
		const { code, patched } = patchPdfmakeStyles(published);
		const closures = (text: string) => text.split('.auto(').length - 1;
		expect(patched).toBe(true);
		// Compared as numbers: a failure must not print the whole bundle.
		expect(closures(code)).toBe(closures(published) - 1);
		expect(code.includes('.autopush(')).toBe(true);
		// The reader of named styles is a method, no longer a closure made on every lookup.
		expect(published.includes('const getStylePropertyFromStyle=function(')).toBe(true);
		expect(code.includes('getStylePropertyFromStyle')).toBe(false);
		expect(code.includes('styleFromDictionary(t,n,i){')).toBe(true);
		// Nor an array made for a word's style names.
		expect(
			code.includes('autopush(t){if(isString(t))return 0;if(void 0!==t.section)return 0;let r=[];')
		).toBe(false);
	});

	it.each([
		['static getStyleProperty(', 'static getStyleValue('],
		['const getStylePropertyFromStyle=function(', 'const readStyle=function('],
		['let r=[];t.style&&(r=', 'let r=[];t.styles&&(r=']
	])('leave a pdfmake they do not know as it is (%s)', (known, unknown) => {
		expect(published.includes(known)).toBe(true);
		const other = published.replace(known, unknown);
		const result = patchPdfmakeStyles(other);
		expect(result.patched).toBe(false);
		expect(result.code === other).toBe(true);
	});

	it('give the document the published engine gives', async () => {
		const before = await engineFrom(published).createPdf(definition()).getBuffer();
		const after = await engineFrom(patchPdfmakeStyles(published).code)
			.createPdf(definition())
			.getBuffer();
		expect(stable(after)).toBe(stable(before));
		expect(after.length).toBeGreaterThan(1000);
	}, 60_000);
});
