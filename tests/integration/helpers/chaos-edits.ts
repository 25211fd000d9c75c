import type { PlanDoc } from '../../../src/lib/doc/plan-doc';
import type { CommitmentText, PurposeText } from '../../../src/lib/doc/schema';
import type { Random } from '../../factories/random';

/**
 * Edits that meet: every editor adds records, types into the same plan texts, types into and
 * sets fields of records the others created, and links its own stakeholders to their goals. Each
 * edit carries a unique token and leaves a trace that can be looked up in any copy of the plan.
 * Nothing is ever deleted or overwritten by a later edit, so a missing trace is a lost edit.
 */

const ADDED = {
	stakeholders: 'name',
	platforms: 'name',
	team: 'name',
	goals: 'statement',
	notes: 'text'
} as const;
type AddedKind = keyof typeof ADDED;
const ADDED_KINDS = Object.keys(ADDED) as AddedKind[];

/** Text fields of others' records that everyone types into at once. */
const TYPED_INTO = { stakeholders: 'notes', goals: 'statement', notes: 'text' } as const;
type TypedKind = keyof typeof TYPED_INTO;
const TYPED_KINDS = Object.keys(TYPED_INTO) as TypedKind[];

/** One-value fields of others' records; each record's field is set by exactly one editor. */
const SET = { team: 'role', platforms: 'owner', goals: 'metric' } as const;
type SetKind = keyof typeof SET;
const SET_KINDS = Object.keys(SET) as SetKind[];

type SharedText =
	{ section: 'purpose'; field: PurposeText } | { section: 'commitment'; field: CommitmentText };
const SHARED_TEXTS: SharedText[] = [
	{ section: 'purpose', field: 'statement' },
	{ section: 'purpose', field: 'knownFor' },
	{ section: 'commitment', field: 'responsePolicy' }
];

export type Trace = { token: string } & (
	| { kind: 'added'; collection: AddedKind; id: string }
	| { kind: 'typed'; text: SharedText }
	| { kind: 'typed-into'; collection: TypedKind; id: string }
	| { kind: 'set'; collection: SetKind; id: string }
	| { kind: 'linked'; goal: string; stakeholder: string }
);

/** Record ids start with `r` and the creating editor's index, so anyone can tell whose a record is. */
function creatorOf(id: string): number {
	return Number(id[1]);
}

function fieldOf(plan: PlanDoc, collection: string, id: string, field: string): unknown {
	const record = plan.get(collection as AddedKind, id) as Record<string, unknown> | undefined;
	return record?.[field];
}

function contains(value: unknown, token: string): boolean {
	return typeof value === 'string' && value.includes(token);
}

export function hasTrace(plan: PlanDoc, trace: Trace): boolean {
	switch (trace.kind) {
		case 'added':
			return contains(
				fieldOf(plan, trace.collection, trace.id, ADDED[trace.collection]),
				trace.token
			);
		case 'typed':
			return contains(plan[trace.text.section][trace.text.field as never], trace.token);
		case 'typed-into':
			return contains(
				fieldOf(plan, trace.collection, trace.id, TYPED_INTO[trace.collection]),
				trace.token
			);
		case 'set':
			return fieldOf(plan, trace.collection, trace.id, SET[trace.collection]) === trace.token;
		case 'linked':
			return plan.get('goals', trace.goal)?.stakeholderIds.includes(trace.stakeholder) ?? false;
	}
}

/** The tokens of `traces` this copy of the plan does not hold. */
export function missingTraces(plan: PlanDoc, traces: readonly Trace[]): string[] {
	return traces.filter((trace) => !hasTrace(plan, trace)).map((trace) => trace.token);
}

export class ChaosEditor {
	readonly traces: Trace[] = [];
	private readonly setDone = new Set<string>();
	private readonly linked = new Set<string>();

	constructor(
		readonly index: number,
		readonly editors: number,
		readonly plan: PlanDoc,
		private readonly random: Random
	) {}

	/** Makes edit number `n`; the kinds of edit that need a target fall back to typing. */
	edit(n: number): Trace {
		const token = `[${'abcdefghij'[this.index]}${n}]`;
		const roll = this.random.next();
		const trace =
			(roll < 0.3 && this.add(token)) ||
			(roll < 0.5 && this.typeInto(token)) ||
			(roll < 0.62 && this.set(token)) ||
			(roll < 0.72 && this.link(token)) ||
			this.type(token);
		this.traces.push(trace);
		return trace;
	}

	private add(token: string): Trace {
		const collection = this.random.pick(ADDED_KINDS);
		const id = `r${this.index}${this.random.id().slice(2)}`;
		const field = ADDED[collection];
		this.plan.add(collection, { [field]: token } as never, id);
		return { token, kind: 'added', collection, id };
	}

	/** Appends, so concurrent typing meets at the end of the text and never splits a token. */
	private type(token: string): Trace {
		const text = this.random.pick(SHARED_TEXTS);
		if (text.section === 'purpose')
			this.plan.setPurposeText(text.field, this.plan.purpose[text.field] + token);
		else this.plan.setCommitmentText(text.field, this.plan.commitment[text.field] + token);
		return { token, kind: 'typed', text };
	}

	private othersRecords(collection: AddedKind): string[] {
		return this.plan
			.list(collection)
			.map((record) => record.id)
			.filter((id) => id.startsWith('r') && creatorOf(id) !== this.index);
	}

	private typeInto(token: string): Trace | null {
		const collection = this.random.pick(TYPED_KINDS);
		const ids = this.othersRecords(collection);
		if (!ids.length) return null;
		const id = this.random.pick(ids);
		const field = TYPED_INTO[collection];
		const current = fieldOf(this.plan, collection, id, field);
		this.plan.setText(collection, id, field as never, `${String(current)}${token}`);
		return { token, kind: 'typed-into', collection, id };
	}

	/** Only the editor after a record's creator sets its field, once: nothing overwrites it. */
	private set(token: string): Trace | null {
		const collection = this.random.pick(SET_KINDS);
		const ids = this.othersRecords(collection).filter(
			(id) => (creatorOf(id) + 1) % this.editors === this.index && !this.setDone.has(id)
		);
		if (!ids.length) return null;
		const id = this.random.pick(ids);
		this.setDone.add(id);
		this.plan.update(collection, id, { [SET[collection]]: token } as never);
		return { token, kind: 'set', collection, id };
	}

	/** One of this editor's own stakeholders onto someone else's goal: no one else links that pair. */
	private link(token: string): Trace | null {
		const goals = this.othersRecords('goals');
		const own = this.plan
			.list('stakeholders')
			.map((record) => record.id)
			.filter((id) => id.startsWith('r') && creatorOf(id) === this.index);
		if (!goals.length || !own.length) return null;
		const goal = this.random.pick(goals);
		const stakeholder = this.random.pick(own);
		const pair = `${goal}:${stakeholder}`;
		if (this.linked.has(pair)) return null;
		this.linked.add(pair);
		this.plan.setLink('goals', goal, 'stakeholderIds', stakeholder, true);
		return { token, kind: 'linked', goal, stakeholder };
	}
}
