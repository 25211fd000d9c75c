import { execFileSync } from 'node:child_process';

/** What poppler extracts from a PDF, made comparable with the text that was printed. */

export const tool = (name: string, ...args: string[]) =>
	execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * Poppler's marks around right-to-left text dropped, whitespace folded, presentation forms undone.
 * Skin tones too: a monochrome emoji has none, and a toned emoji may come out as the plain one.
 */
export function normalised(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad]|\p{Emoji_Modifier}/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Noto Sans Arabic draws the dots of a letter as marks of their own: a copied letter may come out as
 * another one with the same body (ي as ت). What is compared is the letters' bodies.
 */
const ARABIC_BODIES: [RegExp, string][] = [
	[/[بتثنيىئ]/g, 'ب'],
	[/[جحخ]/g, 'ح'],
	[/[دذ]/g, 'د'],
	[/[رز]/g, 'ر'],
	[/[سش]/g, 'س'],
	[/[صض]/g, 'ص'],
	[/[طظ]/g, 'ط'],
	[/[عغ]/g, 'ع'],
	[/[فق]/g, 'ف'],
	[/[هة]/g, 'ه'],
	[/[یي]/g, 'ب'],
	// And the hamza or madda of an alef may come out as another one.
	[/[أإآ]/g, 'أ']
];
export const bodies = (text: string) =>
	ARABIC_BODIES.reduce((out, [letters, body]) => out.replace(letters, body), text);

export interface PlacedWord {
	text: string;
	xMin: number;
	xMax: number;
	yMin: number;
}

/** Every word of one page with its box (`pdftotext -bbox`), in points from the top left. */
export function wordsOnPage(pdf: string, page = 1): PlacedWord[] {
	const xhtml = tool('pdftotext', '-bbox', '-f', `${page}`, '-l', `${page}`, pdf, '-');
	const words: PlacedWord[] = [];
	const word =
		/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
	for (const [, xMin, yMin, xMax, text] of xhtml.matchAll(word))
		words.push({
			text: normalised(text!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')),
			xMin: Number(xMin),
			xMax: Number(xMax),
			yMin: Number(yMin)
		});
	return words.filter((placed) => placed.text);
}

/** Words grouped into lines (top to bottom) by where they stand. */
export function linesOf(words: readonly PlacedWord[]): PlacedWord[][] {
	const lines: PlacedWord[][] = [];
	for (const word of [...words].sort((a, b) => a.yMin - b.yMin)) {
		const line = lines[lines.length - 1];
		if (line && Math.abs(line[0]!.yMin - word.yMin) < 3) line.push(word);
		else lines.push([word]);
	}
	return lines;
}
