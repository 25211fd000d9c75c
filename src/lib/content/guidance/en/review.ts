import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'The review puts the whole plan on one page, so the room can see whether its parts hold together: purpose, people, platforms, goals and the time to carry them. The plan check points at the weak spots a sponsor would ask about, each with the step that fixes it. The export carries the reasoning, not only the conclusions, to people who were not in the room.',
	questions: [
		'Reading the summary, would someone who was not here understand why we chose what we chose?',
		'Which findings of the plan check do we fix now, and which do we accept on purpose?',
		'Does every platform we keep have named people behind it and the time to match?',
		'When do we meet again to look at the measures and adjust the plan?'
	],
	example:
		'At the end of the day the Riverside team read the summary aloud. The plan check had flagged a focus platform with nobody named behind it, so they added Lena and Jonas as its faces before exporting. The director took the PDF to the culture committee the following month, together with the first weekly listening summary.'
};
