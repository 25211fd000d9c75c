import type { Component } from 'svelte';
import { loadGuidance } from '../../content/load-guidance';
import type { StepId } from '../../domain/steps';

// Each step's editors load on demand: opening a workshop downloads only the step it shows.
export const STEP_EDITORS: Record<StepId, () => Promise<{ default: Component }>> = {
	purpose: () => import('./PurposeStep.svelte'),
	maturity: () => import('./MaturityStep.svelte'),
	stakeholders: () => import('./StakeholdersStep.svelte'),
	listening: () => import('./ListeningStep.svelte'),
	platforms: () => import('./PlatformsStep.svelte'),
	goals: () => import('./GoalsStep.svelte'),
	commitment: () => import('./CommitmentStep.svelte'),
	review: () => import('./ReviewStep.svelte')
};

/**
 * Starts downloading a step's editor and guidance, so that they are here by the time the plan
 * has loaded from the device instead of being fetched after it.
 */
export function preloadStep(step: StepId): void {
	const ignore = () => undefined;
	STEP_EDITORS[step]().catch(ignore);
	loadGuidance(step).catch(ignore);
}
