import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_WORKSHOP } from './example-workshop';
import type { StepGuidance } from './guidance/types';
import { loadGuidance } from './load-guidance';
import { STEP_IDS, type StepId } from '../domain/steps';

// Read through the loader a step page uses, so a step whose module is missing fails here too.
let GUIDANCE = {} as Record<StepId, StepGuidance>;
beforeAll(async () => {
	const loaded = await Promise.all(STEP_IDS.map(async (step) => [step, await loadGuidance(step)]));
	GUIDANCE = Object.fromEntries(loaded) as Record<StepId, StepGuidance>;
});

describe('guidance', () => {
	it.each(STEP_IDS)('%s has why, questions and an example', (step) => {
		const guidance = GUIDANCE[step];
		expect(guidance.why.trim()).not.toBe('');
		expect(guidance.example.trim()).not.toBe('');
		expect(guidance.questions.length).toBeGreaterThanOrEqual(3);
		expect(guidance.questions.length).toBeLessThanOrEqual(6);
		for (const question of guidance.questions) expect(question).toMatch(/\?$/);
		// The panel keys its list by question text.
		expect(new Set(guidance.questions).size).toBe(guidance.questions.length);
	});

	it('is plain text: no markup, no markdown', () => {
		for (const { why, questions, example } of Object.values(GUIDANCE)) {
			for (const text of [why, example, ...questions]) {
				expect(text).not.toMatch(/[<>*#`_[\]]/);
				expect(text).toBe(text.trim());
			}
		}
	});

	it('tells the story of the example workshop, and agrees with it', () => {
		for (const { example } of Object.values(GUIDANCE)) {
			expect(example).toMatch(/Riverside/);
		}
		expect(EXAMPLE_WORKSHOP.meta.organisation).toBe('Riverside Libraries');
		const hours = EXAMPLE_WORKSHOP.team.reduce((sum, m) => sum + (m.hoursPerWeek ?? 0), 0);
		expect(GUIDANCE.commitment.example).toContain(`${hours} hours a week`);
		expect(EXAMPLE_WORKSHOP.team).toHaveLength(7);
		expect(GUIDANCE.commitment.example).toContain('seven people');
		expect(EXAMPLE_WORKSHOP.stakeholders).toHaveLength(15);
		expect(GUIDANCE.stakeholders.example).toContain('fifteen stakeholders');
		const focus = EXAMPLE_WORKSHOP.platforms.filter((p) => p.decision === 'focus');
		expect(focus).toHaveLength(2);
		expect(GUIDANCE.platforms.example).toContain('two focus platforms');
	});
});
