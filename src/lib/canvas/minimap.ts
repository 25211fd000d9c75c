/**
 * The minimap's picture of the notes. The wall is scaled to fit the minimap and cut into cells of one
 * minimap pixel; every cell a note touches is filled, and the filled cells of a row merge into runs. A
 * wall of 20,000 notes becomes a few hundred runs instead of 20,000 rectangles, so drawing it stays cheap,
 * and the picture depends on the notes only: panning moves it (a transform), never rebuilds it.
 */
import type { Rect, Size } from './geometry';

export interface MinimapPicture {
	/** An SVG path in picture units: (0, 0) is the top-left corner of `bounds`. */
	readonly d: string;
	/** Picture units per world unit. */
	readonly scale: number;
}

export function minimapPicture(rects: Iterable<Rect>, bounds: Rect, size: Size): MinimapPicture {
	const scale = Math.min(
		size.width / Math.max(1, bounds.width),
		size.height / Math.max(1, bounds.height)
	);
	// Up to the next cell, but not for a rounding error (100,000 × 0.0016 is a hair above 160).
	const up = (value: number) => Math.ceil(value - 1e-6);
	// The cells the scaled wall covers (the minimap's other side may have room to spare).
	const columns = Math.max(1, Math.min(Math.ceil(size.width), up(bounds.width * scale)));
	const rows = Math.max(1, Math.min(Math.ceil(size.height), up(bounds.height * scale)));
	const filled = new Uint8Array(columns * rows);
	const cell = (value: number, limit: number) => Math.min(limit, Math.max(0, value));
	for (const rect of rects) {
		const left = cell(Math.floor((rect.x - bounds.x) * scale), columns - 1);
		const top = cell(Math.floor((rect.y - bounds.y) * scale), rows - 1);
		// Every note shows, however small: at least one cell.
		const right = cell(up((rect.x + rect.width - bounds.x) * scale), columns);
		const bottom = cell(up((rect.y + rect.height - bounds.y) * scale), rows);
		for (let y = top; y < Math.max(bottom, top + 1); y++)
			filled.fill(1, y * columns + left, y * columns + Math.max(right, left + 1));
	}
	const runs: string[] = [];
	for (let y = 0; y < rows; y++) {
		const row = y * columns;
		let x = 0;
		while (x < columns) {
			if (!filled[row + x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < columns && filled[row + x]) x++;
			runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	}
	return { d: runs.join(''), scale };
}
