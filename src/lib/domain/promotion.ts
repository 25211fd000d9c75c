import { TEXT_LIMITS } from './limits';
import type { StepId } from './steps';
import { shorten } from './text';
import {
	LISTENING_KINDS,
	MATURITY_DIMENSIONS,
	SWOT_KINDS,
	type ListeningKind,
	type MaturityDimension,
	type SwotKind
} from './vocabulary';

/**
 * What a board note can become. A note is where an idea starts; promoting it makes it part of
 * the plan: a record of the step (a stakeholder, a platform, a goal...) or a line in one of the
 * step's texts (a response policy, a discussion note).
 */
export type PromotionTarget =
	| { type: 'value' }
	| { type: 'team' }
	| { type: 'stakeholder' }
	| { type: 'listening'; kind: ListeningKind }
	| { type: 'swot'; kind: SwotKind }
	| { type: 'platform' }
	| { type: 'goal' }
	| { type: 'maturity-note'; dimension: MaturityDimension }
	| {
			type: 'commitment-text';
			field: 'budget' | 'skills' | 'training' | 'approvalFlow' | 'privacyRules' | 'responsePolicy';
	  };

export interface PromotionOption {
	/** Unique within a step, stable: used in ids and tests. */
	id: string;
	/** Completes "Make it …": "a stakeholder", "the response policy". */
	label: string;
	target: PromotionTarget;
}

const listening = (Object.keys(LISTENING_KINDS) as ListeningKind[]).map((kind) => ({
	id: `listening-${kind}`,
	label: `a finding: ${LISTENING_KINDS[kind].toLowerCase()}`,
	target: { type: 'listening', kind } as const
}));
const swot = (Object.keys(SWOT_KINDS) as SwotKind[]).map((kind) => ({
	id: `swot-${kind}`,
	label: `one of our ${SWOT_KINDS[kind].toLowerCase()}`,
	target: { type: 'swot', kind } as const
}));
const maturity = (Object.keys(MATURITY_DIMENSIONS) as MaturityDimension[]).map((dimension) => ({
	id: `maturity-${dimension}`,
	label: `a note on ${MATURITY_DIMENSIONS[dimension].label.toLowerCase()}`,
	target: { type: 'maturity-note', dimension } as const
}));

export const PROMOTIONS: Record<StepId, readonly PromotionOption[]> = {
	purpose: [
		{ id: 'value', label: 'a value', target: { type: 'value' } },
		{ id: 'team', label: 'a team member', target: { type: 'team' } }
	],
	maturity,
	stakeholders: [{ id: 'stakeholder', label: 'a stakeholder', target: { type: 'stakeholder' } }],
	listening: [...listening, ...swot],
	platforms: [{ id: 'platform', label: 'a platform candidate', target: { type: 'platform' } }],
	goals: [{ id: 'goal', label: 'a goal', target: { type: 'goal' } }],
	commitment: [
		{
			id: 'response',
			label: 'the response policy',
			target: { type: 'commitment-text', field: 'responsePolicy' }
		},
		{
			id: 'privacy',
			label: 'a privacy rule',
			target: { type: 'commitment-text', field: 'privacyRules' }
		},
		{
			id: 'approval',
			label: 'part of the approval flow',
			target: { type: 'commitment-text', field: 'approvalFlow' }
		},
		{
			id: 'skills',
			label: 'a skill we need',
			target: { type: 'commitment-text', field: 'skills' }
		},
		{
			id: 'training',
			label: 'a training need',
			target: { type: 'commitment-text', field: 'training' }
		},
		{ id: 'budget', label: 'a budget line', target: { type: 'commitment-text', field: 'budget' } }
	],
	review: []
};

/**
 * A record name from a note: its first line, shortened at a word boundary to fit a name. The
 * full text stays on the note, which the record links back to, so nothing is lost.
 */
export function nameFromNote(text: string, limit: number = TEXT_LIMITS.name): string {
	const firstLine = text.trim().split(/\r?\n/)[0]?.trim() ?? '';
	return shorten(firstLine, limit, { atWord: true });
}

/** Appends a note's text to a paragraph field as its own line. */
export function appendLine(existing: string, line: string): string {
	const trimmed = line.trim();
	if (existing.trim() === '') return trimmed;
	return `${existing.replace(/\s+$/, '')}\n${trimmed}`;
}
