/**
 * A uniform grid of buckets over the canvas, so "what is near this rectangle" looks at a few cells instead
 * of every note: Spread out asks it thousands of times for a large pile.
 */
import type { Rect } from './geometry';

/** Rectangles bucketed by a uniform grid, so "what is near here" looks at a few cells, not everything. */
export class SpatialHash {
	readonly #cell: number;
	readonly #cells = new Map<string, Rect[]>();
	/** Rectangles too big to bucket (a huge obstacle): always checked. */
	readonly #large: Rect[] = [];

	constructor(cell: number) {
		this.#cell = cell;
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
		if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) {
			this.#large.push(rect);
			return;
		}
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const key = `${x},${y}`;
				const cell = this.#cells.get(key);
				if (cell) cell.push(rect);
				else this.#cells.set(key, [rect]);
			}
		}
	}

	/** Every stored rectangle that `test` accepts among those within `margin` of `rect`, each once. */
	near(rect: Rect, margin: number, test: (other: Rect) => boolean): Rect[] {
		const found = new Set<Rect>();
		for (const other of this.#large) if (test(other)) found.add(other);
		const [x0, y0, x1, y1] = this.#range(rect, margin);
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				for (const other of this.#cells.get(`${x},${y}`) ?? []) if (test(other)) found.add(other);
			}
		}
		return [...found];
	}
}
