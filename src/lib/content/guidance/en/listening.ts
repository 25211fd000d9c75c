import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Listening comes before broadcasting. What is already being said about the organisation and its field shows where the conversation really is, and every community has its own habits that a newcomer has to learn. Peers who do this well, and an honest look at strengths, weaknesses, opportunities and threats, keep the plan grounded in what is true today.',
	questions: [
		'What did we find people saying about us this month, good and bad, and where?',
		'Which questions come up again and again without anyone from our side answering?',
		'What counts as polite or rude in each community we looked at?',
		'Which peers converse well online, and what exactly do they do that we could learn from?',
		'What do we do better than anyone nearby, and what holds us back?',
		'What is changing around us that could help or hurt us over the next two years?'
	],
	example:
		'Before the workshop, two Riverside librarians spent a week reading the neighbourhood groups and the comments under local news. They found regular questions about opening hours and printing answered by other residents, sometimes wrongly, with nobody from the library in the thread. They also learned that posting a link without a greeting is seen as rude in those groups.'
};
