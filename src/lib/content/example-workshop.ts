import type {
	Commitment,
	Goal,
	ListeningNote,
	Platform,
	PlanMeta,
	Purpose,
	Stakeholder,
	StickyNote,
	SwotItem,
	TeamMember,
	ValueItem
} from '../domain/plan';
import type { StepId } from '../domain/steps';
import type {
	Decision,
	GoalKind,
	ListeningKind,
	MaturityDimension,
	NoteColor,
	PlatformKind,
	PresenceStrength,
	Sentiment,
	StakeholderGroup,
	SwotKind
} from '../domain/vocabulary';

/**
 * A complete plan of a fictional organisation, as plain data, for people who want to see what a
 * finished workshop looks like before running their own. Records refer to each other by local
 * keys; the builder turns those into record ids.
 */

type Fields<T> = Omit<T, 'id' | 'order' | 'sourceNote'>;

/** A record that started as a note on a step's board names that note's key. */
interface Promoted {
	fromNote?: string;
}

export interface ExampleNote extends Omit<
	StickyNote,
	'id' | 'order' | 'promotedTo' | 'position' | 'z'
> {
	key: string;
}

export type ExampleValue = Fields<ValueItem> & Promoted;

export interface ExampleMember extends Fields<TeamMember> {
	key: string;
	/** This person's private maturity ratings, 1 (present) to 5 (living). */
	ratings: Record<MaturityDimension, number>;
}

export interface ExampleStakeholder extends Omit<Fields<Stakeholder>, 'placed'>, Promoted {
	key: string;
}

export type ExampleListening = Fields<ListeningNote> & Promoted;
export type ExampleSwot = Fields<SwotItem> & Promoted;

export interface ExamplePlatform extends Fields<Platform>, Promoted {
	key: string;
}

export interface ExamplePresence {
	stakeholder: string;
	platform: string;
	strength: PresenceStrength;
}

export interface ExampleGoal
	extends Omit<Fields<Goal>, 'stakeholderIds' | 'platformIds'>, Promoted {
	stakeholders: string[];
	platforms: string[];
}

export interface ExampleWorkshop {
	meta: Pick<PlanMeta, 'title' | 'organisation' | 'facilitator'>;
	purpose: Purpose;
	values: ExampleValue[];
	team: ExampleMember[];
	maturityNotes: Record<MaturityDimension, string>;
	stakeholders: ExampleStakeholder[];
	listening: ExampleListening[];
	swot: ExampleSwot[];
	platforms: ExamplePlatform[];
	presence: ExamplePresence[];
	goals: ExampleGoal[];
	commitment: Commitment;
	/** The boards: added first, as a workshop starts with ideas before it has records. */
	notes: ExampleNote[];
}

// The example in two halves. What the workshop decided (scores, positions, links, decisions,
// dates) is the same in every language and lives here once; what people wrote is in
// example/<locale>.ts, keyed by the records below, so a translation cannot change a number or
// drop a record without the type checker saying so.

const VALUES = {
	open: { fromNote: 'open-to-everyone' },
	curious: {},
	honest: {},
	rooted: {}
} as const satisfies Record<string, Promoted>;

const TEAM = {
	maya: {
		usesSocialDaily: true,
		hoursPerWeek: 6,
		ratings: { planning: 2, presences: 2, commitment: 2, relationships: 3 }
	},
	tomas: {
		usesSocialDaily: true,
		hoursPerWeek: 4,
		ratings: { planning: 3, presences: 1, commitment: 1, relationships: 2 }
	},
	lena: {
		usesSocialDaily: true,
		hoursPerWeek: 3,
		ratings: { planning: 2, presences: 2, commitment: 2, relationships: 3 }
	},
	samuel: {
		usesSocialDaily: true,
		hoursPerWeek: 3,
		ratings: { planning: 2, presences: 2, commitment: 1, relationships: 2 }
	},
	priya: {
		usesSocialDaily: false,
		hoursPerWeek: 2,
		ratings: { planning: 2, presences: 2, commitment: 1, relationships: 3 }
	},
	jonas: {
		usesSocialDaily: true,
		hoursPerWeek: 2,
		ratings: { planning: 3, presences: 3, commitment: 2, relationships: 2 }
	},
	helen: {
		usesSocialDaily: false,
		hoursPerWeek: 1,
		ratings: { planning: 3, presences: 4, commitment: 2, relationships: 3 }
	}
} as const satisfies Record<
	string,
	Pick<ExampleMember, 'usesSocialDaily' | 'hoursPerWeek' | 'ratings'>
>;

type StakeholderFacts = Pick<
	ExampleStakeholder,
	| 'group'
	| 'sentiment'
	| 'influence'
	| 'interest'
	| 'reach'
	| 'power'
	| 'legitimacy'
	| 'urgency'
	| 'fromNote'
>;

/** group, sentiment, influence, interest, reach, power, legitimacy, urgency, the note it came from. */
function facts(
	group: StakeholderGroup,
	sentiment: Sentiment,
	[influence, interest, reach]: [number, number, number],
	[power, legitimacy, urgency]: [boolean, boolean, boolean],
	fromNote?: NoteKey
): StakeholderFacts {
	return { group, sentiment, influence, interest, reach, power, legitimacy, urgency, fromNote };
}

const STAKEHOLDERS = {
	parents: facts('customers', 1, [45, 80, 55], [false, true, true]),
	students: facts('customers', 0, [30, 35, 45], [false, true, false]),
	seniors: facts('customers', 2, [35, 75, 30], [false, true, true]),
	jobseekers: facts('customers', 1, [20, 70, 25], [false, true, true], 'jobseekers'),
	staff: facts('employees', 0, [55, 65, 35], [true, true, false]),
	council: facts('regulators', -1, [90, 55, 60], [true, true, true]),
	'city-comms': facts('partners', 0, [70, 40, 70], [true, true, false]),
	friends: facts('community', 2, [60, 90, 40], [false, true, true]),
	foundation: facts('investors', 1, [75, 30, 20], [true, true, false]),
	schools: facts('partners', 1, [55, 60, 50], [true, true, false]),
	press: facts('media', -1, [70, 35, 80], [true, false, true], 'local-press'),
	'works-neighbours': facts('community', -2, [40, 45, 15], [false, false, true], 'works'),
	authors: facts('partners', 2, [35, 65, 35], [false, true, false]),
	bookshops: facts('competitors', 0, [25, 30, 30], [false, false, false]),
	'peer-libraries': facts('competitors', 1, [20, 45, 20], [false, true, false])
} as const satisfies Record<string, StakeholderFacts>;

const LISTENING = {
	questions: { kind: 'said-about-us', fromNote: 'printing-threads' },
	'newspaper-comments': { kind: 'said-about-us' },
	'group-rules': { kind: 'community-norms' },
	'family-moments': { kind: 'community-norms' },
	'ask-a-librarian': { kind: 'peers' },
	'museum-director': { kind: 'peers' },
	'staff-survey': { kind: 'other' }
} as const satisfies Record<string, { kind: ListeningKind } & Promoted>;

const SWOT = {
	'trusted-staff': 'strength',
	'unique-services': 'strength',
	broadcasting: 'weakness',
	'no-time': 'weakness',
	'digital-inclusion': 'opportunity',
	'eager-partners': 'opportunity',
	'budget-debates': 'threat',
	'wrong-information': 'threat'
} as const satisfies Record<string, SwotKind>;

interface PlatformFacts extends Promoted {
	kind: PlatformKind;
	effort: number;
	fit: number;
	decision: Decision;
	owner: MemberKey | null;
}

const PLATFORMS = {
	groups: {
		kind: 'community',
		effort: 3,
		fit: 5,
		decision: 'focus',
		owner: 'tomas',
		fromNote: 'groups'
	},
	photos: { kind: 'image-video', effort: 3, fit: 4, decision: 'focus', owner: 'lena' },
	newsletter: { kind: 'own-channel', effort: 2, fit: 4, decision: 'maintain', owner: 'maya' },
	pro: { kind: 'professional-network', effort: 2, fit: 3, decision: 'maintain', owner: 'helen' },
	microblog: { kind: 'microblog', effort: 3, fit: 2, decision: 'listen', owner: 'maya' },
	fediverse: { kind: 'federated', effort: 2, fit: 4, decision: 'listen', owner: 'samuel' },
	'short-video': {
		kind: 'short-video',
		effort: 4,
		fit: 3,
		decision: 'not-now',
		owner: null,
		fromNote: 'short-videos'
	},
	messaging: { kind: 'messaging', effort: 2, fit: 2, decision: 'not-now', owner: null }
} as const satisfies Record<string, PlatformFacts>;

const PRESENCE: readonly (readonly [StakeholderKey, PlatformKey, PresenceStrength])[] = [
	['parents', 'groups', 3],
	['parents', 'photos', 3],
	['parents', 'messaging', 3],
	['parents', 'short-video', 1],
	['students', 'short-video', 3],
	['students', 'photos', 2],
	['students', 'microblog', 1],
	['seniors', 'newsletter', 2],
	['seniors', 'groups', 2],
	['jobseekers', 'groups', 1],
	['staff', 'groups', 1],
	['staff', 'photos', 2],
	['staff', 'fediverse', 1],
	['staff', 'pro', 1],
	['council', 'groups', 2],
	['council', 'microblog', 2],
	['council', 'pro', 2],
	['council', 'newsletter', 1],
	['city-comms', 'pro', 3],
	['city-comms', 'microblog', 2],
	['friends', 'groups', 3],
	['friends', 'photos', 2],
	['friends', 'newsletter', 3],
	['foundation', 'pro', 3],
	['foundation', 'newsletter', 2],
	['schools', 'pro', 2],
	['schools', 'photos', 2],
	['schools', 'messaging', 2],
	['press', 'microblog', 3],
	['press', 'pro', 2],
	['press', 'groups', 1],
	['works-neighbours', 'groups', 3],
	['authors', 'photos', 3],
	['authors', 'newsletter', 1],
	['bookshops', 'photos', 2],
	['peer-libraries', 'fediverse', 3],
	['peer-libraries', 'pro', 2],
	['peer-libraries', 'photos', 1]
];

interface GoalFacts extends Promoted {
	kind: GoalKind;
	deadline: string;
	owner: MemberKey;
	stakeholders: readonly StakeholderKey[];
	platforms: readonly PlatformKey[];
}

const GOALS = {
	listening: {
		kind: 'listening',
		deadline: '2027-12-31',
		owner: 'maya',
		stakeholders: ['parents', 'works-neighbours', 'press'],
		platforms: ['groups', 'microblog']
	},
	answering: {
		kind: 'relationship',
		deadline: '2027-06-30',
		owner: 'tomas',
		stakeholders: ['parents', 'seniors', 'jobseekers'],
		platforms: ['groups'],
		fromNote: 'answer-as-a-person'
	},
	briefings: {
		kind: 'relationship',
		deadline: '2027-12-15',
		owner: 'helen',
		stakeholders: ['council', 'city-comms'],
		platforms: ['pro']
	},
	'digital-inclusion': {
		kind: 'reputation',
		deadline: '2027-12-31',
		owner: 'helen',
		stakeholders: ['press', 'council', 'foundation'],
		platforms: ['pro', 'newsletter']
	},
	promoters: {
		kind: 'relationship',
		deadline: '2027-12-31',
		owner: 'jonas',
		stakeholders: ['friends', 'authors'],
		platforms: ['photos', 'newsletter']
	},
	'story-time': {
		kind: 'reach',
		deadline: '2027-09-30',
		owner: 'lena',
		stakeholders: ['parents', 'schools'],
		platforms: ['photos']
	},
	cafes: {
		kind: 'service',
		deadline: '2027-10-31',
		owner: 'samuel',
		stakeholders: ['seniors', 'foundation'],
		platforms: ['newsletter', 'groups']
	}
} as const satisfies Record<string, GoalFacts>;

const RESPONSE_TIME_HOURS = 24;

/** Groups of notes on the boards; a note names its group's key. */
type ClusterKey = 'known-for' | 'presences' | 'forgotten' | 'worries';

const NOTES = {
	'known-digital': { step: 'purpose', color: 'yellow', cluster: 'known-for' },
	'known-history': { step: 'purpose', color: 'yellow', cluster: 'known-for' },
	'open-to-everyone': { step: 'purpose', color: 'green', cluster: null },
	'who-is-here': { step: 'purpose', color: 'pink', cluster: null },
	'busy-not-answering': { step: 'maturity', color: 'blue', cluster: 'presences' },
	'desk-complaints': { step: 'maturity', color: 'blue', cluster: 'presences' },
	'local-press': { step: 'stakeholders', color: 'orange', cluster: null },
	works: { step: 'stakeholders', color: 'orange', cluster: 'forgotten' },
	jobseekers: { step: 'stakeholders', color: 'orange', cluster: 'forgotten' },
	'printing-threads': { step: 'listening', color: 'purple', cluster: null },
	'ask-a-librarian': { step: 'listening', color: 'purple', cluster: null },
	groups: { step: 'platforms', color: 'yellow', cluster: null },
	'short-videos': { step: 'platforms', color: 'yellow', cluster: null },
	'answer-as-a-person': { step: 'goals', color: 'green', cluster: null },
	'count-learning': { step: 'goals', color: 'green', cluster: null },
	evenings: { step: 'commitment', color: 'pink', cluster: 'worries' },
	blame: { step: 'commitment', color: 'pink', cluster: 'worries' },
	'committee-pdf': { step: 'review', color: 'yellow', cluster: null }
} as const satisfies Record<string, { step: StepId; color: NoteColor; cluster: ClusterKey | null }>;

type MemberKey = keyof typeof TEAM;
type StakeholderKey = keyof typeof STAKEHOLDERS;
type PlatformKey = keyof typeof PLATFORMS;
type NoteKey = keyof typeof NOTES;

/** Everything the example says in words, in one language. Empty only where the English is. */
export interface ExampleTexts {
	meta: ExampleWorkshop['meta'];
	purpose: Purpose;
	values: Record<keyof typeof VALUES, string>;
	team: Record<MemberKey, Pick<TeamMember, 'name' | 'role'>>;
	maturityNotes: Record<MaturityDimension, string>;
	stakeholders: Record<
		StakeholderKey,
		Pick<
			Stakeholder,
			| 'name'
			| 'interests'
			| 'concerns'
			| 'hopes'
			| 'online'
			| 'relationship'
			| 'engagement'
			| 'notes'
		>
	>;
	listening: Record<keyof typeof LISTENING, Pick<ListeningNote, 'source' | 'text'>>;
	swot: Record<keyof typeof SWOT, string>;
	platforms: Record<PlatformKey, Pick<Platform, 'name' | 'norms' | 'reason' | 'faces'>>;
	goals: Record<keyof typeof GOALS, Pick<Goal, 'statement' | 'metric' | 'baseline' | 'target'>>;
	commitment: Omit<Commitment, 'responseTimeHours'>;
	clusters: Record<ClusterKey, string>;
	notes: Record<NoteKey, string>;
}

/** Object.entries with the keys' own type (every object here is a literal of known keys). */
const entries = <K extends string, V>(record: Record<K, V>) => Object.entries(record) as [K, V][];

/** The example workshop in the language of `texts`: the same decisions, other words. */
export function exampleWorkshop(texts: ExampleTexts): ExampleWorkshop {
	const owner = (key: MemberKey | null) => (key === null ? '' : texts.team[key].name);
	return {
		meta: texts.meta,
		purpose: texts.purpose,
		values: entries(VALUES).map(([key, promoted]) => ({ ...promoted, text: texts.values[key] })),
		team: entries(TEAM).map(([key, member]) => ({
			key,
			...texts.team[key],
			...member,
			ratings: { ...member.ratings }
		})),
		maturityNotes: texts.maturityNotes,
		stakeholders: entries(STAKEHOLDERS).map(([key, { fromNote, ...rest }]) => ({
			key,
			...texts.stakeholders[key],
			...rest,
			...(fromNote ? { fromNote } : {})
		})),
		listening: entries(LISTENING).map(([key, finding]) => ({
			...finding,
			...texts.listening[key]
		})),
		swot: entries(SWOT).map(([key, kind]) => ({ kind, text: texts.swot[key] })),
		platforms: entries(PLATFORMS).map(([key, { owner: member, ...rest }]) => ({
			key,
			...texts.platforms[key],
			...rest,
			owner: owner(member)
		})),
		presence: PRESENCE.map(([stakeholder, platform, strength]) => ({
			stakeholder,
			platform,
			strength
		})),
		goals: entries(GOALS).map(([key, { owner: member, stakeholders, platforms, ...rest }]) => ({
			...texts.goals[key],
			...rest,
			owner: owner(member),
			stakeholders: [...stakeholders],
			platforms: [...platforms]
		})),
		commitment: { ...texts.commitment, responseTimeHours: RESPONSE_TIME_HOURS },
		notes: entries(NOTES).map(([key, { cluster, ...rest }]) => ({
			key,
			...rest,
			text: texts.notes[key],
			cluster: cluster === null ? '' : texts.clusters[cluster]
		}))
	};
}
