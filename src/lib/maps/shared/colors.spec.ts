import { describe, expect, it } from 'vitest';
import { SENTIMENT_VALUES } from '../../domain/vocabulary';
import {
	DECISION_COLORS,
	DECISION_ORDER,
	SALIENCE_ATTRIBUTE_COLORS,
	SENTIMENT_COLORS
} from './colors';
import { attributesFor, parseClassRules } from './css-attributes';
import css from './map.css?raw';

/** WCAG contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const value = parseInt(hex.slice(i, i + 2), 16) / 255;
			return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

describe('map colours', () => {
	it('give every sentiment dot at least 3:1 contrast with the white page', () => {
		for (const value of SENTIMENT_VALUES)
			expect(contrast(SENTIMENT_COLORS[value].color, '#ffffff')).toBeGreaterThanOrEqual(3);
	});

	it('give every decided platform at least 3:1 contrast; undecided is hollow', () => {
		for (const key of DECISION_ORDER.filter((key) => key !== 'undecided'))
			expect(contrast(DECISION_COLORS[key].color, '#ffffff')).toBeGreaterThanOrEqual(3);
		expect(DECISION_COLORS.undecided.color).toBe('#ffffff');
	});

	it('use distinct colours within each palette', () => {
		expect(new Set(SENTIMENT_VALUES.map((v) => SENTIMENT_COLORS[v].color)).size).toBe(5);
		expect(new Set(DECISION_ORDER.map((k) => DECISION_COLORS[k].color)).size).toBe(5);
	});

	it('match the salience circles drawn by map.css', () => {
		const rules = parseClassRules(css);
		for (const [attribute, color] of Object.entries(SALIENCE_ATTRIBUTE_COLORS))
			expect(attributesFor(rules, ['map-venn', `attribute-${attribute}`]).get('stroke')).toBe(
				color.toLowerCase()
			);
	});
});
