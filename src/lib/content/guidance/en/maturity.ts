import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Before deciding where to go, the team looks honestly at where it stands: merely present, with pages that broadcast, or living there, with people who listen and answer. Each person rates privately, so the loudest voice does not set the score. When the ratings spread widely, people see the team differently, and that conversation is worth more than any average.',
	questions: [
		'Do we go where our people already gather, or open accounts and wait for them to find us?',
		'If someone messages us tonight, will a person they recognise answer, or a logo?',
		'Is social media part of someone’s job with time set aside, or an extra task on a full list?',
		'When did we last thank someone who spoke well of us, or reply to someone who criticised us?',
		'Where did our ratings differ most, and what did each of us see that the others did not?'
	],
	example:
		'At Riverside Libraries the ratings for presences ranged from 1 to 4. The director saw busy accounts posting every day; the branch staff saw a logo announcing events while questions in the comments went unanswered. The team wrote down both views and agreed that the accounts run by named librarians are the model to grow.'
};
