/**
 * The closed vocabularies of a plan, each with the words a person reads. Stored values are the
 * keys; labels may change (and follow the interface language) without touching stored plans.
 *
 * Each vocabulary is a table of messages; `labelIn(vocabulary, key, locale)` reads one label in a
 * given language (what the report and other pure code use). The exported label objects
 * (`STAKEHOLDER_GROUPS[key]` …) read the active language at the moment they are read, for the
 * components, which run where the person's choice is known.
 */
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from './locale';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** Labels that read the active language each time one is read. */
function activeLabels<K extends PropertyKey>(
	messages: Record<K, Message>
): Readonly<Record<K, string>> {
	const labels = {} as Record<K, string>;
	for (const key of Object.keys(messages) as K[]) {
		Object.defineProperty(labels, key, {
			get: () => messages[key]({}, { locale: getLocale() }),
			enumerable: true
		});
	}
	return Object.freeze(labels);
}

export const VOCABULARY_MESSAGES = {
	groups: {
		customers: m.vocab_group_customers,
		employees: m.vocab_group_employees,
		suppliers: m.vocab_group_suppliers,
		partners: m.vocab_group_partners,
		investors: m.vocab_group_investors,
		community: m.vocab_group_community,
		regulators: m.vocab_group_regulators,
		media: m.vocab_group_media,
		competitors: m.vocab_group_competitors,
		other: m.vocab_group_other
	},
	/** Current sentiment towards us, from hostile to advocate. */
	sentiments: {
		'-2': m.vocab_sentiment_hostile,
		'-1': m.vocab_sentiment_critical,
		'0': m.vocab_sentiment_neutral,
		'1': m.vocab_sentiment_supportive,
		'2': m.vocab_sentiment_advocate
	},
	platformKinds: {
		'professional-network': m.vocab_kind_professional_network,
		'image-video': m.vocab_kind_image_video,
		'short-video': m.vocab_kind_short_video,
		microblog: m.vocab_kind_microblog,
		federated: m.vocab_kind_federated,
		community: m.vocab_kind_community,
		'own-channel': m.vocab_kind_own_channel,
		messaging: m.vocab_kind_messaging,
		other: m.vocab_kind_other
	},
	/** What we decide to do with a platform. No platform is mandatory. */
	decisions: {
		focus: m.vocab_decision_focus,
		maintain: m.vocab_decision_maintain,
		listen: m.vocab_decision_listen,
		'not-now': m.vocab_decision_not_now
	},
	goalKinds: {
		reach: m.vocab_goal_reach,
		relationship: m.vocab_goal_relationship,
		listening: m.vocab_goal_listening,
		reputation: m.vocab_goal_reputation,
		service: m.vocab_goal_service,
		other: m.vocab_goal_other
	},
	swotKinds: {
		strength: m.vocab_swot_strength,
		weakness: m.vocab_swot_weakness,
		opportunity: m.vocab_swot_opportunity,
		threat: m.vocab_swot_threat
	},
	listeningKinds: {
		'said-about-us': m.vocab_listening_said_about_us,
		'community-norms': m.vocab_listening_community_norms,
		peers: m.vocab_listening_peers,
		other: m.vocab_listening_other
	},
	noteColors: {
		yellow: m.vocab_color_yellow,
		pink: m.vocab_color_pink,
		blue: m.vocab_color_blue,
		green: m.vocab_color_green,
		orange: m.vocab_color_orange,
		purple: m.vocab_color_purple
	},
	/** Presence strength of a stakeholder on a platform: 0 is absent. */
	presenceStrengths: {
		1: m.vocab_presence_occasional,
		2: m.vocab_presence_regular,
		3: m.vocab_presence_very_active
	}
} as const satisfies Record<string, Record<PropertyKey, Message>>;

export type Vocabulary = keyof typeof VOCABULARY_MESSAGES;

/** One label of a vocabulary, in the given language (sentiments by their number too). */
export function labelIn<V extends Vocabulary>(
	vocabulary: V,
	key: keyof (typeof VOCABULARY_MESSAGES)[V] | (V extends 'sentiments' ? Sentiment : never),
	locale: Locale
): string {
	const messages = VOCABULARY_MESSAGES[vocabulary] as Record<PropertyKey, Message>;
	const message = messages[String(key)];
	if (!message) throw new Error(`Unknown ${vocabulary} value: ${String(key)}`);
	return message({}, { locale });
}

export const STAKEHOLDER_GROUPS = activeLabels(VOCABULARY_MESSAGES.groups);
export type StakeholderGroup = keyof typeof STAKEHOLDER_GROUPS;

export const SENTIMENTS = activeLabels(VOCABULARY_MESSAGES.sentiments);
export type Sentiment = -2 | -1 | 0 | 1 | 2;
export const SENTIMENT_VALUES: readonly Sentiment[] = [-2, -1, 0, 1, 2];

export const PLATFORM_KINDS = activeLabels(VOCABULARY_MESSAGES.platformKinds);
export type PlatformKind = keyof typeof PLATFORM_KINDS;

export const DECISIONS = activeLabels(VOCABULARY_MESSAGES.decisions);
export type Decision = keyof typeof DECISIONS;

export const GOAL_KINDS = activeLabels(VOCABULARY_MESSAGES.goalKinds);
export type GoalKind = keyof typeof GOAL_KINDS;

const MATURITY_MESSAGES = {
	planning: {
		label: m.vocab_maturity_planning_label,
		present: m.vocab_maturity_planning_present,
		living: m.vocab_maturity_planning_living
	},
	presences: {
		label: m.vocab_maturity_presences_label,
		present: m.vocab_maturity_presences_present,
		living: m.vocab_maturity_presences_living
	},
	commitment: {
		label: m.vocab_maturity_commitment_label,
		present: m.vocab_maturity_commitment_present,
		living: m.vocab_maturity_commitment_living
	},
	relationships: {
		label: m.vocab_maturity_relationships_label,
		present: m.vocab_maturity_relationships_present,
		living: m.vocab_maturity_relationships_living
	}
} as const;
export type MaturityDimension = keyof typeof MATURITY_MESSAGES;
type DimensionTexts = { label: string; present: string; living: string };

/** The label and both ends of a dimension's scale, in the given language. */
export function maturityDimensionIn(dimension: MaturityDimension, locale: Locale): DimensionTexts {
	const { label, present, living } = MATURITY_MESSAGES[dimension];
	return {
		label: label({}, { locale }),
		present: present({}, { locale }),
		living: living({}, { locale })
	};
}

/** The four dimensions of "present or living", each with both ends of its scale. */
export const MATURITY_DIMENSIONS: Readonly<Record<MaturityDimension, DimensionTexts>> = {
	planning: activeLabels(MATURITY_MESSAGES.planning),
	presences: activeLabels(MATURITY_MESSAGES.presences),
	commitment: activeLabels(MATURITY_MESSAGES.commitment),
	relationships: activeLabels(MATURITY_MESSAGES.relationships)
};

export const SWOT_KINDS = activeLabels(VOCABULARY_MESSAGES.swotKinds);
export type SwotKind = keyof typeof SWOT_KINDS;

export const LISTENING_KINDS = activeLabels(VOCABULARY_MESSAGES.listeningKinds);
export type ListeningKind = keyof typeof LISTENING_KINDS;

export const NOTE_COLORS = activeLabels(VOCABULARY_MESSAGES.noteColors);
export type NoteColor = keyof typeof NOTE_COLORS;

export const PRESENCE_STRENGTHS = activeLabels(VOCABULARY_MESSAGES.presenceStrengths);
export type PresenceStrength = 1 | 2 | 3;

export function keysOf<T extends object>(vocabulary: T): (keyof T & string)[] {
	return Object.keys(vocabulary) as (keyof T & string)[];
}

export function isKeyOf<T extends object>(
	vocabulary: T,
	value: unknown
): value is keyof T & string {
	return typeof value === 'string' && Object.prototype.hasOwnProperty.call(vocabulary, value);
}
