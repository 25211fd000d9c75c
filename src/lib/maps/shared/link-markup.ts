import { cleanClassName, formatNumber } from './escape';
import type { SceneLink } from './scene';

/**
 * A map's links as SVG markup for the map on screen: the platform map of a large plan has 1,500
 * of them, and the browser parses one string of paths many times faster than a component builds
 * (and later compares) 1,500 elements one by one. Lighting up a dot's links draws the string
 * again, which costs about what updating 1,500 elements' classes did.
 *
 * Nothing in a link is typed by anyone, but the markup is checked all the same: path data of
 * path commands and numbers only, plain class names.
 */

const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]*$/;

/**
 * `lit`: the ids lit up on the map (null when none is): a link between two of them is
 * highlighted, every other link dimmed.
 */
export function linksMarkup(links: readonly SceneLink[], lit: ReadonlySet<string> | null): string {
	let markup = '';
	// A map's links share a handful of class names: each is checked once, not once per link.
	const classes = new Map<string, string>();
	for (const link of links) {
		const d = PATH_DATA.test(link.d) ? link.d : '';
		let className = classes.get(link.className);
		if (className === undefined) {
			className = cleanClassName(link.className);
			classes.set(link.className, className);
		}
		const state =
			lit === null
				? ''
				: lit.has(link.source) && lit.has(link.target)
					? ' is-highlighted'
					: ' is-dimmed';
		markup += `<path d="${d}" class="map-link ${className}${state}" stroke-width="${formatNumber(link.width)}"/>`;
	}
	return markup;
}
