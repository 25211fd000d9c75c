import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { directionOf } from '../../domain/locale';
import type { FontFace, FontFamily } from '../fonts/font-faces';
import {
	logicalRuns,
	needsScripts,
	paragraphDirection,
	scriptRuns,
	type LeveledRun
} from '../fonts/script-runs';
import { SVG_TEXT, unescapeXml } from '../fonts/svg-text';
import { BIDI_LEVEL, turnLinesOf } from './bidi-lines';
import { rightToLeftList } from './bullet-list';
import { arrangeContents } from './contents-entries';

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
		private readonly styles: Styles = {},
		/** The document's direction, that of its language. */
		private readonly direction: 'ltr' | 'rtl' = 'ltr'
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
	/** Prepared texts (run arrays) whose lines are turned, and those of them that read right to left. */
	private readonly turned = new WeakSet<object>();
	private readonly rightToLeft = new WeakSet<object>();
	/** Inside a text of several pieces that reads right to left (see `pieces`). */
	private paragraph: 'rtl' | undefined;

	/**
	 * A pdfmake `text` value: a string, or an array of strings and inline nodes. Runs stay in
	 * reading order with their levels, and the node's lines are turned once broken (bidi-lines.ts).
	 */
	text(value: Json, node?: Record<string, Json>, bold = false): Json {
		if (typeof value === 'string') {
			if (this.paragraph === undefined && !needsScripts(value)) return value;
			const { runs, rtl } = logicalRuns(value, this.families, this.paragraph);
			if (rtl && node && node.alignment === undefined) node.alignment = 'right';
			if (runs.length === 0) return '';
			const before = this.bidiTexts;
			const prepared = runs.map(({ text, face, level }: LeveledRun) => {
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
			this.mark(prepared, this.bidiTexts > before, rtl);
			return prepared;
		}
		if (Array.isArray(value)) return this.pieces(value, node, bold);
		if (value && typeof value === 'object') return this.node(value as Record<string, Json>, bold);
		return value;
	}

	private mark(text: object, turned: boolean, rtl: boolean): void {
		if (turned) this.turned.add(text);
		if (rtl) this.rightToLeft.add(text);
	}

	/**
	 * A text of pieces (strings and inline nodes) is one paragraph: it reads right to left when all
	 * its words together do, and then every piece is leveled as part of it (the number before an
	 * Arabic section title stands on its right). Each piece's runs take its place in the array
	 * itself, an inline node's with its style: pdfmake drops an array nested in a text array, and
	 * the style of an inline node whose own text is an array.
	 */
	private pieces(value: Json[], node: Record<string, Json> | undefined, bold: boolean): Json[] {
		const outer = this.paragraph;
		if (outer === undefined && paragraphDirection(plainText(value)) === 'rtl') {
			this.paragraph = 'rtl';
			if (node && node.alignment === undefined) node.alignment = 'right';
		}
		const before = this.bidiTexts;
		try {
			const prepared = value.flatMap((item): Json[] => {
				if (typeof item === 'string') return [this.text(item, undefined, bold)].flat();
				if (!isInline(item)) return [this.text(item, undefined, bold)];
				const runs = this.text(item.text, undefined, this.boldOf(item, bold));
				if (!Array.isArray(runs)) return [item];
				return runs.map((run) =>
					typeof run === 'string' ? { ...item, text: run } : { ...item, ...(run as object) }
				);
			});
			this.mark(prepared, this.bidiTexts > before, this.paragraph === 'rtl');
			return prepared;
		} finally {
			this.paragraph = outer;
		}
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
		// pdfmake draws a list's bullets on the left only (see bullet-list.ts).
		const list = rightToLeftList(node, this.direction);
		if (list) return this.node(list as unknown as Record<string, Json>, inherited);
		const bold = this.boldOf(node, inherited);
		for (const [key, value] of Object.entries(node)) {
			if (key === 'text') {
				const before = this.bidiTexts;
				node.text = this.text(value, node, bold);
				if (this.bidiTexts > before) turnLinesOf(node);
			} else if (key === 'svg' && typeof value === 'string') node.svg = this.svg(value);
			else if (typeof value === 'string' || typeof value === 'function') continue;
			else node[key] = this.content(value, bold);
		}
		if (isNode(node.toc)) this.contents(node.toc);
		return node;
	}

	/** The table pdfmake makes of a `toc` gets the headings' directions (see contents-entries.ts). */
	private contents(toc: Record<string, Json>): void {
		arrangeContents(toc, {
			turned: (text) => typeof text === 'object' && text !== null && this.turned.has(text),
			rightToLeft: (text) =>
				typeof text === 'object' && text !== null && this.rightToLeft.has(text),
			document: this.direction
		});
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

const isNode = (value: Json): value is Record<string, Json> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An inline node of a text array: its own text a plain string, nothing nested. */
const isInline = (value: Json): value is Record<string, Json> & { text: string } =>
	isNode(value) && typeof value.text === 'string';

/** The words of a text value, pieces and inline nodes joined: to find its direction. */
function plainText(value: Json): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(plainText).join('');
	return isNode(value) ? plainText(value.text) : '';
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
	const direction = directionOf(definition.language ?? '');
	const preparer = new ScriptPreparer(families, () => true, styles, direction);
	const prepared = { ...definition } as Record<string, Json>;
	for (const [key, value] of Object.entries(prepared)) {
		if (key === 'content' || key === 'toc') prepared[key] = preparer.content(value, bold);
		else if (typeof value === 'function' && (key === 'header' || key === 'footer')) {
			const dynamic = value as Dynamic;
			prepared[key] = (...args: never[]) =>
				new ScriptPreparer(families, loaded, styles, direction).content(dynamic(...args), bold);
		}
	}
	return {
		definition: prepared as unknown as TDocumentDefinitions,
		faces: preparer.faces,
		boldFaces: preparer.boldFaces
	};
}
