import * as Y from 'yjs';
import { PlanDoc } from '../../../src/lib/doc/plan-doc';
import {
	COMMITMENT_TEXTS,
	PURPOSE_TEXTS,
	RECORD_KINDS,
	RECORD_SCHEMA,
	ROOT,
	type FieldSpec
} from '../../../src/lib/doc/schema';
import { TEXT_LIMITS, type TextSize } from '../../../src/lib/domain/limits';
import type { RecordKind } from '../../../src/lib/domain/plan';
import { STEP_IDS } from '../../../src/lib/domain/steps';
import {
	DECISIONS,
	keysOf,
	MATURITY_DIMENSIONS,
	type Decision
} from '../../../src/lib/domain/vocabulary';
import { HUGE_STRINGS, REGULAR_STRINGS } from '../../factories/hostile-strings';

/**
 * A plan in which every text field of every record kind, the meta, the purpose, the maturity
 * notes and the commitment hold hostile strings, written through PlanDoc as people would. Each
 * kind gets as many records as the corpus has regular strings, rotated so that every string
 * lands in every field once. The 100,000-character strings go into a few fields of each size,
 * clipped to what the field allows (PlanDoc refuses more).
 */

export interface HostilePlan {
	plan: PlanDoc;
	/** The document behind `plan`, for encoding it or writing what PlanDoc would refuse. */
	ydoc: Y.Doc;
	/** How many text values were written. */
	fields: number;
}

/** At most what a field of `size` holds (UTF-16 units are never fewer than characters). */
function fit(text: string, size: TextSize): string {
	return text.slice(0, TEXT_LIMITS[size]);
}

function textFields(kind: RecordKind): [string, TextSize][] {
	return (Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][]).flatMap(([field, spec]) =>
		spec.type === 'text' || spec.type === 'string' ? [[field, spec.size] as [string, TextSize]] : []
	);
}

export function hostilePlan(): HostilePlan {
	const corpus = REGULAR_STRINGS.map((entry) => entry.text);
	const n = corpus.length;
	let rotation = 0;
	let fields = 0;
	const next = (size: TextSize) => {
		fields++;
		return fit(corpus[rotation++ % n]!, size);
	};
	const ydoc = new Y.Doc();
	ydoc.clientID = 7;
	const plan = PlanDoc.create(
		{ title: next('name'), organisation: next('name'), facilitator: next('name') },
		ydoc,
		Date.UTC(2026, 10, 2)
	);
	for (const field of PURPOSE_TEXTS) plan.setPurposeText(field, next('long'));
	for (const dimension of keysOf(MATURITY_DIMENSIONS))
		plan.setMaturityNote(dimension, next('long'));
	for (const field of COMMITMENT_TEXTS) plan.setCommitmentText(field, next('long'));
	plan.setResponseTime(24);

	const ids: Record<RecordKind, string[]> = {
		values: [],
		team: [],
		stakeholders: [],
		listening: [],
		swot: [],
		platforms: [],
		goals: [],
		notes: [],
		frames: []
	};
	const decisions = keysOf(DECISIONS) as Decision[];
	for (const kind of RECORD_KINDS) {
		const specs = textFields(kind);
		for (let i = 0; i < n; i++) {
			const init: Record<string, unknown> = {};
			specs.forEach(([field, size], j) => {
				fields++;
				init[field] = fit(corpus[(i + j) % n]!, size);
			});
			// Spread the records over the maps and steps so every drawing and board shows some.
			if (kind === 'stakeholders') {
				Object.assign(init, {
					influence: (i * 37) % 101,
					interest: (i * 53) % 101,
					reach: 5 + ((i * 17) % 95),
					power: i % 2 === 0,
					legitimacy: i % 3 === 0,
					urgency: i % 5 === 0
				});
			}
			if (kind === 'platforms')
				Object.assign(init, {
					decision: decisions[i % decisions.length],
					effort: 1 + (i % 5),
					fit: 1 + ((i * 3) % 5)
				});
			if (kind === 'team') init.hoursPerWeek = i % 9;
			if (kind === 'notes')
				Object.assign(init, { step: STEP_IDS[i % STEP_IDS.length], x: i * 40, y: i * 25 });
			if (kind === 'goals') {
				init.stakeholderIds = ids.stakeholders.slice(i, i + 2);
				init.platformIds = ids.platforms.slice(i, i + 1);
			}
			ids[kind].push(plan.add(kind as 'values', init));
		}
	}
	ids.team.forEach((member, i) => {
		for (const dimension of keysOf(MATURITY_DIMENSIONS)) plan.rate(member, dimension, 1 + (i % 5));
	});
	ids.stakeholders.forEach((stakeholder, i) => {
		plan.setPresence(stakeholder, ids.platforms[i % n]!, 3);
		plan.setPresence(stakeholder, ids.platforms[(i + 1) % n]!, 1);
	});

	// Each huge string at each size: a paragraph, a one-line value and a name.
	HUGE_STRINGS.forEach((entry, k) => {
		const text = entry.text;
		const long = [
			() => plan.setPurposeText('statement', fit(text, 'long')),
			() => plan.setCommitmentText('budget', fit(text, 'long')),
			() => plan.setText('notes', ids.notes[0]!, 'text', fit(text, 'long'))
		][k % 3]!;
		long();
		plan.update('platforms', ids.platforms[k]!, { faces: fit(text, 'short') });
		plan.update('stakeholders', ids.stakeholders[k]!, { name: fit(text, 'name') });
		fields += 3;
	});
	plan.clearHistory();
	return { plan, ydoc, fields };
}

const HUGE_MARKUP =
	HUGE_STRINGS.find((entry) => entry.name === 'huge markup')?.text ?? 'x'.repeat(100_000);

/**
 * What a crafted file can hold and PlanDoc would never write: the full 100,000 characters (of markup,
 * unless told otherwise) in the title, the purpose statement and a stakeholder's name, written into the Yjs document directly.
 */
export function writeOversized(ydoc: Y.Doc, text = HUGE_MARKUP): void {
	ydoc.transact(() => {
		ydoc.getMap(ROOT.meta).set('title', text);
		const statement = ydoc.getText(ROOT.purposeText('statement'));
		statement.delete(0, statement.length);
		statement.insert(0, text);
		const stakeholders = ydoc.getMap<Y.Map<unknown>>(ROOT.record('stakeholders'));
		const first = [...stakeholders.values()][0];
		first?.set('name', text);
	});
}
