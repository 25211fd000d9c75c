/**
 * What a map's first drawing has put on screen after some work: see StagedDrawing. Work is
 * counted in units of one link; the links are drawn first, then the dots.
 */

/**
 * Drawing cost of one dot in units of one link: a link is a path in one string of markup, a dot
 * is a group of elements (a title, circles, a label) with its own classes and position.
 */
export const DOT_UNITS = 20;
/** Maps up to this many units (about 100 dots) are drawn in the same task as the map itself. */
export const AT_ONCE_UNITS = 2_000;

/** The units a scene of `links` links and `nodes` dots costs to draw. */
export function sceneUnits(links: number, nodes: number): number {
	return links + DOT_UNITS * nodes;
}

/** How many of a scene's links and dots `units` draws (everything for Infinity). */
export function drawnCounts(
	units: number,
	links: number,
	nodes: number
): { links: number; nodes: number } {
	if (units === Infinity) return { links, nodes };
	return {
		links: Math.min(links, units),
		nodes: Math.min(nodes, Math.max(0, Math.floor((units - links) / DOT_UNITS)))
	};
}
