import type { Content, ContentTable } from 'pdfmake/interfaces';
import { paragraphDirection } from '../fonts/script-runs';

/**
 * Bulleted lists as two-column tables, the bullet a glyph in a column of its own. pdfmake draws a
 * `ul`'s bullets on the left only; a list that reads right to left needs them on the right, each
 * beside the start of its right-aligned item. Also used where pdfmake's lists misbehave (see
 * blocks.ts, the appendix's newspaper columns).
 */

export const BULLET_WIDTH = 9;
export const BULLET = '•';

/**
 * The words of a node, to find which way it reads: its text's pieces joined, the paragraphs of
 * its stack one a line.
 */
export function wordsOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (typeof content !== 'object' || content === null) return '';
	const node = content as { text?: unknown; stack?: unknown };
	if (Array.isArray(node.stack)) return node.stack.map(wordsOf).join('\n');
	if (Array.isArray(node.text)) return node.text.map(wordsOf).join('');
	return wordsOf(node.text);
}

/**
 * A list reads right to left in a right-to-left document, and elsewhere when its first item with
 * a letter does (as HTML's `dir="auto"` decides, by the first strong letter).
 */
export function listDirection(
	items: readonly unknown[],
	document: 'ltr' | 'rtl' = 'ltr'
): 'ltr' | 'rtl' {
	if (document === 'rtl') return 'rtl';
	const first = items.map(wordsOf).find((words) => /\p{L}/u.test(words));
	return first === undefined ? 'ltr' : paragraphDirection(first);
}

export interface BulletOptions {
	direction: 'ltr' | 'rtl';
	/** A bullet's look: its colour, and its item's size and line height to sit on its first line. */
	marker: (item: Content) => Record<string, unknown>;
	/** Properties of the list itself (margin, style). */
	list?: Record<string, unknown>;
}

export function bulletTable(items: readonly Content[], options: BulletOptions): ContentTable {
	const rtl = options.direction === 'rtl';
	// A node of its own for each row: pdfmake keeps its measurements on the node.
	const marker = (item: Content) => ({
		...options.marker(item),
		text: BULLET,
		alignment: rtl ? 'right' : 'left'
	});
	return {
		...options.list,
		table: {
			widths: rtl ? ['*', BULLET_WIDTH] : [BULLET_WIDTH, '*'],
			// Every item stands against its bullet: an item in another direction too.
			body: items.map((item) =>
				rtl ? [{ stack: [item], alignment: 'right' }, marker(item)] : [marker(item), item]
			) as ContentTable['table']['body']
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: () => 0,
			paddingLeft: () => 0,
			paddingRight: () => 0,
			paddingTop: () => 0,
			paddingBottom: () => 2
		}
	} as ContentTable;
}

/** The look of the first text of an item, for its bullet. */
export function markerLook(item: unknown, color: unknown): Record<string, unknown> {
	let node = item;
	while (typeof node === 'object' && node !== null && 'stack' in node && Array.isArray(node.stack))
		node = node.stack[0];
	const look: Record<string, unknown> = color === undefined ? {} : { color };
	if (typeof node === 'object' && node !== null)
		for (const key of ['fontSize', 'lineHeight'] as const)
			if (key in node) look[key] = (node as Record<string, unknown>)[key];
	return look;
}

/** A `ul` node that reads right to left, as a table with its bullets on the right; else null. */
export function rightToLeftList(
	node: Record<string, unknown>,
	document: 'ltr' | 'rtl'
): ContentTable | null {
	const items = node.ul;
	if (!Array.isArray(items) || items.length === 0 || listDirection(items, document) !== 'rtl')
		return null;
	// The list's own properties (margin, style) stay on the table; not what only a `ul` knows.
	const list = { ...node };
	for (const key of ['ul', 'markerColor', 'type']) delete list[key];
	return bulletTable(items as Content[], {
		direction: 'rtl',
		marker: (item) => markerLook(item, node.markerColor),
		list
	});
}
