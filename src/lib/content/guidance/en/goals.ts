import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Goals turn decisions into something a sponsor can follow up: what should change, how it is measured, from where to where, by when, and who owns it. Reach is only one kind of result; listening, relationships and reputation count as much and last longer. A modest goal checked every month beats an ambitious one nobody looks at again.',
	questions: [
		'What will be different for our stakeholders in a year if this works?',
		'Which number would show progress, and what is it today?',
		'Is the target realistic with the hours we actually have?',
		'Who owns this goal and reports on it?',
		'Which of our goals is about listening, a relationship or our reputation rather than reach?'
	],
	example:
		'One Riverside Libraries goal is to answer every question in the neighbourhood groups as a named librarian within a working day. They measure the share of questions answered within 24 hours, starting from an estimated 30 percent, with a target of 90 percent by the end of June 2027. Tomás owns it and reports at the monthly branch meeting.'
};
