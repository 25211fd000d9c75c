import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** pdfmake's build as published, and engines made from it or from a rewrite of it, with Roboto. */

const require = createRequire(import.meta.url);
export const publishedPdfmake = readFileSync(
	require.resolve('pdfmake/build/pdfmake.min.js'),
	'utf8'
);
const fonts = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;

export type PdfMake = {
	addVirtualFileSystem(files: Record<string, string>): void;
	setFonts(fonts: object): void;
	createPdf(definition: object): { getBuffer(): Promise<Uint8Array> };
};

/** An engine from a build's code, as a module of its own. */
export function engineFrom(code: string): PdfMake {
	const module = { exports: {} as PdfMake };
	new Function('module', 'exports', code)(module, module.exports);
	const engine = module.exports;
	engine.addVirtualFileSystem(fonts);
	engine.setFonts({
		Roboto: {
			normal: 'Roboto-Regular.ttf',
			bold: 'Roboto-Medium.ttf',
			italics: 'Roboto-Italic.ttf',
			bolditalics: 'Roboto-MediumItalic.ttf'
		}
	});
	return engine;
}
