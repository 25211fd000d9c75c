import { m } from '../../paraglide/messages.js';
import type { Locale } from '../locale';
import type { RecordKind, RecordKinds } from '../plan';
import { isStepId, stepTitle, type StepId } from '../steps';
import { labelIn, VOCABULARY_MESSAGES, type Vocabulary } from '../vocabulary';

/**
 * How the comparison reads each field of a record: its label, and how its values are shown.
 * `paragraph` fields (Y.Text in the shared document) get a word-level difference; `choice` fields
 * show their vocabulary's words; `links` show the linked records' names. Fields not listed here
 * are layout or bookkeeping and are not compared (see PlanChanges). Labels are messages, read in
 * the language the comparison is asked for (the compare worker cannot see the page's choice).
 */
export type FieldKind =
	| { type: 'paragraph' }
	| { type: 'line' }
	| { type: 'number' }
	| { type: 'yes-no' }
	| { type: 'choice'; label: (value: string, locale: Locale) => string }
	| { type: 'links'; target: 'stakeholders' | 'platforms' };

type Label = (inputs: Record<string, never>, options: { locale: Locale }) => string;

export interface ComparedField {
	label: Label;
	kind: FieldKind;
}

/** A field's label in the given language. */
export function fieldLabel(field: ComparedField, locale: Locale): string {
	return field.label({}, { locale });
}

const paragraph = (label: Label): ComparedField => ({ label, kind: { type: 'paragraph' } });
const line = (label: Label): ComparedField => ({ label, kind: { type: 'line' } });
const number = (label: Label): ComparedField => ({ label, kind: { type: 'number' } });
const yesNo = (label: Label): ComparedField => ({ label, kind: { type: 'yes-no' } });
const choice = (label: Label, vocabulary: Vocabulary): ComparedField => ({
	label,
	kind: {
		type: 'choice',
		label: (value, locale) => {
			const known = (VOCABULARY_MESSAGES[vocabulary] as Record<string, unknown>)[value];
			return known ? labelIn(vocabulary, value as never, locale) : value;
		}
	}
});
const stepChoice = (label: Label): ComparedField => ({
	label,
	kind: {
		type: 'choice',
		label: (value, locale) => (isStepId(value) ? stepTitle(value, locale) : value)
	}
});

/** The compared fields of each collection, in the order a change report lists them. */
export const COMPARED_FIELDS: {
	readonly [K in RecordKind]: Partial<Record<keyof RecordKinds[K], ComparedField>>;
} = {
	values: { text: paragraph(m.plan_field_value) },
	team: {
		name: line(m.plan_field_name),
		role: line(m.plan_field_role),
		usesSocialDaily: yesNo(m.plan_field_uses_social_daily),
		hoursPerWeek: number(m.plan_field_hours_a_week)
	},
	stakeholders: {
		name: line(m.plan_field_name),
		group: choice(m.plan_field_group, 'groups'),
		influence: number(m.plan_field_influence),
		interest: number(m.plan_field_interest),
		placed: yesNo(m.plan_field_placed),
		reach: number(m.plan_field_reach),
		sentiment: choice(m.plan_field_sentiment, 'sentiments'),
		interests: paragraph(m.plan_field_interests),
		concerns: paragraph(m.plan_field_concerns),
		hopes: paragraph(m.plan_field_hopes),
		online: paragraph(m.plan_field_online),
		relationship: paragraph(m.plan_field_relationship),
		engagement: paragraph(m.plan_field_engagement),
		notes: paragraph(m.plan_field_notes),
		power: yesNo(m.plan_field_power),
		legitimacy: yesNo(m.plan_field_legitimacy),
		urgency: yesNo(m.plan_field_urgency)
	},
	listening: {
		kind: choice(m.plan_field_kind, 'listeningKinds'),
		source: line(m.plan_field_source),
		text: paragraph(m.plan_field_what_we_heard)
	},
	swot: { kind: choice(m.plan_field_kind, 'swotKinds'), text: paragraph(m.plan_field_text) },
	platforms: {
		name: line(m.plan_field_name),
		kind: choice(m.plan_field_kind, 'platformKinds'),
		decision: choice(m.plan_field_decision, 'decisions'),
		reason: paragraph(m.plan_field_reason),
		effort: number(m.plan_field_effort),
		fit: number(m.plan_field_fit),
		norms: paragraph(m.plan_field_norms),
		owner: line(m.plan_field_owner),
		faces: line(m.plan_field_faces)
	},
	goals: {
		statement: paragraph(m.plan_field_goal),
		kind: choice(m.plan_field_kind, 'goalKinds'),
		metric: line(m.plan_field_metric),
		baseline: line(m.plan_field_baseline),
		target: line(m.plan_field_target),
		deadline: line(m.plan_field_deadline),
		owner: line(m.plan_field_owner),
		stakeholderIds: {
			label: m.plan_field_stakeholders,
			kind: { type: 'links', target: 'stakeholders' }
		},
		platformIds: { label: m.plan_field_platforms, kind: { type: 'links', target: 'platforms' } }
	},
	notes: {
		step: stepChoice(m.plan_field_step),
		text: paragraph(m.plan_field_text),
		color: choice(m.plan_field_colour, 'noteColors'),
		cluster: line(m.plan_field_group)
	},
	frames: { step: stepChoice(m.plan_field_step), name: line(m.plan_field_name) }
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

/** One record of a collection, in words ("stakeholder"), for sentences about a record. */
const COLLECTION_NOUN_MESSAGES: Readonly<Record<RecordKind, Label>> = {
	values: m.version_noun_values,
	team: m.version_noun_team,
	stakeholders: m.version_noun_stakeholders,
	listening: m.version_noun_listening,
	swot: m.version_noun_swot,
	platforms: m.version_noun_platforms,
	goals: m.version_noun_goals,
	notes: m.version_noun_notes,
	frames: m.version_noun_frames
};

export function collectionNoun(kind: RecordKind, locale: Locale): string {
	return COLLECTION_NOUN_MESSAGES[kind]({}, { locale });
}

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

/** Fields of the plan itself: purpose texts and commitment. */
export const PLAN_FIELDS = {
	purpose: { statement: m.plan_field_purpose, knownFor: m.plan_field_known_for },
	commitment: {
		budget: m.plan_field_budget,
		skills: m.plan_field_skills,
		training: m.plan_field_training,
		approvalFlow: m.plan_field_approval_flow,
		privacyRules: m.plan_field_privacy_rules,
		responsePolicy: m.plan_field_response_policy,
		responseTimeHours: m.plan_field_response_time_hours
	}
} as const satisfies Record<string, Record<string, Label>>;

/** The internal-key root of each plan section's texts (see domain/internal). */
export const SECTION_ROOT = {
	purpose: 'purpose',
	commitment: 'commitment',
	maturityNotes: 'maturity'
} as const;
