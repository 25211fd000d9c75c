import * as Y from 'yjs';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import type { Plan } from '../../src/lib/domain/plan';
import { largeWorkshop, referenceWorkshop } from './workshop';

/** A Greek name, next to the factory's markup and Cyrillic names, for text-handling checks. */
export const GREEK_NAME = 'Δημοτική Βιβλιοθήκη Αθηνών';

/** An unbroken run far wider than any table column: it must wrap, not overflow. */
export const LONG_WORD = `https://example.org/${'a'.repeat(90)}`;

/**
 * The factory workshop as a plan a strategy document is made from: the seeded decisions leave no
 * platform in focus and nothing for the plan check to find, so a few records are adjusted to give
 * every part of the report (focus platforms, open findings, a long word, Greek) something to show.
 */
export function strategyPlan(size: 'reference' | 'large' = 'reference'): Plan {
	const plan = (size === 'reference' ? referenceWorkshop() : largeWorkshop()).toJSON();
	plan.stakeholders[2]!.name = GREEK_NAME;
	plan.stakeholders[3]!.engagement = `Follow ${LONG_WORD} and answer there.`;
	for (const platform of plan.platforms.slice(0, 2)) {
		platform.decision = 'focus';
		platform.reason = `Our key stakeholders already talk there about ${platform.name}.`;
	}
	plan.platforms[0]!.faces = '';
	plan.platforms[0]!.owner = '';
	plan.goals[0]!.owner = '';
	return plan;
}

/** A plan as a new workshop starts: nothing filled in, created at time 0. */
export function emptyPlan(): Plan {
	return PlanDoc.create({ title: '', organisation: '', facilitator: '' }, new Y.Doc(), 0).toJSON();
}
