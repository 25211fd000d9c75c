import { characterCount, shorten } from '../text';
import type { Block, Cell, Column } from './types';

/**
 * The longest text a table cell shows. Rows of a table are kept whole on a page, so an unbounded
 * cell (a pasted 20,000-character policy) could not be laid out; the full text always appears in
 * a section that is not a table, so nothing is lost by clipping it here.
 */
export const CELL_LIMIT = 300;

export function clipCell(text: string): string {
	return shorten(text.trim(), CELL_LIMIT, { trim: 'spaces' });
}

/** True when a table would show `text` clipped, so the section must give it in full elsewhere. */
export function isClipped(text: string): boolean {
	return characterCount(text.trim(), CELL_LIMIT) > CELL_LIMIT;
}

/** A table block whose cells are clipped to CELL_LIMIT (see there for why). */
export function table(columns: Column[], rows: Cell[][]): Block {
	return {
		type: 'table',
		columns,
		rows: rows.map((row) =>
			row.map((cell) =>
				typeof cell === 'string'
					? clipCell(cell)
					: { text: clipCell(cell.text), detail: clipCell(cell.detail) }
			)
		)
	};
}
