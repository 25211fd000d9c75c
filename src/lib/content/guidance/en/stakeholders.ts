import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'A plan aimed at everyone speaks to no one. Starting from the people and groups who already matter to the organisation, rather than random potential customers, shows whose trust is at stake, what each of them cares about and where they already spend time online. Not everyone wants the same relationship: some want answers, some want a say, some only want to be kept in the loop. On the stakeholder map, influence over us runs upwards and interest in us runs to the right, in every language: the upper right holds the people to manage closely.',
	questions: [
		'Who depends on us, who do we depend on, and who can make our work easier or harder?',
		'For each group: what interests them, what worries them, and what do they hope for from us?',
		'Where do they already talk online, in their own words, without us?',
		'How do they feel about us today, and how do we know?',
		'Which critics have influence, and how will we work with them rather than around them?',
		'What kind of relationship does each group actually want with us?'
	],
	example:
		'Riverside Libraries listed fifteen stakeholders, from parents of toddlers to the city council’s culture committee. The committee sits in “manage closely” with a critical view after a debate about Sunday opening hours, so the team wrote an engagement plan: quarterly briefings on what residents tell the libraries online. Independent bookshops landed in “monitor”, with a note to look for joint author evenings.'
};
