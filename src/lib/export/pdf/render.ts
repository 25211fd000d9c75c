import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { deflateStreams } from './deflate-streams';

/**
 * pdfmake 0.3, loaded on first use only: the library and its fonts are about 2 MB of script, so
 * they must never be part of the page's first download. The browser build is used everywhere (in
 * a worker, on the main thread, and in Node for tests): it carries its fonts in a virtual file
 * system and needs no file access, so every environment renders the same bytes.
 */

type PdfMake = typeof import('pdfmake/build/pdfmake.min.js');

let engine: Promise<PdfMake> | null = null;

function defaultExport<T>(module: T | { default: T }): T {
	return typeof module === 'object' && module !== null && 'default' in module
		? (module as { default: T }).default
		: (module as T);
}

/**
 * Roboto's four styles, each stored in the virtual file system under the font's own PostScript
 * name rather than its file name. pdfkit caches an open font under the name it was asked for,
 * except when a font with the same PostScript name is already open: then it hands that one back
 * without remembering the request. pdfmake opens its fonts from bytes for the text, so every
 * `<text>` of an SVG (which asks by file name) opened and parsed the whole font again: thousands
 * of times for the boards and maps of a large plan, about a third of the export. Asked by the
 * PostScript name, the font already open is found at once.
 */
export const ROBOTO = {
	normal: 'Roboto-Regular',
	bold: 'Roboto-Medium',
	italics: 'Roboto-Italic',
	bolditalics: 'Roboto-MediumItalic'
} as const;

/** Loads pdfmake and Roboto once; later calls share the same promise. */
export function loadPdfEngine(): Promise<PdfMake> {
	engine ??= (async () => {
		const [library, fonts] = await Promise.all([
			import('pdfmake/build/pdfmake.min.js'),
			import('pdfmake/build/vfs_fonts.js')
		]);
		const pdfMake = defaultExport<PdfMake>(library);
		const files = defaultExport(fonts);
		pdfMake.addVirtualFileSystem(
			Object.fromEntries(
				Object.values(ROBOTO).map((name) => {
					const file = files[`${name}.ttf`];
					if (file === undefined) throw new Error(`pdfmake's fonts have no ${name}.ttf`);
					return [name, file];
				})
			)
		);
		pdfMake.setFonts({ Roboto: ROBOTO });
		// The definition never refers to remote resources; if one slipped in, it is not fetched.
		pdfMake.setUrlAccessPolicy?.(() => false);
		return pdfMake;
	})().catch((error: unknown) => {
		engine = null;
		throw error;
	});
	return engine;
}

export type RenderPhase = 'loading' | 'layout' | 'writing';

/**
 * Renders a document definition to PDF bytes. `onProgress` hears when each phase starts, and the
 * share of pages written while writing (0–1). Layout itself reports nothing: it is one
 * synchronous pass inside pdfmake.
 */
export async function renderPdf(
	definition: TDocumentDefinitions,
	onProgress?: (phase: RenderPhase, fraction?: number) => void
): Promise<Uint8Array> {
	onProgress?.('loading');
	const pdfMake = await loadPdfEngine();
	onProgress?.('layout');
	let last = -1;
	pdfMake.setProgressCallback((fraction: number) => {
		// Called once per drawn item: pass on whole percent steps only.
		const percent = Math.floor(fraction * 100);
		if (percent === last) return;
		last = percent;
		onProgress?.('writing', fraction);
	});
	// Written uncompressed and deflated natively afterwards (see deflate-streams.ts), where the
	// platform can; otherwise pdfkit compresses as it writes.
	const native = typeof CompressionStream === 'function' && definition.compress !== false;
	try {
		const buffer = await pdfMake
			.createPdf(native ? { ...definition, compress: false } : definition)
			.getBuffer();
		const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
		return native ? await deflateStreams(bytes) : bytes;
	} finally {
		pdfMake.setProgressCallback(() => {});
	}
}
