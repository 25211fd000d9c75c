import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontFace, FontFamily } from '../fonts/font-faces';
import { needsScripts } from '../fonts/script-runs';
import { withPostscriptName } from '../fonts/font-name';
import { woffToSfnt } from '../fonts/woff-to-sfnt';
import { deflateStreams } from './deflate-streams';
import { tuneEngine } from './engine-tuning';
import { prepareScripts } from './scripts';

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
		await tuneEngine(pdfMake);
		return pdfMake;
	})().catch((error: unknown) => {
		engine = null;
		throw error;
	});
	return engine;
}

/**
 * Noto slices already in the engine's file system: their key → the name they are stored under,
 * and the same for their bold files. A warm worker fetches each once.
 */
const loadedFaces = new Map<string, string>();
const loadedBold = new Map<string, string>();

/**
 * The name a slice is stored and opened under, also its PostScript name (see font-name.ts):
 * its family and slice, "NotoSansSC-117" for `noto-sans-sc-117`.
 */
function storedName(face: FontFace, bold: boolean): string {
	const slug = face.cssFamily.toLowerCase().replace(/\s+/g, '-');
	const slice = face.key.startsWith(`${slug}-`) ? face.key.slice(slug.length + 1) : face.key;
	return `${face.cssFamily.replace(/\s+/g, '')}${bold ? 'Bold' : ''}-${slice}`
		.replace(/[^!-~]|[[\](){}<>/%]/g, '_')
		.slice(0, 63);
}

/**
 * A font file's bytes: fetched from the app (the service worker answers offline after the first
 * time), or read from the package on disk where there is no app to fetch from (Node).
 */
async function fontBytes(url: string): Promise<Uint8Array> {
	if (typeof location === 'undefined') {
		const specifier = 'node:fs/promises';
		const fs = (await import(/* @vite-ignore */ specifier)) as typeof import('node:fs/promises');
		const path = url.replace(/^\/@fs/, '').replace(/\?.*$/, '');
		return new Uint8Array(await fs.readFile(path.startsWith('/node_modules/') ? `.${path}` : path));
	}
	const response = await fetch(new URL(url, location.href));
	if (!response.ok) throw new Error(`A font for the PDF could not be loaded (${response.status}).`);
	return new Uint8Array(await response.arrayBuffer());
}

/**
 * Adds the faces a document needs to the engine, each as a family of its own: its bold file as
 * the family's bold where some bold text needs it, the regular file in every other style.
 */
async function loadFaces(
	pdfMake: PdfMake,
	faces: Iterable<FontFace>,
	boldFaces: Iterable<FontFace>
): Promise<void> {
	const missing = [
		...[...faces]
			.filter((face) => !loadedFaces.has(face.key))
			.map((face) => [face, false] as const),
		...[...boldFaces]
			.filter((face) => face.boldUrl !== undefined && !loadedBold.has(face.key))
			.map((face) => [face, true] as const)
	];
	if (missing.length === 0) return;
	const files = await Promise.all(
		missing.map(async ([face, bold]) => {
			const name = storedName(face, bold);
			const url = bold ? face.boldUrl! : face.url;
			// Unwrapped once here (the engine would inflate a WOFF table on every glyph it reads), and
			// renamed so that the engine finds the slice again when a map label asks for it.
			const bytes = withPostscriptName(await woffToSfnt(await fontBytes(url)), name);
			return [face, bold, name, bytes] as const;
		})
	);
	// pdfmake takes bytes as `{ data }` (its types know only base64 strings): no base64 round trip.
	const vfs = Object.fromEntries(
		files.map(([, , name, data]) => [name, { data, encoding: 'binary' }])
	);
	pdfMake.addVirtualFileSystem(vfs as unknown as Record<string, string>);
	for (const [face, bold, name] of files) (bold ? loadedBold : loadedFaces).set(face.key, name);
	pdfMake.setFonts({
		Roboto: ROBOTO,
		...Object.fromEntries(
			[...loadedFaces].map(([key, name]) => {
				const bold = loadedBold.get(key) ?? name;
				return [key, { normal: name, bold, italics: name, bolditalics: bold }];
			})
		)
	});
}

/** Any character beyond Latin and its extensions: only a text with one may need another script. */
const BEYOND_LATIN = /[\u02b0-\uffff]/;

/**
 * Whether some text of the content needs more than Roboto: each string checked where it is, the
 * maps' and boards' SVG included, without writing the whole definition out as one string first.
 */
function contentNeedsScripts(value: unknown): boolean {
	if (typeof value === 'string') return BEYOND_LATIN.test(value) && needsScripts(value);
	if (Array.isArray(value)) return value.some(contentNeedsScripts);
	if (value && typeof value === 'object') return Object.values(value).some(contentNeedsScripts);
	return false;
}

let noto: Promise<readonly FontFamily[]> | null = null;

function notoFamilies(): Promise<readonly FontFamily[]> {
	noto ??= import('../fonts/noto-faces').then(
		(module) => module.NOTO_FAMILIES,
		(error: unknown) => {
			noto = null;
			throw error;
		}
	);
	return noto;
}

/**
 * Starts loading the Noto table when some text of `value` (a plan, say) is in another script, so
 * that it loads while the report and its maps are made rather than after.
 */
export function prepareFontsFor(value: unknown): void {
	if (contentNeedsScripts(value)) notoFamilies().catch(() => {});
}

/** A progress message at most this often while the pages are written: each one repaints the page. */
const PROGRESS_MS = 100;

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
	// The Noto table (every slice's ranges and file) is loaded only for a plan that needs it.
	const [pdfMake, families] = await Promise.all([
		loadPdfEngine(),
		contentNeedsScripts(definition.content) ? notoFamilies() : []
	]);
	const prepared = prepareScripts(definition, families, (face) => loadedFaces.has(face.key));
	await loadFaces(pdfMake, prepared.faces, prepared.boldFaces);
	definition = prepared.definition;
	onProgress?.('layout');
	let last = -1;
	let lastAt = -Infinity;
	pdfMake.setProgressCallback((fraction: number) => {
		// Called once per drawn item: pass on whole percent steps only, and not more often than
		// the page can show them without spending its time on it.
		const percent = Math.floor(fraction * 100);
		if (percent === last) return;
		const now = performance.now();
		if (percent < 100 && now - lastAt < PROGRESS_MS) return;
		last = percent;
		lastAt = now;
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
