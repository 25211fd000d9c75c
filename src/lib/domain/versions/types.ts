import type { DimensionResult } from '../maturity';
import type { RecordKind, RecordKinds } from '../plan';
import type { Quadrant } from '../quadrant';
import type { StepId } from '../steps';
import type { MaturityDimension } from '../vocabulary';
import type { WordPart } from './word-diff';

/**
 * What changed between two plans, as plain data grouped by the workshop's steps: the change report,
 * the versions list's one-line summary and the exports all read this. Records are matched by id,
 * so a renamed stakeholder is one changed record, not one removed and one added.
 *
 * Layout is not content: a record's `order`, a note's or frame's place on its board (`position`,
 * `z`, `rect`) and the links between notes and records (`sourceNote`, `promotedTo`) are not
 * compared. Neither is the workshop's title, organisation or facilitator (the workshop's name, not
 * its strategy). Restoring a version still brings all of those back.
 */
export interface PlanChanges {
	/** Only the steps where something changed, in the method's order. */
	steps: StepChanges[];
}

/** A plain value as the plan stores it. */
export type FieldValue = string | number | boolean | null | readonly string[];

/** One field that changed, of a record or of the plan itself (a purpose text, a policy). */
export interface FieldChange {
	field: string;
	/** The field's name as the app shows it ("Influence", "Target"). */
	label: string;
	before: FieldValue;
	after: FieldValue;
	/** The values as a reader reads them: vocabulary labels, linked records' names, "not set". */
	beforeText: string;
	afterText: string;
	/** Paragraph fields only: the word-level difference, else null. */
	words: readonly WordPart[] | null;
	/** Kept out of the public edition (the field, or its record, is marked internal). */
	internal: boolean;
}

/** Where a stakeholder sits on the influence × interest map. */
export interface Placement {
	influence: number;
	interest: number;
	placed: boolean;
	/** Null while not placed. */
	quadrant: Quadrant | null;
}

export type RecordChangeType = 'added' | 'removed' | 'changed';

export interface RecordChange<K extends RecordKind = RecordKind> {
	type: RecordChangeType;
	collection: K;
	id: string;
	/** The record's name, statement or text in one short line (from after, or before when removed). */
	title: string;
	/** The record as it was (null when added) and as it is (null when removed). */
	before: Readonly<RecordKinds[K]> | null;
	after: Readonly<RecordKinds[K]> | null;
	/** Changed records: each changed field, in the schema's order. Empty for added or removed. */
	fields: FieldChange[];
	/** Stakeholders whose influence, interest or placement changed; null otherwise. */
	move: { before: Placement; after: Placement; quadrantChanged: boolean } | null;
	/** Platforms whose decision changed, with both reasons side by side; null otherwise. */
	decision: {
		before: string | null;
		after: string | null;
		beforeText: string;
		afterText: string;
		reasonBefore: string;
		reasonAfter: string;
	} | null;
	/** The record is marked internal (in the later plan, or in the earlier one when removed). */
	internal: boolean;
}

/** A field of the plan itself (not of a record): purpose texts, commitment, maturity notes. */
export interface PlanFieldChange extends FieldChange {
	section: 'purpose' | 'commitment' | 'maturityNotes';
}

/** How strongly a stakeholder is present on a platform, 0 for not at all. */
export interface PresenceChange {
	stakeholderId: string;
	platformId: string;
	stakeholder: string;
	platform: string;
	before: 0 | 1 | 2 | 3;
	after: 0 | 1 | 2 | 3;
	internal: boolean;
}

/** One maturity dimension whose results changed (the ratings themselves are never listed). */
export interface MaturityChange {
	dimension: MaturityDimension;
	label: string;
	before: DimensionResult;
	after: DimensionResult;
}

export interface StepChanges {
	step: StepId;
	/** The step's title ("Audience and stakeholders"). */
	title: string;
	/** Records of the collections this step holds, by collection then type then order. */
	records: RecordChange[];
	/** Fields of the plan itself that belong to this step. */
	fields: PlanFieldChange[];
	/** Platforms step: presence links that changed. */
	presence: PresenceChange[];
	/** Maturity step: dimensions whose results changed. */
	maturity: MaturityChange[];
	/** Commitment step: the team's total hours a week, when it changed. */
	hours: { before: number; after: number } | null;
}
