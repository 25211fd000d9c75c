/**
 * A uniform grid of buckets over the canvas, so "what is near this rectangle" looks at a few cells instead
 * of every note: Spread out asks it many thousands of times for a large pile.
 */
import type { Rect } from './geometry';

/** Cell coordinates packed into one number (exact: far below 2^53 for any clamped canvas). */
const OFFSET = 2 ** 22;
const key = (ix: number, iy: number) => (ix + OFFSET) * 2 ** 23 + (iy + OFFSET);

/** A rectangle covering more cells than this is kept in a list checked every time (a huge obstacle). */
const MAX_CELLS_PER_RECT = 64;

export class SpatialHash {
	readonly #cell: number;
	readonly #cells = new Map<number, Rect[]>();
	readonly #large: Rect[] = [];

	constructor(cell: number) {
		this.#cell = Math.max(1, cell);
	}

	#range(rect: Rect, margin: number): [number, number, number, number] {
		const c = this.#cell;
		return [
			Math.floor((rect.x - margin) / c),
			Math.floor((rect.y - margin) / c),
			Math.floor((rect.x + rect.width + margin) / c),
			Math.floor((rect.y + rect.height + margin) / c)
		];
	}

	add(rect: Rect): void {
		const [x0, y0, x1, y1] = this.#range(rect, 0);
		if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_RECT) {
			this.#large.push(rect);
			return;
		}
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const cell = this.#cells.get(key(x, y));
				if (cell) cell.push(rect);
				else this.#cells.set(key(x, y), [rect]);
			}
		}
	}

	/** Forgets a rectangle added before (the very object). */
	remove(rect: Rect): void {
		const [x0, y0, x1, y1] = this.#range(rect, 0);
		if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_RECT) {
			const at = this.#large.indexOf(rect);
			if (at >= 0) this.#large.splice(at, 1);
			return;
		}
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const cell = this.#cells.get(key(x, y));
				const at = cell?.indexOf(rect) ?? -1;
				if (!cell || at < 0) continue;
				cell.splice(at, 1);
				if (cell.length === 0) this.#cells.delete(key(x, y));
			}
		}
	}

	/** Whether any stored rectangle within `margin` of `rect` passes `test`. */
	some(rect: Rect, margin: number, test: (other: Rect) => boolean): boolean {
		for (const other of this.#large) if (test(other)) return true;
		const [x0, y0, x1, y1] = this.#range(rect, margin);
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const cell = this.#cells.get(key(x, y));
				if (cell) for (const other of cell) if (test(other)) return true;
			}
		}
		return false;
	}

	/** Every stored rectangle within `margin` of `rect`, each once, in the order they were added. */
	near(rect: Rect, margin: number): Rect[] {
		const found = new Set<Rect>(this.#large);
		const [x0, y0, x1, y1] = this.#range(rect, margin);
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				for (const other of this.#cells.get(key(x, y)) ?? []) found.add(other);
			}
		}
		return [...found];
	}
}
