import type { StepId } from '../domain/steps';

/** The guidance panel of a step, in Canal's own words. */
export interface StepGuidance {
	/** Why this step matters, two or three sentences. */
	why: string;
	/** Questions the facilitator can put to the room. */
	questions: string[];
	/** A short worked example from a fictional organisation. */
	example: string;
}

// The examples follow the same fictional organisation as the example workshop (Riverside
// Libraries), so a team that opens both sees one story told twice, never two that contradict.
export const GUIDANCE: Record<StepId, StepGuidance> = {
	purpose: {
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
	},
	maturity: {
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
	},
	stakeholders: {
		why: 'A plan aimed at everyone speaks to no one. Starting from the people and groups who already matter to the organisation, rather than random potential customers, shows whose trust is at stake, what each of them cares about and where they already spend time online. Not everyone wants the same relationship: some want answers, some want a say, some only want to be kept in the loop.',
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
	},
	listening: {
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
	},
	platforms: {
		why: 'Platforms follow from people: a channel earns its place when the stakeholders who matter are already there and the team can keep up a real presence. Each platform has its own norms and asks for a different amount of effort. No platform is mandatory, and deciding to only listen, or to wait, is a legitimate and often wise choice.',
		questions: [
			'Which of our key stakeholders are already active here, and how active?',
			'Does the way people behave here fit our purpose and the way we want to speak?',
			'Who would be our recognisable face here, and do they want to be?',
			'How many hours a week would a real presence take, and who gives them?',
			'What would we lose by only listening here for now?'
		],
		example:
			'Riverside Libraries chose two focus platforms: the local neighbourhood groups, where parents, older residents and council members already ask questions, and a photo and video app for families and the Friends association. They keep their newsletter and the professional network, only listen on the microblog and the fediverse, and decided that short-form video can wait until the teen volunteers can run it with them.'
	},
	goals: {
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
	},
	commitment: {
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
	},
	review: {
		why: 'The review puts the whole plan on one page, so the room can see whether its parts hold together: purpose, people, platforms, goals and the time to carry them. The plan check points at the weak spots a sponsor would ask about, each with the step that fixes it. The export carries the reasoning, not only the conclusions, to people who were not in the room.',
		questions: [
			'Reading the summary, would someone who was not here understand why we chose what we chose?',
			'Which findings of the plan check do we fix now, and which do we accept on purpose?',
			'Does every platform we keep have named people behind it and the time to match?',
			'When do we meet again to look at the measures and adjust the plan?'
		],
		example:
			'At the end of the day the Riverside team read the summary aloud. The plan check had flagged a focus platform with nobody named behind it, so they added Lena and Jonas as its faces before exporting. The director took the PDF to the culture committee the following month, together with the first weekly listening summary.'
	}
};
