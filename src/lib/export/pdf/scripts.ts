import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontFace, FontFamily } from '../fonts/font-faces';
import { logicalRuns, needsScripts, scriptRuns, type LeveledRun } from '../fonts/script-runs';
import { SVG_TEXT, unescapeXml } from '../fonts/svg-text';
import { BIDI_LEVEL, turnLinesOf } from './bidi-lines';

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
	/** Faces some bold text uses: their bold slices are fetched too. */
	boldFaces: Set<FontFace>;
}

/** The document's named styles: where a node's `style` may make it bold. */
type Styles = Record<string, { bold?: boolean } | undefined>;

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class ScriptPreparer {
	readonly faces = new Set<FontFace>();
	readonly boldFaces = new Set<FontFace>();

	constructor(
		private readonly families: readonly FontFamily[],
		/** Faces that may be named (a header drawn at render time must not name one not loaded). */
		private readonly usable: (face: FontFace) => boolean = () => true,
		private readonly styles: Styles = {}
	) {}

	/** Whether a node's text is bold: its own `bold`, else its styles', else its parent's (as pdfmake). */
	private boldOf(node: Record<string, Json>, inherited: boolean): boolean {
		if (typeof node.bold === 'boolean') return node.bold;
		let bold = inherited;
		const names = node.style === undefined ? [] : [node.style].flat();
		for (const name of names) {
			const style = typeof name === 'string' ? this.styles[name] : (name as Styles[string]);
			if (typeof style?.bold === 'boolean') bold = style.bold;
		}
		return bold;
	}

	/** Texts seen so far with a right-to-left letter: their nodes' lines are turned when broken. */
	private bidiTexts = 0;
	/**
	 * Inside a heading listed in the table of contents: pdfmake copies its runs into the contents
	 * as lines of its own, which are not turned. Such a heading is put in visual order before
	 * layout, right in both places as long as it fits on one line.
	 */
	private visual = 0;

	/**
	 * A pdfmake `text` value: a string, or an array of strings and inline nodes. Runs stay in
	 * reading order with their levels (see bidi-lines.ts), but in a heading of the contents.
	 */
	text(value: Json, node?: Record<string, Json>, bold = false): Json {
		if (typeof value === 'string') {
			if (!needsScripts(value)) return value;
			const { runs, rtl } = (this.visual > 0 ? scriptRuns : logicalRuns)(value, this.families);
			if (rtl && node && node.alignment === undefined) node.alignment = 'right';
			if (runs.length === 0) return '';
			return runs.map(({ text, face, level }: LeveledRun) => {
				const run: Record<string, Json> = { text };
				if (level !== undefined) {
					run[BIDI_LEVEL] = level;
					this.bidiTexts++;
				}
				if (face !== null && this.usable(face)) {
					this.faces.add(face);
					if (bold) this.boldFaces.add(face);
					run.font = face.key;
				}
				return Object.keys(run).length === 1 ? text : run;
			});
		}
		if (Array.isArray(value)) return value.map((item) => this.text(item, undefined, bold));
		if (value && typeof value === 'object') return this.node(value as Record<string, Json>, bold);
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

	node(node: Record<string, Json>, inherited = false): Record<string, Json> {
		const bold = this.boldOf(node, inherited);
		const listed = node.tocItem !== undefined && node.tocItem !== false;
		if (listed) this.visual++;
		for (const [key, value] of Object.entries(node)) {
			if (key === 'text') {
				const before = this.bidiTexts;
				node.text = this.text(value, node, bold);
				if (this.bidiTexts > before) turnLinesOf(node);
			} else if (key === 'svg' && typeof value === 'string') node.svg = this.svg(value);
			else if (typeof value === 'string' || typeof value === 'function') continue;
			else node[key] = this.content(value, bold);
		}
		if (listed) this.visual--;
		return node;
	}

	/** Any content: a string is a paragraph, arrays and nodes are walked. */
	content(value: Json, bold = false): Json {
		if (typeof value === 'string')
			return needsScripts(value) ? this.node({ text: value }, bold) : value;
		if (Array.isArray(value)) return value.map((item) => this.content(item, bold));
		if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
			return this.node(value as Record<string, Json>, bold);
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
	const styles = (definition.styles ?? {}) as Styles;
	const bold = definition.defaultStyle?.bold === true;
	const preparer = new ScriptPreparer(families, () => true, styles);
	const prepared = { ...definition } as Record<string, Json>;
	for (const [key, value] of Object.entries(prepared)) {
		if (key === 'content' || key === 'toc') prepared[key] = preparer.content(value, bold);
		else if (typeof value === 'function' && (key === 'header' || key === 'footer')) {
			const dynamic = value as Dynamic;
			prepared[key] = (...args: never[]) =>
				new ScriptPreparer(families, loaded, styles).content(dynamic(...args), bold);
		}
	}
	return {
		definition: prepared as unknown as TDocumentDefinitions,
		faces: preparer.faces,
		boldFaces: preparer.boldFaces
	};
}
