import { clip } from './format';
import type { Block, Cell, Column } from './types';

/** A table block whose cells are clipped to CELL_LIMIT (see there for why). */
export function table(columns: Column[], rows: Cell[][]): Block {
	return {
		type: 'table',
		columns,
		rows: rows.map((row) =>
			row.map((cell) =>
				typeof cell === 'string' ? clip(cell) : { text: clip(cell.text), detail: clip(cell.detail) }
			)
		)
	};
}
