import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Social media is a means, not an end: before anyone names a channel, the room agrees on what the organisation is trying to achieve and what it wants to be known for beyond what it offers. Values decide how we speak when nobody checks every post. Who is in the room matters as much: the people who already talk with the public online, at any level, belong in the plan from the start.',
	questions: [
		'If our social media disappeared tomorrow, who would notice, and what would they miss?',
		'What do we want people to come to us for, beyond our own products or services?',
		'Which values should anyone recognise in the way we answer a question online?',
		'Who among us already talks with our public online every day, and are they in this room?',
		'What would make this plan a success in two years, not just after the next campaign?'
	],
	example:
		'Riverside Libraries agreed that their purpose is to help every resident find the knowledge, help and company they need to take part in city life. They want to be known for guiding people through information and digital skills, not only for lending books. Looking around the room, they saw that only managers had been invited, and asked Tomás, a branch librarian who already answers residents in the neighbourhood groups most evenings, to join.'
};
