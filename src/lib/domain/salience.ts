import type { Stakeholder } from './plan';

/**
 * Stakeholder salience (Mitchell, Agle and Wood, 1997): how much a stakeholder's claim should
 * weigh depends on which of three attributes they hold. The more attributes, the more attention
 * their claim needs; the class names say what kind of attention.
 */
export const SALIENCE_ATTRIBUTES = {
	power: { label: 'Power', question: 'Can they make us do what we would not otherwise do?' },
	legitimacy: { label: 'Legitimacy', question: 'Is their claim on us proper and expected?' },
	urgency: { label: 'Urgency', question: 'Is their claim time-sensitive or critical to them?' }
} as const;
export type SalienceAttribute = keyof typeof SALIENCE_ATTRIBUTES;
export const SALIENCE_ATTRIBUTE_KEYS: readonly SalienceAttribute[] = [
	'power',
	'legitimacy',
	'urgency'
];

interface SalienceClassInfo {
	label: string;
	attributes: readonly SalienceAttribute[];
	advice: string;
}

/** Most salient first: the order in which a map legend or a report lists them. */
export const SALIENCE_CLASSES = {
	definitive: {
		label: 'Definitive',
		attributes: ['power', 'legitimacy', 'urgency'],
		advice: 'They have power, a proper claim and urgency: respond to them first, and directly.'
	},
	dominant: {
		label: 'Dominant',
		attributes: ['power', 'legitimacy'],
		advice: 'They expect to be heard and can insist: keep a regular, formal conversation with them.'
	},
	dangerous: {
		label: 'Dangerous',
		attributes: ['power', 'urgency'],
		advice:
			'They can force their claim without it being proper: listen early and prepare how to answer.'
	},
	dependent: {
		label: 'Dependent',
		attributes: ['legitimacy', 'urgency'],
		advice:
			'Their claim is proper and pressing but they rely on others to act: find who can speak for them.'
	},
	dormant: {
		label: 'Dormant',
		attributes: ['power'],
		advice:
			'They could weigh heavily but have no claim on us yet: watch for the moment they gain one.'
	},
	discretionary: {
		label: 'Discretionary',
		attributes: ['legitimacy'],
		advice:
			'Their claim is proper but not pressing: a good place for goodwill and voluntary support.'
	},
	demanding: {
		label: 'Demanding',
		attributes: ['urgency'],
		advice:
			'They press hard without power or a proper claim: acknowledge them without letting them set the agenda.'
	},
	none: {
		label: 'No attribute yet',
		attributes: [],
		advice: 'Ask whether they have power over us, a proper claim, or an urgent one.'
	}
} as const satisfies Record<string, SalienceClassInfo>;
export type SalienceClass = keyof typeof SALIENCE_CLASSES;
export const SALIENCE_CLASS_KEYS = Object.keys(SALIENCE_CLASSES) as SalienceClass[];

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
