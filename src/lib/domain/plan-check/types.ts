import type { Locale } from '../locale';
import type { Plan, RecordKind } from '../plan';
import type { StepId } from '../steps';

type Checked = Pick<
	Plan,
	| 'team'
	| 'ratings'
	| 'maturityNotes'
	| 'stakeholders'
	| 'platforms'
	| 'presence'
	| 'goals'
	| 'commitment'
	| 'listening'
>;

/** What the plan check reads: the plan without its meta and notes, read-only. */
export type CheckedPlan = {
	readonly [K in keyof Checked]: Checked[K] extends (infer T)[]
		? readonly Readonly<T>[]
		: Readonly<Checked[K]>;
};

/**
 * - error: the plan cannot work as written (nobody has time for it).
 * - warning: a weak spot a sponsor would question.
 * - info: worth a look, may be a deliberate choice.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
	rule: string;
	severity: Severity;
	/** One sentence, in plain words, naming the record when there is one. */
	message: string;
	/** Why it matters: the reasoning a facilitator can read out. */
	why: string;
	/** The step where it is fixed, and the record to open there. */
	step: StepId;
	record?: { kind: RecordKind; id: string };
}

export interface Rule {
	id: string;
	severity: Severity;
	/** The rule's short name, in the given language. */
	title(locale: Locale): string;
	/** The rule's findings, worded in the given language. */
	check(plan: CheckedPlan, locale: Locale): Finding[];
}
