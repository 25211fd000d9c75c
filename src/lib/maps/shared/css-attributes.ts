/**
 * Turns map.css into SVG presentation attributes. Some SVG consumers ignore `<style>` entirely
 * (the PDF library's SVG renderer draws "with attributes only"): without this, every quadrant
 * would print black. Browsers still apply the embedded stylesheet, which wins over attributes,
 * so both read the same single source. Only rules whose selectors are plain class chains
 * (`.map-link.strength-2`) are read; anything else in map.css is for browsers alone.
 */

/** Properties that are also SVG presentation attributes and matter for a static drawing. */
const PRESENTATION = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing'
]);

export interface ClassRule {
	classes: string[];
	declarations: [property: string, value: string][];
}

/** Skips a `{ … }` block (with nested blocks) that starts at `open`; returns the index after it. */
function skipBlock(css: string, open: number): number {
	let depth = 0;
	for (let i = open; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return i + 1;
	}
	return css.length;
}

export function parseClassRules(source: string): ClassRule[] {
	const css = source.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: ClassRule[] = [];
	let at = 0;
	while (at < css.length) {
		const open = css.indexOf('{', at);
		if (open < 0) break;
		const prelude = css.slice(at, open).trim();
		if (prelude.startsWith('@')) {
			at = skipBlock(css, open);
			continue;
		}
		const close = css.indexOf('}', open);
		const body = css.slice(open + 1, close < 0 ? css.length : close);
		at = close < 0 ? css.length : close + 1;
		const declarations: [string, string][] = [];
		for (const part of body.split(';')) {
			const colon = part.indexOf(':');
			if (colon < 0) continue;
			const property = part.slice(0, colon).trim().toLowerCase();
			// One line: a long value wrapped over several lines in map.css is one attribute.
			const value = part
				.slice(colon + 1)
				.replace(/\s+/g, ' ')
				.trim();
			if (PRESENTATION.has(property) && value !== '' && !/url\(|var\(|!important/i.test(value))
				declarations.push([property, value]);
		}
		if (declarations.length === 0) continue;
		for (const selector of prelude.split(',')) {
			const trimmed = selector.trim();
			if (!/^(\.[A-Za-z_][\w-]*)+$/.test(trimmed)) continue;
			rules.push({ classes: trimmed.slice(1).split('.'), declarations });
		}
	}
	return rules;
}

/**
 * The declarations that apply to an element with these classes, as CSS would resolve them: more
 * classes in a selector win, and among equals the later rule wins.
 */
export function attributesFor(rules: readonly ClassRule[], classNames: readonly string[]) {
	const present = new Set(classNames);
	const matching = rules
		.map((rule, index) => ({ rule, index }))
		.filter(({ rule }) => rule.classes.every((name) => present.has(name)))
		.sort((a, b) => a.rule.classes.length - b.rule.classes.length || a.index - b.index);
	const attributes = new Map<string, string>();
	for (const { rule } of matching) {
		for (const [property, value] of rule.declarations) attributes.set(property, value);
	}
	return attributes;
}

/** `attributesFor`, remembered per class list: a scene repeats the same few class lists. */
export function attributeResolver(css: string) {
	const rules = parseClassRules(css);
	const cache = new Map<string, Map<string, string>>();
	return (className: string): Map<string, string> => {
		let attributes = cache.get(className);
		if (!attributes) {
			attributes = attributesFor(rules, className.split(/\s+/).filter(Boolean));
			cache.set(className, attributes);
		}
		return attributes;
	};
}
