import { SENTIMENT_VALUES, type Sentiment } from '../../domain/vocabulary';
import { SENTIMENT_COLORS } from './colors';

/** A stored sentiment, or neutral when the value is outside the scale (an old or damaged record). */
export function sentimentOf(value: number): Sentiment {
	return (SENTIMENT_VALUES as readonly number[]).includes(value) ? (value as Sentiment) : 0;
}

export function sentimentStyle(value: number) {
	return SENTIMENT_COLORS[sentimentOf(value)];
}
