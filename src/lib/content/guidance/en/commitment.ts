import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'A strategy that ignores its limits ends as a row of abandoned accounts. Being honest about hours, budget and skills, and agreeing how approval, privacy and responses work, is what lets people speak for the organisation with confidence. Trust and clear guidelines carry further than approving every post from above.',
	questions: [
		'Who gives how many hours a week, and what comes off their list to make room?',
		'What training does each of our faces need before they start?',
		'Which posts need a second pair of eyes, and which can go out without asking?',
		'What do we never post, about visitors, colleagues or ourselves?',
		'How fast do we answer, and who covers evenings, weekends and holidays?',
		'How do we thank the people who speak up for us, and how do we respond to critics?'
	],
	example:
		'Riverside Libraries committed 21 hours a week across seven people, and the director wrote that time into each person’s work plan. Librarians post without prior approval within a one-page guideline; only statements about budgets or policy go through the communications lead. Visitors never appear in photos without their consent, and children only with a parent’s written agreement.'
};
