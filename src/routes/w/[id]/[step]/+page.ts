import { error } from '@sveltejs/kit';
import { isStepId } from '$lib/domain/steps';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	if (!isStepId(params.step)) error(404, 'There is no such step in a Canal workshop.');
	return { step: params.step };
};
