import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Platforms follow from people: a channel earns its place when the stakeholders who matter are already there and the team can keep up a real presence. Each platform has its own norms and asks for a different amount of effort. No platform is mandatory, and deciding to only listen, or to wait, is a legitimate and often wise choice. On the fit and effort chart, fit with our purpose runs upwards and the effort a platform asks runs to the right: quick wins sit at the upper left.',
	questions: [
		'Which of our key stakeholders are already active here, and how active?',
		'Does the way people behave here fit our purpose and the way we want to speak?',
		'Who would be our recognisable face here, and do they want to be?',
		'How many hours a week would a real presence take, and who gives them?',
		'What would we lose by only listening here for now?'
	],
	example:
		'Riverside Libraries chose two focus platforms: the local neighbourhood groups, where parents, older residents and council members already ask questions, and a photo and video app for families and the Friends association. They keep their newsletter and the professional network, only listen on the microblog and the fediverse, and decided that short-form video can wait until the teen volunteers can run it with them.'
};
