import { SENTIMENT_VALUES, type Sentiment } from '../../domain/vocabulary';
import { SENTIMENT_COLORS } from './colors';
import type { LegendGroup } from './scene';

/** A stored sentiment, or neutral when the value is outside the scale (an old or damaged record). */
export function sentimentOf(value: number): Sentiment {
	return (SENTIMENT_VALUES as readonly number[]).includes(value) ? (value as Sentiment) : 0;
}

export function sentimentStyle(value: number) {
	return SENTIMENT_COLORS[sentimentOf(value)];
}

/** A fresh legend group each time: scenes are plain data a caller may keep or change. */
export function sentimentLegend(): LegendGroup {
	return {
		title: 'Sentiment',
		items: SENTIMENT_VALUES.map((value) => ({
			label: SENTIMENT_COLORS[value].label,
			swatch: 'dot' as const,
			color: SENTIMENT_COLORS[value].color
		}))
	};
}
