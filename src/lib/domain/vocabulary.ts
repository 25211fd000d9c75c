/**
 * The closed vocabularies of a plan, each with the words a person reads. Stored values are the
 * keys; labels may change without touching stored plans.
 */

export const STAKEHOLDER_GROUPS = {
	customers: 'Customers',
	employees: 'Employees',
	suppliers: 'Suppliers',
	partners: 'Partners',
	investors: 'Investors',
	community: 'Community',
	regulators: 'Regulators',
	media: 'Media',
	competitors: 'Competitors',
	other: 'Other'
} as const;
export type StakeholderGroup = keyof typeof STAKEHOLDER_GROUPS;

/** Current sentiment towards us, from hostile to advocate. */
export const SENTIMENTS = {
	'-2': 'Hostile',
	'-1': 'Critical',
	'0': 'Neutral',
	'1': 'Supportive',
	'2': 'Advocate'
} as const;
export type Sentiment = -2 | -1 | 0 | 1 | 2;
export const SENTIMENT_VALUES: readonly Sentiment[] = [-2, -1, 0, 1, 2];

export const PLATFORM_KINDS = {
	'professional-network': 'Professional network',
	'image-video': 'Image and video platform',
	'short-video': 'Short-form video',
	microblog: 'Microblog',
	federated: 'Federated network',
	community: 'Forum or community',
	'own-channel': 'Own blog or newsletter',
	messaging: 'Messaging channel',
	other: 'Other'
} as const;
export type PlatformKind = keyof typeof PLATFORM_KINDS;

/** What we decide to do with a platform. No platform is mandatory. */
export const DECISIONS = {
	focus: 'Focus',
	maintain: 'Maintain',
	listen: 'Listen only',
	'not-now': 'Not now'
} as const;
export type Decision = keyof typeof DECISIONS;

export const GOAL_KINDS = {
	reach: 'Reach',
	relationship: 'Relationship',
	listening: 'Listening',
	reputation: 'Reputation',
	service: 'Service',
	other: 'Other'
} as const;
export type GoalKind = keyof typeof GOAL_KINDS;

/** The four dimensions of "present or living", each with both ends of its scale. */
export const MATURITY_DIMENSIONS = {
	planning: {
		label: 'Planning',
		present: 'We set up outposts and hope people find them.',
		living: 'We go where our people already are.'
	},
	presences: {
		label: 'Presences',
		present: 'Broadcast pages with a logo.',
		living: 'Accounts run by recognisable people who answer.'
	},
	commitment: {
		label: 'Commitment',
		present: 'A task added to someone’s list.',
		living: 'A trained team with time set aside and leadership backing.'
	},
	relationships: {
		label: 'Relationships',
		present: 'We extract value from our audience.',
		living: 'We listen, thank promoters and work with detractors.'
	}
} as const;
export type MaturityDimension = keyof typeof MATURITY_DIMENSIONS;

export const SWOT_KINDS = {
	strength: 'Strengths',
	weakness: 'Weaknesses',
	opportunity: 'Opportunities',
	threat: 'Threats'
} as const;
export type SwotKind = keyof typeof SWOT_KINDS;

export const LISTENING_KINDS = {
	'said-about-us': 'What is said about us',
	'community-norms': 'Community norms',
	peers: 'Peers to learn from',
	other: 'Other findings'
} as const;
export type ListeningKind = keyof typeof LISTENING_KINDS;

export const NOTE_COLORS = {
	yellow: 'Yellow',
	pink: 'Pink',
	blue: 'Blue',
	green: 'Green',
	orange: 'Orange',
	purple: 'Purple'
} as const;
export type NoteColor = keyof typeof NOTE_COLORS;

/** Presence strength of a stakeholder on a platform: 0 is absent. */
export const PRESENCE_STRENGTHS = { 1: 'Occasional', 2: 'Regular', 3: 'Very active' } as const;
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
