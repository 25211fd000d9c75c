import type { Component } from 'svelte';
import type { StepGuidance } from '../../content/guidance/types';
import { loadGuidance } from '../../content/load-guidance';
import { getLocale } from '../../paraglide/runtime.js';
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

/** A step's editor and its guidance in the language shown. */
export interface StepParts {
	editor: Component;
	guidance: StepGuidance;
}

/**
 * Parts already downloaded, by language and step. A step whose parts are here draws in the same
 * task as the plan that arrives: awaiting even a finished `import()` costs the browser a task,
 * and with it a frame of "Loading the step" drawn and thrown away before the step itself.
 */
const downloaded = new Map<string, StepParts>();
const downloading = new Map<string, Promise<StepParts>>();

const partsKey = (step: StepId) => `${getLocale()}:${step}`;

/** The step's parts, downloaded once per language (again after a failure). */
export function loadStepParts(step: StepId): Promise<StepParts> {
	const key = partsKey(step);
	let parts = downloading.get(key);
	if (!parts) {
		parts = Promise.all([STEP_EDITORS[step](), loadGuidance(step)]).then(([module, guidance]) => {
			const loaded = { editor: module.default, guidance };
			downloaded.set(key, loaded);
			return loaded;
		});
		downloading.set(key, parts);
		parts.catch(() => downloading.delete(key));
	}
	return parts;
}

/** The step's parts if they have downloaded already, to draw without waiting a task. */
export function stepPartsNow(step: StepId): StepParts | null {
	return downloaded.get(partsKey(step)) ?? null;
}

/**
 * Starts downloading a step's editor and guidance, so that they are here by the time the plan
 * has loaded from the device instead of being fetched after it.
 */
export function preloadStep(step: StepId): void {
	loadStepParts(step).catch(() => undefined);
}

type SharedParts = typeof import('./shared-parts');
let sharedDownloaded: SharedParts | null = null;

/** Votes and the private round, for a shared workshop's steps. */
export function loadSharedParts(): Promise<SharedParts> {
	return import('./shared-parts').then((parts) => (sharedDownloaded = parts));
}

/** The shared workshop's parts if they have downloaded already. */
export function sharedPartsNow(): SharedParts | null {
	return sharedDownloaded;
}
