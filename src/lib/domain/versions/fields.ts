import type { RecordKind, RecordKinds } from '../plan';
import type { StepId } from '../steps';
import {
	DECISIONS,
	GOAL_KINDS,
	LISTENING_KINDS,
	NOTE_COLORS,
	PLATFORM_KINDS,
	SENTIMENTS,
	STAKEHOLDER_GROUPS,
	SWOT_KINDS
} from '../vocabulary';

/**
 * How the comparison reads each field of a record: its label, and how its values are shown.
 * `paragraph` fields (Y.Text in the shared document) get a word-level difference; `choice` fields
 * show their vocabulary's words; `links` show the linked records' names. Fields not listed here
 * are layout or bookkeeping and are not compared (see PlanChanges).
 */
export type FieldKind =
	| { type: 'paragraph' }
	| { type: 'line' }
	| { type: 'number'; unit?: string }
	| { type: 'yes-no' }
	| { type: 'choice'; labels: Readonly<Record<string, string>> }
	| { type: 'links'; target: 'stakeholders' | 'platforms' };

export interface ComparedField {
	label: string;
	kind: FieldKind;
}

const paragraph = (label: string): ComparedField => ({ label, kind: { type: 'paragraph' } });
const line = (label: string): ComparedField => ({ label, kind: { type: 'line' } });
const number = (label: string, unit?: string): ComparedField => ({
	label,
	kind: unit ? { type: 'number', unit } : { type: 'number' }
});
const yesNo = (label: string): ComparedField => ({ label, kind: { type: 'yes-no' } });
const choice = (label: string, labels: Readonly<Record<string, string>>): ComparedField => ({
	label,
	kind: { type: 'choice', labels }
});

/** The compared fields of each collection, in the order a change report lists them. */
export const COMPARED_FIELDS: {
	readonly [K in RecordKind]: Partial<Record<keyof RecordKinds[K], ComparedField>>;
} = {
	values: { text: paragraph('Value') },
	team: {
		name: line('Name'),
		role: line('Role'),
		usesSocialDaily: yesNo('Uses social media daily'),
		hoursPerWeek: number('Hours a week')
	},
	stakeholders: {
		name: line('Name'),
		group: choice('Group', STAKEHOLDER_GROUPS),
		influence: number('Influence'),
		interest: number('Interest'),
		placed: yesNo('Placed on the map'),
		reach: number('Reach'),
		sentiment: choice('Sentiment', SENTIMENTS),
		interests: paragraph('Interests'),
		concerns: paragraph('Concerns'),
		hopes: paragraph('Hopes'),
		online: paragraph('Where they are online'),
		relationship: paragraph('Relationship they want'),
		engagement: paragraph('How we engage'),
		notes: paragraph('Notes'),
		power: yesNo('Power'),
		legitimacy: yesNo('Legitimacy'),
		urgency: yesNo('Urgency')
	},
	listening: {
		kind: choice('Kind', LISTENING_KINDS),
		source: line('Source'),
		text: paragraph('What we heard')
	},
	swot: { kind: choice('Kind', SWOT_KINDS), text: paragraph('Text') },
	platforms: {
		name: line('Name'),
		kind: choice('Kind', PLATFORM_KINDS),
		decision: choice('Decision', DECISIONS),
		reason: paragraph('Reason'),
		effort: number('Effort'),
		fit: number('Fit'),
		norms: paragraph('Norms'),
		owner: line('Owner'),
		faces: line('Faces')
	},
	goals: {
		statement: paragraph('Goal'),
		kind: choice('Kind', GOAL_KINDS),
		metric: line('Metric'),
		baseline: line('Baseline'),
		target: line('Target'),
		deadline: line('Deadline'),
		owner: line('Owner'),
		stakeholderIds: { label: 'Stakeholders', kind: { type: 'links', target: 'stakeholders' } },
		platformIds: { label: 'Platforms', kind: { type: 'links', target: 'platforms' } }
	},
	notes: {
		step: line('Step'),
		text: paragraph('Text'),
		color: choice('Colour', NOTE_COLORS),
		cluster: line('Group')
	},
	frames: { step: line('Step'), name: line('Name') }
};

/** Which step of the workshop holds each collection (notes and frames: the step of their board). */
export const COLLECTION_STEP: Readonly<Record<RecordKind, StepId | 'board'>> = {
	values: 'purpose',
	// Team members are who gives the hours: their changes read as commitment.
	team: 'commitment',
	stakeholders: 'stakeholders',
	listening: 'listening',
	swot: 'listening',
	platforms: 'platforms',
	goals: 'goals',
	notes: 'board',
	frames: 'board'
};

/** The words for a number of records of a collection. */
export const COLLECTION_NOUNS: Readonly<Record<RecordKind, [singular: string, plural: string]>> = {
	values: ['value', 'values'],
	team: ['team member', 'team members'],
	stakeholders: ['stakeholder', 'stakeholders'],
	listening: ['listening note', 'listening notes'],
	swot: ['SWOT item', 'SWOT items'],
	platforms: ['platform', 'platforms'],
	goals: ['goal', 'goals'],
	notes: ['board note', 'board notes'],
	frames: ['board group', 'board groups']
};

/** The collections in the order a step lists them. */
export const COLLECTION_ORDER: readonly RecordKind[] = [
	'values',
	'stakeholders',
	'listening',
	'swot',
	'platforms',
	'goals',
	'team',
	'frames',
	'notes'
];

/** Fields of the plan itself: purpose texts, commitment and the maturity discussion notes. */
export const PLAN_FIELDS = {
	purpose: { statement: 'Purpose', knownFor: 'What we want to be known for' },
	commitment: {
		budget: 'Budget',
		skills: 'Skills',
		training: 'Training',
		approvalFlow: 'Approval flow',
		privacyRules: 'Privacy rules',
		responsePolicy: 'Response policy',
		responseTimeHours: 'Response time (hours)'
	}
} as const;

/** The internal-key root of each plan section's texts (see domain/internal). */
export const SECTION_ROOT = {
	purpose: 'purpose',
	commitment: 'commitment',
	maturityNotes: 'maturity'
} as const;
