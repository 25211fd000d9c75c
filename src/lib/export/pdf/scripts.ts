import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontFace, FontFamily } from '../fonts/font-faces';
import { needsScripts, scriptRuns } from '../fonts/script-runs';
import { SVG_TEXT, unescapeXml } from '../fonts/svg-text';

/**
 * Makes a document definition print any script: every text that Roboto alone cannot draw left to
 * right becomes runs, each with its font and in the order it is read (see script-runs.ts), and the
 * text of the maps' and boards' SVG the same as `<tspan>`s. Everything else is left untouched, so
 * a plan written in Latin letters costs one quick scan and no font. Returns the faces the document
 * uses: the renderer fetches those, and only those, before layout.
 */

type Json = unknown;

interface Prepared {
	definition: TDocumentDefinitions;
	faces: Set<FontFace>;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class ScriptPreparer {
	readonly faces = new Set<FontFace>();

	constructor(
		private readonly families: readonly FontFamily[],
		/** Faces that may be named (a header drawn at render time must not name one not loaded). */
		private readonly usable: (face: FontFace) => boolean = () => true
	) {}

	/** A pdfmake `text` value: a string, or an array of strings and inline nodes. */
	text(value: Json, node?: Record<string, Json>): Json {
		if (typeof value === 'string') {
			if (!needsScripts(value)) return value;
			const { runs, rtl } = scriptRuns(value, this.families);
			if (rtl && node && node.alignment === undefined) node.alignment = 'right';
			if (runs.length === 0) return '';
			return runs.map(({ text, face }) => {
				if (face === null || !this.usable(face)) return text;
				this.faces.add(face);
				return { text, font: face.key };
			});
		}
		if (Array.isArray(value)) return value.map((item) => this.text(item));
		if (value && typeof value === 'object') return this.node(value as Record<string, Json>);
		return value;
	}

	/** An SVG document: the text of `<text>` and `<tspan>` elements as runs of `<tspan>`s. */
	svg(svg: string): string {
		return svg.replace(SVG_TEXT, (whole, escaped: string) => {
			const text = unescapeXml(escaped);
			if (!needsScripts(text)) return whole;
			const { runs } = scriptRuns(text, this.families);
			const spans = runs.map(({ text: run, face }) => {
				if (face === null || !this.usable(face)) return `<tspan>${escapeXml(run)}</tspan>`;
				this.faces.add(face);
				return `<tspan font-family="${face.key}">${escapeXml(run)}</tspan>`;
			});
			return `>${spans.join('')}`;
		});
	}

	node(node: Record<string, Json>): Record<string, Json> {
		for (const [key, value] of Object.entries(node)) {
			if (key === 'text') node.text = this.text(value, node);
			else if (key === 'svg' && typeof value === 'string') node.svg = this.svg(value);
			else if (typeof value === 'string' || typeof value === 'function') continue;
			else node[key] = this.content(value);
		}
		return node;
	}

	/** Any content: a string is a paragraph, arrays and nodes are walked. */
	content(value: Json): Json {
		if (typeof value === 'string') return needsScripts(value) ? this.node({ text: value }) : value;
		if (Array.isArray(value)) return value.map((item) => this.content(item));
		if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
			return this.node(value as Record<string, Json>);
		return value;
	}
}

type Dynamic = (...args: never[]) => Json;

/**
 * The definition with its texts prepared. Headers and footers are drawn at render time: their
 * texts are prepared then, with the faces already loaded (the same texts are on the cover).
 */
export function prepareScripts(
	definition: TDocumentDefinitions,
	families: readonly FontFamily[],
	loaded: (face: FontFace) => boolean
): Prepared {
	const preparer = new ScriptPreparer(families);
	const prepared = { ...definition } as Record<string, Json>;
	for (const [key, value] of Object.entries(prepared)) {
		if (key === 'content' || key === 'toc') prepared[key] = preparer.content(value);
		else if (typeof value === 'function' && (key === 'header' || key === 'footer')) {
			const dynamic = value as Dynamic;
			prepared[key] = (...args: never[]) =>
				new ScriptPreparer(families, loaded).content(dynamic(...args));
		}
	}
	return { definition: prepared as unknown as TDocumentDefinitions, faces: preparer.faces };
}
