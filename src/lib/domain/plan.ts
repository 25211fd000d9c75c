import type { StepId } from './steps';
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
} from './vocabulary';

/**
 * The plan as plain data: what PlanDoc reads out of the shared document. Every record has an id
 * and an `order` (a number that sorts records; new records go last).
 */

export interface PlanMeta {
	title: string;
	organisation: string;
	facilitator: string;
	/** Milliseconds since the epoch. */
	createdAt: number;
	schemaVersion: number;
}

export interface Purpose {
	statement: string;
	/** What we want to be known for: expertise beyond our own product. */
	knownFor: string;
}

export interface ValueItem {
	id: string;
	order: number;
	text: string;
	sourceNote: string;
}

export interface TeamMember {
	id: string;
	order: number;
	name: string;
	role: string;
	/** Uses social media daily, in work or private life: the people who already converse online. */
	usesSocialDaily: boolean;
	/** Hours per week this person gives to social media; null when not yet agreed. */
	hoursPerWeek: number | null;
	sourceNote: string;
}

/** One participant's private rating of one maturity dimension, 1 (present) to 5 (living). */
export interface MaturityRating {
	memberId: string;
	dimension: MaturityDimension;
	score: number;
}

export interface Stakeholder {
	id: string;
	order: number;
	name: string;
	group: StakeholderGroup;
	interests: string;
	concerns: string;
	hopes: string;
	/** Where they already spend time online. */
	online: string;
	sentiment: Sentiment;
	/** The kind of relationship they want with us. */
	relationship: string;
	/** 0–100. */
	influence: number;
	/** 0–100. */
	interest: number;
	/** 0–100: how many people they reach; sizes the dot on the map. */
	reach: number;
	/** How we will engage with them: our plan for this relationship. */
	engagement: string;
	notes: string;
	/** Salience: they can make us do what we would not otherwise do. */
	power: boolean;
	/** Salience: their claim on us is proper and expected. */
	legitimacy: boolean;
	/** Salience: their claim is time-sensitive or critical to them. */
	urgency: boolean;
	/** The board note this record was promoted from, or ''. */
	sourceNote: string;
}

export interface ListeningNote {
	id: string;
	order: number;
	kind: ListeningKind;
	/** Where it was heard: a platform, a forum, a press article. */
	source: string;
	text: string;
	sourceNote: string;
}

export interface SwotItem {
	id: string;
	order: number;
	kind: SwotKind;
	text: string;
	sourceNote: string;
}

export interface Platform {
	id: string;
	order: number;
	name: string;
	kind: PlatformKind;
	/** The community's own way of doing things. */
	norms: string;
	/** 1 (light) – 5 (heavy). */
	effort: number;
	/** 1 (poor) – 5 (excellent): fit with purpose and community norms. */
	fit: number;
	/** Null while undecided. */
	decision: Decision | null;
	reason: string;
	owner: string;
	/** The recognisable people who speak for us there (names), not a logo. */
	faces: string;
	sourceNote: string;
}

export interface Presence {
	stakeholderId: string;
	platformId: string;
	strength: PresenceStrength;
}

export interface Goal {
	id: string;
	order: number;
	statement: string;
	kind: GoalKind;
	metric: string;
	baseline: string;
	target: string;
	/** An ISO date (YYYY-MM-DD), or '' when not set. */
	deadline: string;
	owner: string;
	stakeholderIds: string[];
	platformIds: string[];
	sourceNote: string;
}

export interface Commitment {
	budget: string;
	skills: string;
	training: string;
	approvalFlow: string;
	privacyRules: string;
	responsePolicy: string;
	/** Target time to respond, in hours; null when not defined. */
	responseTimeHours: number | null;
}

export interface StickyNote {
	id: string;
	order: number;
	step: StepId;
	text: string;
	color: NoteColor;
	/**
	 * Top-left corner on the step's canvas, in canvas units, as one value so two people's drops
	 * never mix into one x from one and y from the other; null until someone places the note
	 * (then the default layout places it, see canvas/default-layout).
	 */
	position: Point | null;
	/** Stacking key (canvas/stacking): higher keys are drawn on top; '' below every keyed item. */
	z: string;
	/** Name of the cluster the note is grouped in; '' when ungrouped. */
	cluster: string;
	/** The record this note became (`kind:id`), or '' while it is only a note. */
	promotedTo: string;
}

/** A point on a step's canvas: `[x, y]`. */
export type Point = readonly [x: number, y: number];
/** A rectangle on a step's canvas: `[x, y, width, height]`. */
export type Box = readonly [x: number, y: number, width: number, height: number];

/** A named group on a step's canvas: an area whose notes are in the cluster of the same name. */
export interface BoardFrame {
	id: string;
	order: number;
	step: StepId;
	/** The cluster this frame draws; unique per step (the first frame with a name wins). */
	name: string;
	rect: Box;
	/** Stacking key, as for notes. */
	z: string;
}

export interface Plan {
	meta: PlanMeta;
	purpose: Purpose;
	values: ValueItem[];
	team: TeamMember[];
	ratings: MaturityRating[];
	/** The group's discussion note per maturity dimension. */
	maturityNotes: Record<MaturityDimension, string>;
	stakeholders: Stakeholder[];
	listening: ListeningNote[];
	swot: SwotItem[];
	platforms: Platform[];
	presence: Presence[];
	goals: Goal[];
	commitment: Commitment;
	notes: StickyNote[];
	frames: BoardFrame[];
	/** Keys of records and fields kept out of the public edition, sorted (see domain/internal). */
	internal: string[];
}

/** Collections of records, each keyed by id in the shared document. */
export interface RecordKinds {
	values: ValueItem;
	team: TeamMember;
	stakeholders: Stakeholder;
	listening: ListeningNote;
	swot: SwotItem;
	platforms: Platform;
	goals: Goal;
	notes: StickyNote;
	frames: BoardFrame;
}
export type RecordKind = keyof RecordKinds;
