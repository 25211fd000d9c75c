import type { SceneLabel } from './scene';
import { characterCount } from '../../domain/text';
import { shortenLabel } from './label-text';
import { textWidth } from './text-width';

/**
 * Greedy label placement: the most important dots choose first, each takes the first spot around
 * it where its name collides with nothing already placed, and a name that fits nowhere is
 * shortened, then dropped (it stays in the dot's tooltip). Deterministic: same input, same labels.
 */

export type LabelSide =
	'right' | 'left' | 'above' | 'below' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

/** Right and left first: they read best next to a dot; diagonals reach into gaps last. */
export const DEFAULT_SIDES: readonly LabelSide[] = [
	'right',
	'left',
	'above',
	'below',
	'top-right',
	'bottom-right',
	'top-left',
	'bottom-left'
];

export interface LabelSubject {
	x: number;
	y: number;
	r: number;
	name: string;
	/** Higher places first (e.g. larger reach, more links). */
	priority: number;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelOptions {
	/** Labels stay inside this box. */
	bounds: Box;
	fontSize: number;
	/** Names longer than this are cut before anything else (a pasted page is not a label). */
	maxChars?: number;
	/** Shortened labels keep at least this many characters before the ellipsis. */
	minChars?: number;
	/** Space between a dot's edge and its label. */
	gap?: number;
	sides?: readonly LabelSide[];
	/** Other things labels must not cover: region names, axis titles. */
	obstacles?: readonly Box[];
	/** How far (px) a label may cut into another dot: a hair's overlap is invisible. */
	tolerance?: number;
}

/** Text metrics relative to the alphabetic baseline, in em: what the label box covers. */
const ASCENT = 0.8;
const DESCENT = 0.25;
/** From a dot's centre to the baseline of a label beside it, so the letters look centred. */
const CENTRE_TO_BASELINE = 0.32;
const PADDING = 1;

/** The box a label of `width` px covers, padded by a pixel so neighbours never touch. */
function boxAt(
	x: number,
	y: number,
	anchor: SceneLabel['anchor'],
	width: number,
	fontSize: number
): Box {
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return {
		x0: x0 - PADDING,
		x1: x0 + width + PADDING,
		y0: y - ASCENT * fontSize - PADDING,
		y1: y + DESCENT * fontSize + PADDING
	};
}

/** The box a label covers, padded by a pixel so neighbours never touch. */
export function labelBox(
	label: Pick<SceneLabel, 'text' | 'x' | 'y' | 'anchor'>,
	fontSize: number
): Box {
	return boxAt(label.x, label.y, label.anchor, textWidth(label.text, fontSize), fontSize);
}

/** Where a label's anchor point goes for a dot and a side (the baseline, as SVG text wants). */
function anchorFor(
	subject: LabelSubject,
	side: LabelSide,
	gap: number,
	fontSize: number
): Pick<SceneLabel, 'x' | 'y' | 'anchor'> {
	const { x, y, r } = subject;
	const beside = y + CENTRE_TO_BASELINE * fontSize;
	const aboveBaseline = (top: number) => top - DESCENT * fontSize;
	const belowBaseline = (bottom: number) => bottom + ASCENT * fontSize;
	const diagonal = r * Math.SQRT1_2 + gap / 2;
	switch (side) {
		case 'right':
			return { x: x + r + gap, y: beside, anchor: 'start' };
		case 'left':
			return { x: x - r - gap, y: beside, anchor: 'end' };
		case 'above':
			return { x, y: aboveBaseline(y - r - gap), anchor: 'middle' };
		case 'below':
			return { x, y: belowBaseline(y + r + gap), anchor: 'middle' };
		case 'top-right':
			return { x: x + diagonal, y: aboveBaseline(y - diagonal), anchor: 'start' };
		case 'bottom-right':
			return { x: x + diagonal, y: belowBaseline(y + diagonal), anchor: 'start' };
		case 'top-left':
			return { x: x - diagonal, y: aboveBaseline(y - diagonal), anchor: 'end' };
		case 'bottom-left':
			return { x: x - diagonal, y: belowBaseline(y + diagonal), anchor: 'end' };
	}
}

type Item =
	{ kind: 'box'; box: Box } | { kind: 'circle'; x: number; y: number; r: number; owner: number };

/** A uniform grid of buckets: each test looks only at what lies in the cells a label covers. */
class Grid {
	private readonly cells = new Map<number, Item[]>();
	constructor(private readonly size: number) {}

	// Both cell coordinates in one small integer (fast as a Map key): maps are far under 4,096 cells.
	private key(ix: number, iy: number): number {
		return (ix + 1_024) * 8_192 + (iy + 1_024);
	}

	add(item: Item) {
		const box =
			item.kind === 'box'
				? item.box
				: { x0: item.x - item.r, y0: item.y - item.r, x1: item.x + item.r, y1: item.y + item.r };
		const ix1 = Math.floor(box.x1 / this.size);
		const iy1 = Math.floor(box.y1 / this.size);
		for (let ix = Math.floor(box.x0 / this.size); ix <= ix1; ix++) {
			for (let iy = Math.floor(box.y0 / this.size); iy <= iy1; iy++) {
				const key = this.key(ix, iy);
				const cell = this.cells.get(key);
				if (cell) cell.push(item);
				else this.cells.set(key, [item]);
			}
		}
	}

	collides(box: Box, self: number, tolerance: number): boolean {
		const ix1 = Math.floor(box.x1 / this.size);
		const iy1 = Math.floor(box.y1 / this.size);
		for (let ix = Math.floor(box.x0 / this.size); ix <= ix1; ix++) {
			for (let iy = Math.floor(box.y0 / this.size); iy <= iy1; iy++) {
				const cell = this.cells.get(this.key(ix, iy));
				if (!cell) continue;
				for (const item of cell) {
					if (
						item.kind === 'box'
							? boxesOverlap(item.box, box)
							: circleHits(item, box, self, tolerance)
					)
						return true;
				}
			}
		}
		return false;
	}
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function circleHits(
	circle: { x: number; y: number; r: number; owner: number },
	box: Box,
	self: number,
	tolerance: number
): boolean {
	if (circle.owner === self) return false;
	const dx = circle.x - Math.max(box.x0, Math.min(circle.x, box.x1));
	const dy = circle.y - Math.max(box.y0, Math.min(circle.y, box.y1));
	const reach = Math.max(0, circle.r - tolerance);
	return dx * dx + dy * dy < reach * reach;
}

function inside(box: Box, bounds: Box): boolean {
	return box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
}

/** The texts to try, longest first: the (capped) name, then shorter and shorter forms. */
function attempts(
	name: string,
	maxChars: number,
	minChars: number
): { text: string; truncated: boolean }[] {
	const capped = shortenLabel(name, maxChars);
	const truncated = capped !== name;
	const list = [{ text: capped, truncated }];
	const length = characterCount(name);
	const longest = characterCount(capped) - (truncated ? 1 : 0);
	const keeps = [0.7, 0.5, 0.35].map((share) => Math.floor(longest * share));
	keeps.push(minChars);
	let previous = longest;
	for (const keep of keeps) {
		// Shortening by a single character and adding "…" saves nothing.
		if (keep < minChars || keep >= previous || keep >= length - 1) continue;
		list.push({ text: shortenLabel(name, keep + 1), truncated: true });
		previous = keep;
	}
	return list;
}

/**
 * Places a label for each subject, in the subjects' order: a label, or null when even a shortened
 * name fits nowhere. Subjects' dots are obstacles for every label but their own.
 */
export function placeLabels(
	subjects: readonly LabelSubject[],
	options: LabelOptions
): (SceneLabel | null)[] {
	const {
		bounds,
		fontSize,
		maxChars = 32,
		minChars = 6,
		gap = 3,
		sides = DEFAULT_SIDES,
		obstacles = [],
		tolerance = 1
	} = options;
	const grid = new Grid(Math.max(16, fontSize * 3));
	subjects.forEach((subject, owner) =>
		grid.add({ kind: 'circle', x: subject.x, y: subject.y, r: subject.r, owner })
	);
	for (const box of obstacles) grid.add({ kind: 'box', box });

	const order = subjects
		.map((subject, index) => ({ index, priority: subject.priority }))
		.sort((a, b) => b.priority - a.priority || a.index - b.index);

	const labels: (SceneLabel | null)[] = subjects.map(() => null);
	for (const { index } of order) {
		const subject = subjects[index];
		if (!subject) continue;
		const fits = (box: Box) => inside(box, bounds) && !grid.collides(box, index, tolerance);
		const tries = attempts(subject.name, maxChars, minChars).map((attempt) => ({
			...attempt,
			width: textWidth(attempt.text, fontSize)
		}));
		const narrowest = Math.min(...tries.map((attempt) => attempt.width));
		// A label's box at a side holds the box of any narrower text at that side, so a side where
		// even the narrowest form collides is no place for any: once the whole name has found no
		// place, such sides are not tried again with each shorter form (on a crowded map most names
		// find none, and that was most of the work). The labels placed are the same.
		const hopeless = new Map<LabelSide, boolean>();
		search: for (const [k, attempt] of tries.entries()) {
			for (const side of sides) {
				const anchor = anchorFor(subject, side, gap, fontSize);
				if (k > 0) {
					let none = hopeless.get(side);
					if (none === undefined) {
						none = !fits(boxAt(anchor.x, anchor.y, anchor.anchor, narrowest, fontSize));
						hopeless.set(side, none);
					}
					if (none) continue;
				}
				const box = boxAt(anchor.x, anchor.y, anchor.anchor, attempt.width, fontSize);
				if (!fits(box)) continue;
				grid.add({ kind: 'box', box });
				labels[index] = {
					text: attempt.text,
					x: anchor.x,
					y: anchor.y,
					anchor: anchor.anchor,
					truncated: attempt.truncated
				};
				break search;
			}
		}
	}
	return labels;
}
