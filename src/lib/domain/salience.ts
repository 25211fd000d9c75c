import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from './locale';
import type { Stakeholder } from './plan';

/**
 * Stakeholder salience (Mitchell, Agle and Wood, 1997): how much a stakeholder's claim should
 * weigh depends on which of three attributes they hold. The more attributes, the more attention
 * their claim needs; the class names say what kind of attention.
 */
const ATTRIBUTE_MESSAGES = {
	power: { label: m.salience_attribute_power, question: m.salience_question_power },
	legitimacy: { label: m.salience_attribute_legitimacy, question: m.salience_question_legitimacy },
	urgency: { label: m.salience_attribute_urgency, question: m.salience_question_urgency }
} as const;
export type SalienceAttribute = keyof typeof ATTRIBUTE_MESSAGES;
export const SALIENCE_ATTRIBUTE_KEYS: readonly SalienceAttribute[] = [
	'power',
	'legitimacy',
	'urgency'
];

/** An attribute's name ("Power") and the question that decides it, in the given language. */
export function salienceAttributeIn(attribute: SalienceAttribute, locale: Locale) {
	const { label, question } = ATTRIBUTE_MESSAGES[attribute];
	return { label: label({}, { locale }), question: question({}, { locale }) };
}

/** Read in the active language each time (for components). */
export const SALIENCE_ATTRIBUTES: Readonly<
	Record<SalienceAttribute, { readonly label: string; readonly question: string }>
> = Object.fromEntries(
	SALIENCE_ATTRIBUTE_KEYS.map((key) => [
		key,
		{
			get label() {
				return salienceAttributeIn(key, getLocale()).label;
			},
			get question() {
				return salienceAttributeIn(key, getLocale()).question;
			}
		}
	])
) as unknown as Record<SalienceAttribute, { label: string; question: string }>;

/** Most salient first: the order in which a map legend or a report lists them. */
const CLASS_MESSAGES = {
	definitive: {
		label: m.salience_class_definitive,
		attributes: ['power', 'legitimacy', 'urgency'],
		advice: m.salience_advice_definitive
	},
	dominant: {
		label: m.salience_class_dominant,
		attributes: ['power', 'legitimacy'],
		advice: m.salience_advice_dominant
	},
	dangerous: {
		label: m.salience_class_dangerous,
		attributes: ['power', 'urgency'],
		advice: m.salience_advice_dangerous
	},
	dependent: {
		label: m.salience_class_dependent,
		attributes: ['legitimacy', 'urgency'],
		advice: m.salience_advice_dependent
	},
	dormant: {
		label: m.salience_class_dormant,
		attributes: ['power'],
		advice: m.salience_advice_dormant
	},
	discretionary: {
		label: m.salience_class_discretionary,
		attributes: ['legitimacy'],
		advice: m.salience_advice_discretionary
	},
	demanding: {
		label: m.salience_class_demanding,
		attributes: ['urgency'],
		advice: m.salience_advice_demanding
	},
	none: { label: m.salience_class_none, attributes: [], advice: m.salience_advice_none }
} as const;
export type SalienceClass = keyof typeof CLASS_MESSAGES;
export const SALIENCE_CLASS_KEYS = Object.keys(CLASS_MESSAGES) as SalienceClass[];

interface SalienceClassInfo {
	readonly label: string;
	readonly attributes: readonly SalienceAttribute[];
	readonly advice: string;
}

/** A class's name, the attributes it holds and what to do, in the given language. */
export function salienceClassIn(key: SalienceClass, locale: Locale): SalienceClassInfo {
	const { label, attributes, advice } = CLASS_MESSAGES[key];
	return { label: label({}, { locale }), attributes, advice: advice({}, { locale }) };
}

/** Read in the active language each time (for components). */
export const SALIENCE_CLASSES: Readonly<Record<SalienceClass, SalienceClassInfo>> =
	Object.fromEntries(
		SALIENCE_CLASS_KEYS.map((key) => [
			key,
			{
				get label() {
					return salienceClassIn(key, getLocale()).label;
				},
				attributes: CLASS_MESSAGES[key].attributes,
				get advice() {
					return salienceClassIn(key, getLocale()).advice;
				}
			}
		])
	) as unknown as Record<SalienceClass, SalienceClassInfo>;

type Attributes = Pick<Stakeholder, SalienceAttribute>;

export function salienceOf(stakeholder: Attributes): SalienceClass {
	const { power, legitimacy, urgency } = stakeholder;
	if (power && legitimacy && urgency) return 'definitive';
	if (power && legitimacy) return 'dominant';
	if (power && urgency) return 'dangerous';
	if (legitimacy && urgency) return 'dependent';
	if (power) return 'dormant';
	if (legitimacy) return 'discretionary';
	if (urgency) return 'demanding';
	return 'none';
}

/** Stakeholders grouped by salience class, each group in the given order, every class present. */
export function salienceGroups<T extends Attributes>(
	stakeholders: readonly T[]
): Record<SalienceClass, T[]> {
	const groups = Object.fromEntries(
		SALIENCE_CLASS_KEYS.map((key) => [key, []])
	) as unknown as Record<SalienceClass, T[]>;
	for (const stakeholder of stakeholders) groups[salienceOf(stakeholder)].push(stakeholder);
	return groups;
}
