import { error } from '@sveltejs/kit';
import { isStepId } from '$lib/domain/steps';
import { preloadStep } from '$lib/components/steps/step-parts';
import { m } from '$lib/paraglide/messages.js';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	if (!isStepId(params.step)) error(404, m.step_page_no_such_step());
	// Fetched while the workshop opens from the device, not after.
	preloadStep(params.step);
	return { step: params.step };
};
