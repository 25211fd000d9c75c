import type { Box, RecordKind, RecordKinds } from '../domain/plan';
import { STEP_IDS } from '../domain/steps';
import { NUMBER_LIMITS, type TextSize } from '../domain/limits';
import {
	DECISIONS,
	GOAL_KINDS,
	keysOf,
	LISTENING_KINDS,
	MATURITY_DIMENSIONS,
	NOTE_COLORS,
	PLATFORM_KINDS,
	STAKEHOLDER_GROUPS,
	SWOT_KINDS
} from '../domain/vocabulary';

/**
 * How each field of a plan record lives in the shared document.
 *
 * - `text`: a Y.Text, for anything people write sentences into, so concurrent typing merges.
 * - `string`: a plain value (last writer wins), for names and one-line values where merging two
 *   people's keystrokes would produce nonsense ("Local pressRegional paper").
 * - `number`, `boolean`, `enum`: plain values, coerced on read so foreign data cannot break a view.
 * - `links`: a Y.Map used as a set of record ids, so concurrent linking never duplicates.
 *
 * Bump SCHEMA_VERSION (and add a migration) whenever a change here would confuse an older reader.
 */
export const SCHEMA_VERSION = 2;

// Fields added after version 1 went out must be optional to older readers (they ignore unknown
// keys) and are read as their initial value from records written before them.

export type FieldSpec =
	| { type: 'text'; size: TextSize }
	| { type: 'string'; size: TextSize; initial: string }
	| { type: 'number'; min: number; max: number; initial: number | null; integer?: boolean }
	| { type: 'boolean'; initial: boolean }
	| { type: 'enum'; values: readonly (string | number)[]; initial: string | number | null }
	| { type: 'links'; target: RecordKind }
	/** `[x, y]`, one plain value (last writer wins as a unit); coordinates clamped on read. */
	| { type: 'point'; initial: null }
	/** `[x, y, width, height]`, one plain value; clamped on read, never negative sizes. */
	| { type: 'box'; initial: Box };

const order = {
	type: 'number',
	min: -Number.MAX_VALUE,
	max: Number.MAX_VALUE,
	initial: 0
} as const;
const sourceNote = { type: 'string', size: 'short', initial: '' } as const;
const stackKey = { type: 'string', size: 'short', initial: '' } as const;
const scale5 = { type: 'number', ...NUMBER_LIMITS.scale5, initial: 3, integer: true } as const;

export const RECORD_SCHEMA = {
	values: {
		order,
		text: { type: 'text', size: 'short' },
		sourceNote
	},
	team: {
		order,
		name: { type: 'string', size: 'name', initial: '' },
		role: { type: 'string', size: 'name', initial: '' },
		usesSocialDaily: { type: 'boolean', initial: false },
		hoursPerWeek: { type: 'number', ...NUMBER_LIMITS.hoursPerWeek, initial: null },
		sourceNote
	},
	stakeholders: {
		order,
		name: { type: 'string', size: 'name', initial: '' },
		group: { type: 'enum', values: keysOf(STAKEHOLDER_GROUPS), initial: 'other' },
		interests: { type: 'text', size: 'long' },
		concerns: { type: 'text', size: 'long' },
		hopes: { type: 'text', size: 'long' },
		online: { type: 'text', size: 'long' },
		sentiment: { type: 'enum', values: [-2, -1, 0, 1, 2], initial: 0 },
		relationship: { type: 'text', size: 'long' },
		influence: { type: 'number', ...NUMBER_LIMITS.scale100, initial: 50 },
		interest: { type: 'number', ...NUMBER_LIMITS.scale100, initial: 50 },
		reach: { type: 'number', ...NUMBER_LIMITS.scale100, initial: 30 },
		engagement: { type: 'text', size: 'long' },
		notes: { type: 'text', size: 'long' },
		power: { type: 'boolean', initial: false },
		legitimacy: { type: 'boolean', initial: false },
		urgency: { type: 'boolean', initial: false },
		sourceNote
	},
	listening: {
		order,
		kind: { type: 'enum', values: keysOf(LISTENING_KINDS), initial: 'said-about-us' },
		source: { type: 'string', size: 'short', initial: '' },
		text: { type: 'text', size: 'long' },
		sourceNote
	},
	swot: {
		order,
		kind: { type: 'enum', values: keysOf(SWOT_KINDS), initial: 'strength' },
		text: { type: 'text', size: 'long' },
		sourceNote
	},
	platforms: {
		order,
		name: { type: 'string', size: 'name', initial: '' },
		kind: { type: 'enum', values: keysOf(PLATFORM_KINDS), initial: 'other' },
		norms: { type: 'text', size: 'long' },
		effort: scale5,
		fit: scale5,
		decision: { type: 'enum', values: keysOf(DECISIONS), initial: null },
		reason: { type: 'text', size: 'long' },
		owner: { type: 'string', size: 'name', initial: '' },
		faces: { type: 'string', size: 'short', initial: '' },
		sourceNote
	},
	goals: {
		order,
		statement: { type: 'text', size: 'long' },
		kind: { type: 'enum', values: keysOf(GOAL_KINDS), initial: 'reach' },
		metric: { type: 'string', size: 'short', initial: '' },
		baseline: { type: 'string', size: 'short', initial: '' },
		target: { type: 'string', size: 'short', initial: '' },
		deadline: { type: 'string', size: 'short', initial: '' },
		owner: { type: 'string', size: 'name', initial: '' },
		stakeholderIds: { type: 'links', target: 'stakeholders' },
		platformIds: { type: 'links', target: 'platforms' },
		sourceNote
	},
	notes: {
		order,
		step: { type: 'enum', values: STEP_IDS, initial: 'purpose' },
		text: { type: 'text', size: 'long' },
		color: { type: 'enum', values: keysOf(NOTE_COLORS), initial: 'yellow' },
		position: { type: 'point', initial: null },
		z: stackKey,
		cluster: { type: 'string', size: 'name', initial: '' },
		promotedTo: { type: 'string', size: 'short', initial: '' }
	},
	frames: {
		order,
		step: { type: 'enum', values: STEP_IDS, initial: 'purpose' },
		name: { type: 'string', size: 'name', initial: '' },
		rect: { type: 'box', initial: [0, 0, 0, 0] },
		z: stackKey
	}
} as const satisfies {
	[K in RecordKind]: { [F in Exclude<keyof RecordKinds[K], 'id'>]: FieldSpec };
};

export const RECORD_KINDS = Object.keys(RECORD_SCHEMA) as RecordKind[];

type Schema<K extends RecordKind> = (typeof RECORD_SCHEMA)[K];
type FieldsOfType<K extends RecordKind, T extends FieldSpec['type']> = {
	[F in keyof Schema<K>]: Schema<K>[F] extends { type: T } ? F : never;
}[keyof Schema<K>] &
	string;

/** Fields of a record kind stored as Y.Text. */
export type TextField<K extends RecordKind> = FieldsOfType<K, 'text'>;
/** Fields of a record kind stored as a set of linked record ids. */
export type LinkField<K extends RecordKind> = FieldsOfType<K, 'links'>;
/** Fields of a record kind stored as plain values (last writer wins). */
export type ValueField<K extends RecordKind> = Exclude<
	keyof Schema<K> & string,
	TextField<K> | LinkField<K>
>;
export type ValuePatch<K extends RecordKind> = Partial<
	Pick<RecordKinds[K], ValueField<K> & keyof RecordKinds[K]>
>;
/** Everything a new record may start with, texts and links included. */
export type RecordInit<K extends RecordKind> = Partial<Omit<RecordKinds[K], 'id'>>;

export function fieldSpec(kind: RecordKind, field: string): FieldSpec | undefined {
	return (RECORD_SCHEMA[kind] as Record<string, FieldSpec>)[field];
}

/** Singleton texts live as root-level Y.Texts: root types cannot be created twice concurrently. */
export const PURPOSE_TEXTS = ['statement', 'knownFor'] as const;
export const COMMITMENT_TEXTS = [
	'budget',
	'skills',
	'training',
	'approvalFlow',
	'privacyRules',
	'responsePolicy'
] as const;
export const MATURITY_NOTE_TEXTS = keysOf(MATURITY_DIMENSIONS);

export type PurposeText = (typeof PURPOSE_TEXTS)[number];
export type CommitmentText = (typeof COMMITMENT_TEXTS)[number];

/** Root names in the Y.Doc. Never rename one: stored plans and peers depend on them. */
export const ROOT = {
	meta: 'meta',
	ratings: 'ratings',
	presence: 'presence',
	commitment: 'commitment',
	internal: 'internal',
	record: (kind: RecordKind) => `records.${kind}`,
	purposeText: (field: PurposeText) => `purpose.${field}`,
	commitmentText: (field: CommitmentText) => `commitment.${field}`,
	maturityNote: (dimension: string) => `maturity.${dimension}`
} as const;
