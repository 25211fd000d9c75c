/**
 * Font sizes the layouts measure text with. They must equal the sizes in map.css (a spec checks),
 * or labels placed to miss each other would collide once drawn.
 */
export const FONT = {
	label: 11,
	tick: 10,
	axisTitle: 12,
	region: 12,
	heading: 12,
	legendTitle: 11,
	legendLabel: 10.5,
	warning: 8
} as const;

/** The width maps are designed at; other widths scale dot sizes, not text. */
export const DESIGN_WIDTH = 800;
