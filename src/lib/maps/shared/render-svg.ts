import { attributeResolver } from './css-attributes';
import { cleanClassName, cleanColor, cleanPathData, escapeXml, formatNumber } from './escape';
import { layoutLegend } from './legend-layout';
import { FONT } from './metrics';
import type { MapScene, SceneLink, SceneNode, Shape } from './scene';

/**
 * A scene as a standalone SVG document, for downloads and the PDF. The document is static and
 * inert by construction: it is assembled from a fixed set of elements and attributes (no script,
 * no event attributes, no links, no foreignObject), and every piece of user text goes through
 * `escapeXml`, so a stakeholder's name can only ever be text.
 */

export interface RenderOptions {
	/** The map stylesheet: embedded, and copied into presentation attributes. */
	css?: string;
}

type AttributeValue = string | number | undefined;

const WARNING_RADIUS = 5;

/**
 * The stylesheet inside CDATA, so `<` or `&` in it cannot break the XML; without its comments,
 * which are for the people editing map.css, not for every downloaded file.
 */
function embedCss(css: string): string {
	const bare = css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
	return `<style><![CDATA[${bare.split(']]>').join(']]]]><![CDATA[>')}]]></style>`;
}

export function renderSceneSvg(scene: MapScene, options: RenderOptions = {}): string {
	const css = options.css ?? '';
	const resolve = attributeResolver(css);

	/** One element: stylesheet attributes for its classes first, the scene's own values over them. */
	const element = (
		name: string,
		className: string,
		attributes: Record<string, AttributeValue>,
		children?: string
	): string => {
		const classes = cleanClassName(className);
		const merged = new Map<string, AttributeValue>();
		if (classes) merged.set('class', classes);
		for (const [key, value] of resolve(classes)) merged.set(key, value);
		for (const [key, value] of Object.entries(attributes)) {
			if (value !== undefined) merged.set(key, value);
		}
		let tag = `<${name}`;
		for (const [key, value] of merged) {
			if (value === undefined) continue;
			const text = typeof value === 'number' ? formatNumber(value) : escapeXml(value);
			tag += ` ${key}="${text}"`;
		}
		return children === undefined ? `${tag}/>` : `${tag}>${children}</${name}>`;
	};

	const shape = (item: Shape): string => {
		switch (item.type) {
			case 'rect':
				return element('rect', item.className, {
					x: item.x,
					y: item.y,
					width: Math.max(0, item.width),
					height: Math.max(0, item.height),
					fill: cleanColor(item.fill)
				});
			case 'circle':
				return element('circle', item.className, {
					cx: item.cx,
					cy: item.cy,
					r: Math.max(0, item.r),
					fill: cleanColor(item.fill)
				});
			case 'line':
				return element('line', item.className, {
					x1: item.x1,
					y1: item.y1,
					x2: item.x2,
					y2: item.y2,
					stroke: cleanColor(item.stroke),
					'stroke-width': item.strokeWidth
				});
			case 'text':
				return element(
					'text',
					item.className,
					{
						x: item.x,
						y: item.y,
						'text-anchor': item.anchor,
						fill: cleanColor(item.fill),
						transform:
							item.rotate === undefined || item.rotate === 0
								? undefined
								: `rotate(${formatNumber(item.rotate)} ${formatNumber(item.x)} ${formatNumber(item.y)})`
					},
					escapeXml(item.text)
				);
		}
	};

	const link = (item: SceneLink): string =>
		element('path', `map-link ${item.className}`, {
			d: cleanPathData(item.d),
			'stroke-width': item.width
		});

	const node = (item: SceneNode): string => {
		const parts = [
			element(
				'circle',
				`map-node ${item.className}`,
				{ cx: item.x, cy: item.y, r: Math.max(0, item.r), fill: cleanColor(item.fill) },
				`<title>${escapeXml(item.name)}</title><desc>${escapeXml(item.description)}</desc>`
			)
		];
		if (item.label)
			parts.push(
				element(
					'text',
					'map-label',
					{ x: item.label.x, y: item.label.y, 'text-anchor': item.label.anchor },
					escapeXml(item.label.text)
				)
			);
		if (item.warnings.length > 0) {
			// On the dot's upper right edge, where it covers the least of the dot.
			const cx = item.x + item.r * Math.SQRT1_2;
			const cy = item.y - item.r * Math.SQRT1_2;
			parts.push(
				element(
					'g',
					'map-warning-group',
					{},
					`<title>${escapeXml(item.warnings.join('\n'))}</title>` +
						element('circle', 'map-warning', { cx, cy, r: WARNING_RADIUS }) +
						element(
							'text',
							'map-warning-mark',
							{ x: cx, y: cy + 0.36 * FONT.warning, 'text-anchor': 'middle' },
							'!'
						)
				)
			);
		}
		return element('g', 'map-node-group', {}, parts.join(''));
	};

	// The legend goes under the plot: the document grows to make room for it.
	const legend = layoutLegend(scene.legend, scene.width, scene.height);
	const width = Math.max(1, scene.width);
	const height = Math.max(1, scene.height + legend.height);

	const body = [
		`<title>${escapeXml(scene.title)}</title>`,
		`<desc>${escapeXml(scene.summary)}</desc>`,
		css ? embedCss(css) : '',
		element('rect', 'map-paper', { x: 0, y: 0, width, height, fill: '#ffffff' }),
		element('g', 'map-background', {}, scene.background.map(shape).join('')),
		element('g', 'map-links', {}, scene.links.map(link).join('')),
		element('g', 'map-nodes', {}, scene.nodes.map(node).join('')),
		element('g', 'map-foreground', {}, scene.foreground.map(shape).join('')),
		element('g', 'map-legend', {}, legend.shapes.map(shape).join(''))
	].join('');

	const root = element(
		'svg',
		`map map-${scene.kind}`,
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${formatNumber(width)} ${formatNumber(height)}`,
			width,
			height,
			role: 'img'
		},
		body
	);
	// No XML declaration: UTF-8 is XML's default, and the same string can then be inlined in HTML.
	return `${root}\n`;
}
