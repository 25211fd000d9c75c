import type { StepId } from '../domain/steps';
import type { StepGuidance } from './guidance/types';

type Loader = () => Promise<{ guidance: StepGuidance }>;

// One chunk per step: a step page downloads its own guidance, not the whole method's.
const LOADERS: Record<StepId, Loader> = {
	purpose: () => import('./guidance/purpose'),
	maturity: () => import('./guidance/maturity'),
	stakeholders: () => import('./guidance/stakeholders'),
	listening: () => import('./guidance/listening'),
	platforms: () => import('./guidance/platforms'),
	goals: () => import('./guidance/goals'),
	commitment: () => import('./guidance/commitment'),
	review: () => import('./guidance/review')
};

/** The guidance of one step, loaded on demand. */
export async function loadGuidance(step: StepId): Promise<StepGuidance> {
	return (await LOADERS[step]()).guidance;
}
