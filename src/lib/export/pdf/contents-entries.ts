import { turnLinesOf } from './bidi-lines';

/**
 * The table of contents in a document with right-to-left headings. pdfmake builds it itself while
 * measuring: a table of one row per listed heading, a new text node holding the heading's runs
 * (aligned left), then its page number. Those copies are made after the definition was prepared,
 * so their lines would be broken in reading order but never turned (see bidi-lines.ts), and a
 * long heading would read from its last line. The table is caught as pdfmake hands it to the toc,
 * before it is measured: each copy of a heading whose lines are turned is turned too, and one
 * that reads right to left is aligned right. In a right-to-left document the page numbers stand
 * on the left, where a right-to-left reader ends each line.
 */

type Node = Record<string, unknown>;

export interface ContentsDirection {
	/** Whether a heading's `text` (the runs the copy shares) has lines to turn. */
	turned: (text: unknown) => boolean;
	/** Whether a heading's `text` reads right to left. */
	rightToLeft: (text: unknown) => boolean;
	/** The document's direction (its language's). */
	document: 'ltr' | 'rtl';
}

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bodies already arranged: the table is set twice, built and then measured. */
const arranged = new WeakSet<object>();

function arrange(table: Node, direction: ContentsDirection): void {
	const body = isNode(table.table) ? table.table.body : undefined;
	if (!Array.isArray(body) || arranged.has(body)) return;
	arranged.add(body);
	for (const row of body as unknown[][]) {
		const [entry, number] = row;
		if (!isNode(entry) || !isNode(number)) continue;
		if (direction.turned(entry.text)) turnLinesOf(entry);
		if (direction.rightToLeft(entry.text)) entry.alignment = 'right';
		if (direction.document === 'rtl') {
			number.alignment = 'left';
			row.reverse();
		}
	}
	if (direction.document === 'rtl' && isNode(table.table)) table.table.widths = ['auto', '*'];
}

/** Watches `toc` (the value of a definition's `toc` node) for the table pdfmake makes of it. */
export function arrangeContents(toc: Node, direction: ContentsDirection): void {
	let table: unknown = toc._table;
	Object.defineProperty(toc, '_table', {
		configurable: true,
		enumerable: true,
		get: () => table,
		set(value: unknown) {
			table = value;
			if (isNode(value)) arrange(value, direction);
		}
	});
}
