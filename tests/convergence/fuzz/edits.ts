import type { PlanDoc } from '../../../src/lib/doc/plan-doc';
import {
	COMMITMENT_TEXTS,
	PURPOSE_TEXTS,
	RECORD_KINDS,
	RECORD_SCHEMA,
	type FieldSpec
} from '../../../src/lib/doc/schema';
import type { RecordKind } from '../../../src/lib/domain/plan';
import type { PromotionTarget } from '../../../src/lib/domain/promotion';
import { STEP_IDS } from '../../../src/lib/domain/steps';
import {
	keysOf,
	LISTENING_KINDS,
	MATURITY_DIMENSIONS,
	SWOT_KINDS
} from '../../../src/lib/domain/vocabulary';
import type { Random } from '../../factories/random';

/**
 * Random edits through PlanDoc's own methods, every write method included. Targets are chosen
 * from the editing peer's own view, from ids the whole network has ever seen (a record another
 * peer deleted, or one that has not arrived here yet), and above all from a few "hot" records and
 * texts that every peer edits at once.
 */

/** Ids known anywhere in the network, per kind, and the records everyone is editing at once. */
export class Shared {
	readonly known = new Map<RecordKind, string[]>(RECORD_KINDS.map((kind) => [kind, []]));
	readonly hot = new Map<RecordKind, string>();
	hotRootText = 'purpose.statement';

	remember(kind: RecordKind, id: string): void {
		this.known.get(kind)!.push(id);
	}
}

const SNIPPETS = [
	'a',
	'é',
	'e\u0301',
	'🙂',
	'👩‍👩‍👧',
	' ',
	'\n',
	'word ',
	'مرحبا',
	'\u200b',
	'<b>',
	'Ωμέγα'
];
const NAMES = ['Members', 'Local press', 'Городской совет', 'Café <i>', '', 'Partners 🙂', 'x'];
const CLUSTERS = ['Ideas', 'Risks', 'Quick wins', 'Later', ''];
const MAX_TEXT = 240;

/** A person typing: insert, delete or replace a run of code points somewhere in `current`. */
export function typed(random: Random, current: string): string {
	const chars = [...current];
	if (chars.length > MAX_TEXT) return chars.slice(0, random.int(0, 40)).join('');
	const at = random.int(0, chars.length);
	const removed = random.chance(0.35) ? random.int(1, 6) : 0;
	const inserted = random.chance(0.8)
		? Array.from({ length: random.int(1, 3) }, () => random.pick(SNIPPETS)).join('')
		: '';
	if (random.chance(0.03)) return inserted; // select all, type over
	chars.splice(at, removed, inserted);
	return chars.join('');
}

function valueFor(random: Random, field: string, spec: FieldSpec): unknown {
	switch (spec.type) {
		case 'string':
			return field === 'cluster' ? random.pick(CLUSTERS) : random.pick(NAMES);
		case 'boolean':
			return random.chance(0.5);
		case 'enum':
			return spec.initial === null && random.chance(0.15) ? null : random.pick(spec.values);
		case 'number': {
			if (spec.initial === null && random.chance(0.15)) return null;
			// Few distinct orders, so concurrent adds and moves tie and the id must break the tie.
			if (field === 'order') return random.int(0, 12) + (random.chance(0.2) ? 0.5 : 0);
			const low = Math.max(spec.min, -1_000);
			const high = Math.min(spec.max, 1_000);
			return random.chance(0.1) ? high + 50 : random.int(low, high);
		}
		default:
			return undefined;
	}
}

function fieldsOf(kind: RecordKind, type: FieldSpec['type']): [string, FieldSpec][] {
	return (Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][]).filter(
		([, spec]) => spec.type === type
	);
}

const VALUE_TYPES: FieldSpec['type'][] = ['string', 'number', 'boolean', 'enum'];

function valuePatch(random: Random, kind: RecordKind): Record<string, unknown> {
	const fields = VALUE_TYPES.flatMap((type) => fieldsOf(kind, type));
	const patch: Record<string, unknown> = {};
	for (let n = random.int(1, 3); n > 0; n--) {
		const [field, spec] = random.pick(fields);
		patch[field] = valueFor(random, field, spec);
	}
	return patch;
}

/** Someone editing at once with others: `plan` of one peer, choices drawn from `random`. */
export class Editor {
	constructor(
		readonly random: Random,
		readonly shared: Shared
	) {}

	/** A record id: usually hot or visible here, sometimes one this peer does not have. */
	target(plan: PlanDoc, kind: RecordKind): string | undefined {
		const { random, shared } = this;
		const hot = shared.hot.get(kind);
		if (hot && random.chance(0.4)) return hot;
		const visible = plan.list(kind);
		if (visible.length && random.chance(0.85)) return random.pick(visible).id;
		const known = shared.known.get(kind)!;
		return known.length ? random.pick(known) : undefined;
	}

	add(plan: PlanDoc, kind: RecordKind): string {
		const { random } = this;
		const init = random.chance(0.5) ? valuePatch(random, kind) : {};
		if (random.chance(0.5)) delete init.order;
		for (const [field] of fieldsOf(kind, 'text'))
			if (random.chance(0.5)) init[field] = typed(random, '');
		for (const [field, spec] of fieldsOf(kind, 'links')) {
			if (spec.type !== 'links' || !random.chance(0.5)) continue;
			const target = this.target(plan, spec.target);
			if (target) init[field] = [target];
		}
		const id = plan.add(kind, init as never, random.id());
		this.shared.remember(kind, id);
		return id;
	}

	setText(plan: PlanDoc, kind: RecordKind, id: string): void {
		const fields = fieldsOf(kind, 'text');
		const [field] = this.random.pick(fields);
		const current = (plan.get(kind, id) as Record<string, unknown> | undefined)?.[field];
		const next = typed(this.random, typeof current === 'string' ? current : '');
		plan.setText(kind, id, field as never, next);
	}

	/** Types into one of the plan's own texts; returns the method that wrote it. */
	setRootText(plan: PlanDoc, name: string): string {
		const [section, field] = name.split('.') as [string, string];
		if (section === 'purpose') {
			const key = field as (typeof PURPOSE_TEXTS)[number];
			plan.setPurposeText(key, typed(this.random, plan.purpose[key]));
			return 'setPurposeText';
		}
		if (section === 'commitment') {
			const key = field as (typeof COMMITMENT_TEXTS)[number];
			plan.setCommitmentText(key, typed(this.random, plan.commitment[key]));
			return 'setCommitmentText';
		}
		const key = field as keyof typeof MATURITY_DIMENSIONS;
		plan.setMaturityNote(key, typed(this.random, plan.maturityNotes[key]));
		return 'setMaturityNote';
	}

	randomRootText(): string {
		const { random } = this;
		return random.pick([
			...PURPOSE_TEXTS.map((field) => `purpose.${field}`),
			...COMMITMENT_TEXTS.map((field) => `commitment.${field}`),
			...keysOf(MATURITY_DIMENSIONS).map((dimension) => `maturity.${dimension}`)
		]);
	}

	/** One text edit, most often to the hot record or hot plan text; the method, or null. */
	editHotText(plan: PlanDoc): string | null {
		const { random, shared } = this;
		if (random.chance(0.5))
			return this.setRootText(
				plan,
				random.chance(0.8) ? shared.hotRootText : this.randomRootText()
			);
		const kind = random.pick(['stakeholders', 'goals', 'notes', 'platforms'] as const);
		const id = this.target(plan, kind);
		if (!id) return null;
		this.setText(plan, kind, id);
		return 'setText';
	}

	/** One random edit through a write method. Returns its name, or null when it had no target. */
	edit(plan: PlanDoc, undo: boolean): string | null {
		const { random } = this;
		const kind = random.pick(RECORD_KINDS);
		const roll = random.int(0, undo ? 21 : 18);
		switch (roll) {
			case 0:
				plan.setMeta({
					[random.pick(['title', 'organisation', 'facilitator'] as const)]: random.pick(NAMES)
				});
				return 'setMeta';
			case 1:
				this.add(plan, kind);
				return 'add';
			case 2:
				// Notes' values are also written outside undo, as the canvas fixes computed places.
				return kind === 'notes' ? this.outsideUndo(plan) : this.batch(plan, kind);
			case 3: {
				const id = this.target(plan, kind);
				if (!id) return null;
				plan.update(kind, id, valuePatch(random, kind) as never);
				return 'update';
			}
			case 4:
			case 5:
			case 6:
				return this.editHotText(plan);
			case 7: {
				const goal = this.target(plan, 'goals');
				const field = random.pick(['stakeholderIds', 'platformIds'] as const);
				const to = this.target(plan, field === 'stakeholderIds' ? 'stakeholders' : 'platforms');
				if (!goal || !to) return null;
				plan.setLink('goals', goal, field, to, random.chance(0.7));
				return 'setLink';
			}
			case 8: {
				const id = this.target(plan, kind);
				if (!id || !random.chance(0.5)) return null;
				plan.remove(kind, id);
				return 'remove';
			}
			case 9: {
				const s = this.target(plan, 'stakeholders');
				const p = this.target(plan, 'platforms');
				if (!s || !p) return null;
				plan.setPresence(s, p, random.pick([0, 1, 2, 3] as const));
				return 'setPresence';
			}
			case 10: {
				const member = this.target(plan, 'team');
				if (!member) return null;
				const score = random.chance(0.15) ? null : random.int(1, 5);
				plan.rate(member, random.pick(keysOf(MATURITY_DIMENSIONS)), score);
				return 'rate';
			}
			case 11:
				return this.setRootText(plan, this.randomRootText());
			case 12:
				plan.setResponseTime(random.chance(0.2) ? null : random.int(0, 200) / 4);
				return 'setResponseTime';
			case 13:
				return this.promote(plan);
			case 14: {
				const note = this.target(plan, 'notes');
				const current = note ? plan.get('notes', note) : undefined;
				const step = current?.step ?? random.pick(STEP_IDS);
				plan.renameCluster(step, current?.cluster ?? random.pick(CLUSTERS), random.pick(CLUSTERS));
				return 'renameCluster';
			}
			case 15:
				plan.setInternal(this.internalKey(plan, kind), random.chance(0.7));
				return 'setInternal';
			case 16:
			case 17:
			case 18:
				return this.editHotText(plan);
			case 19:
				plan.stopCapturing();
				return 'stopCapturing';
			case 20:
				plan.undo();
				return 'undo';
			default:
				plan.redo();
				return 'redo';
		}
	}

	/** A record added, edited and a shared text typed into, as one transaction (one undo step). */
	private batch(plan: PlanDoc, kind: RecordKind): string {
		plan.batch(() => {
			const id = this.add(plan, kind);
			plan.update(kind, id, valuePatch(this.random, kind) as never);
			this.editHotText(plan);
		});
		return 'batch';
	}

	/** Values of up to two notes written in a transaction no undo takes back. */
	private outsideUndo(plan: PlanDoc): string | null {
		const ids = [this.target(plan, 'notes'), this.target(plan, 'notes')].filter(
			(id): id is string => id !== undefined
		);
		if (ids.length === 0) return null;
		plan.batchOutsideUndo(() => {
			for (const id of ids) plan.update('notes', id, valuePatch(this.random, 'notes') as never);
		});
		return 'batchOutsideUndo';
	}

	private internalKey(plan: PlanDoc, kind: RecordKind): string {
		const { random } = this;
		const id = this.target(plan, kind);
		if (!id || random.chance(0.2)) return this.randomRootText();
		if (random.chance(0.5)) return `${kind}:${id}`;
		const fields = Object.keys(RECORD_SCHEMA[kind]);
		return `${kind}:${id}:${random.pick(fields)}`;
	}

	private promote(plan: PlanDoc): string | null {
		const { random } = this;
		const id = this.target(plan, 'notes');
		const note = id ? plan.get('notes', id) : undefined;
		// An empty note cannot become part of the plan; the dialog never offers it.
		if (id && note && !note.text.trim()) plan.setText('notes', id, 'text', 'An idea');
		if (!id) return null;
		const targets: PromotionTarget[] = [
			{ type: 'value' },
			{ type: 'team' },
			{ type: 'stakeholder' },
			{ type: 'listening', kind: random.pick(keysOf(LISTENING_KINDS)) },
			{ type: 'swot', kind: random.pick(keysOf(SWOT_KINDS)) },
			{ type: 'platform' },
			{ type: 'goal' },
			{ type: 'maturity-note', dimension: random.pick(keysOf(MATURITY_DIMENSIONS)) },
			{ type: 'commitment-text', field: random.pick(COMMITMENT_TEXTS) }
		];
		const reference = plan.promoteNote(id, random.pick(targets));
		const [made, madeId] = reference?.split(':') ?? [];
		if (made && madeId && (RECORD_KINDS as string[]).includes(made))
			this.shared.remember(made as RecordKind, madeId);
		return 'promoteNote';
	}
}
