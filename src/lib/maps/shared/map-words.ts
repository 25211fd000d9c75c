// Words the maps share, in the map's language: colour keys' names, counted nouns and legends.
// Layouts take a locale (the PDF worker cannot see the page's choice), like the stakeholder map.
import { formatCount, type Locale } from '../../domain/locale';
import { labelIn, SENTIMENT_VALUES } from '../../domain/vocabulary';
import { m } from '../../paraglide/messages.js';
import { DECISION_COLORS, SENTIMENT_COLORS, type DecisionKey } from './colors';
import type { LegendGroup } from './scene';
import { listNames } from './scene-text';
import { sentimentOf } from './sentiment';

/** "Focus", "Not now", "Undecided". */
export function decisionName(decision: DecisionKey, locale: Locale): string {
	return decision === 'undecided'
		? m.map_decision_undecided({}, { locale })
		: labelIn('decisions', decision, locale);
}

/** "Supportive" for a stored sentiment (neutral for a value off the scale). */
export function sentimentName(value: number, locale: Locale): string {
	return labelIn('sentiments', sentimentOf(value), locale);
}

type CountedMessage = (
	inputs: { count: number; countText: string },
	options: { locale: Locale }
) => string;

/**
 * Counted words already written, per message, language and count. A counted message builds a new
 * Intl.PluralRules on every call, which is slow enough to matter when each of 300 dots' descriptions
 * counts something; the counts repeat (a stakeholder is on 0 to a few dozen platforms).
 */
const countedWords = new WeakMap<CountedMessage, Map<string, string>>();
const MAX_REMEMBERED = 1_000;

/** A number and its counted noun ("3 platforms"), with the language's plural and digits. */
export function counted(message: CountedMessage, count: number, locale: Locale): string {
	let known = countedWords.get(message);
	if (!known) countedWords.set(message, (known = new Map()));
	const key = `${locale} ${count}`;
	let words = known.get(key);
	if (words === undefined) {
		words = message({ count, countText: formatCount(count, locale) }, { locale });
		if (known.size >= MAX_REMEMBERED) known.clear();
		known.set(key, words);
	}
	return words;
}

/** A fresh legend group each time: scenes are plain data a caller may keep or change. */
export function sentimentLegend(locale: Locale): LegendGroup {
	return {
		title: m.map_legend_sentiment({}, { locale }),
		items: SENTIMENT_VALUES.map((value) => ({
			label: sentimentName(value, locale),
			swatch: 'dot' as const,
			color: SENTIMENT_COLORS[value].color
		}))
	};
}

export function decisionLegend(decisions: readonly DecisionKey[], locale: Locale): LegendGroup {
	return {
		title: m.map_legend_decision({}, { locale }),
		items: decisions.map((decision) => ({
			label: decisionName(decision, locale),
			swatch: 'dot' as const,
			color: DECISION_COLORS[decision].color
		}))
	};
}

/** "A, B and 3 more" in the map's language. */
export function namesIn(names: readonly string[], locale: Locale): string {
	return listNames(names, undefined, (shown, rest) =>
		m.map_names_and_more({ names: shown, rest: formatCount(rest, locale) }, { locale })
	);
}

/** "15 stakeholders." or "4 of 15 stakeholders shown." */
export function peopleShown(shown: number, total: number, locale: Locale): string {
	const stakeholders = counted(m.map_stakeholder_count, total, locale);
	return shown === total
		? m.map_all_shown({ stakeholders }, { locale })
		: m.map_some_shown({ shown: formatCount(shown, locale), stakeholders }, { locale });
}
