import type {
	Commitment,
	Goal,
	ListeningNote,
	Platform,
	PlanMeta,
	Purpose,
	Stakeholder,
	StickyNote,
	SwotItem,
	TeamMember,
	ValueItem
} from '../domain/plan';
import type { MaturityDimension, PresenceStrength } from '../domain/vocabulary';

/**
 * A complete plan of a fictional organisation, as plain data, for people who want to see what a
 * finished workshop looks like before running their own. Records refer to each other by local
 * keys; the builder turns those into record ids.
 */

type Fields<T> = Omit<T, 'id' | 'order' | 'sourceNote'>;

/** A record that started as a note on a step's board names that note's key. */
interface Promoted {
	fromNote?: string;
}

export interface ExampleNote extends Omit<
	StickyNote,
	'id' | 'order' | 'promotedTo' | 'position' | 'z'
> {
	key: string;
}

export type ExampleValue = Fields<ValueItem> & Promoted;

export interface ExampleMember extends Fields<TeamMember> {
	key: string;
	/** This person's private maturity ratings, 1 (present) to 5 (living). */
	ratings: Record<MaturityDimension, number>;
}

export interface ExampleStakeholder extends Fields<Stakeholder>, Promoted {
	key: string;
}

export type ExampleListening = Fields<ListeningNote> & Promoted;
export type ExampleSwot = Fields<SwotItem> & Promoted;

export interface ExamplePlatform extends Fields<Platform>, Promoted {
	key: string;
}

export interface ExamplePresence {
	stakeholder: string;
	platform: string;
	strength: PresenceStrength;
}

export interface ExampleGoal
	extends Omit<Fields<Goal>, 'stakeholderIds' | 'platformIds'>, Promoted {
	stakeholders: string[];
	platforms: string[];
}

export interface ExampleWorkshop {
	meta: Pick<PlanMeta, 'title' | 'organisation' | 'facilitator'>;
	purpose: Purpose;
	values: ExampleValue[];
	team: ExampleMember[];
	maturityNotes: Record<MaturityDimension, string>;
	stakeholders: ExampleStakeholder[];
	listening: ExampleListening[];
	swot: ExampleSwot[];
	platforms: ExamplePlatform[];
	presence: ExamplePresence[];
	goals: ExampleGoal[];
	commitment: Commitment;
	/** The boards: added first, as a workshop starts with ideas before it has records. */
	notes: ExampleNote[];
}

const ORGANISATION = 'Riverside Libraries';

export const EXAMPLE_WORKSHOP: ExampleWorkshop = {
	meta: {
		title: `Example: ${ORGANISATION} social media strategy`,
		organisation: ORGANISATION,
		facilitator: 'Inès Moreau'
	},

	purpose: {
		statement:
			'Riverside Libraries help every resident of the city find the knowledge, help and company they need to take part in city life: free, close to home and without judgement. Social media should help us hear what residents need, show the people behind the counters, and bring those who have never been in to their first visit.',
		knownFor:
			'Guiding people through information: reliable answers, digital skills for every age, the city’s local history, and a warm place to learn together. Not only lending books.'
	},

	values: [
		{ text: 'Open to everyone, no questions asked', fromNote: 'open-to-everyone' },
		{ text: 'Curious and helpful: we answer the question behind the question' },
		{ text: 'Honest about what we cannot do, and quick to say so' },
		{ text: 'Rooted in each neighbourhood, with people you know by name' }
	],

	team: [
		{
			key: 'maya',
			name: 'Maya Okafor',
			role: 'Communications lead',
			usesSocialDaily: true,
			hoursPerWeek: 6,
			ratings: { planning: 2, presences: 2, commitment: 2, relationships: 3 }
		},
		{
			key: 'tomas',
			name: 'Tomás Reyes',
			role: 'Branch librarian, Eastgate',
			usesSocialDaily: true,
			hoursPerWeek: 4,
			ratings: { planning: 3, presences: 1, commitment: 1, relationships: 2 }
		},
		{
			key: 'lena',
			name: 'Lena Fischer',
			role: 'Youth services librarian',
			usesSocialDaily: true,
			hoursPerWeek: 3,
			ratings: { planning: 2, presences: 2, commitment: 2, relationships: 3 }
		},
		{
			key: 'samuel',
			name: 'Samuel Adeyemi',
			role: 'Digital skills coach',
			usesSocialDaily: true,
			hoursPerWeek: 3,
			ratings: { planning: 2, presences: 2, commitment: 1, relationships: 2 }
		},
		{
			key: 'priya',
			name: 'Priya Nair',
			role: 'Local history archivist',
			usesSocialDaily: false,
			hoursPerWeek: 2,
			ratings: { planning: 2, presences: 2, commitment: 1, relationships: 3 }
		},
		{
			key: 'jonas',
			name: 'Jonas Berg',
			role: 'Events and volunteers coordinator',
			usesSocialDaily: true,
			hoursPerWeek: 2,
			ratings: { planning: 3, presences: 3, commitment: 2, relationships: 2 }
		},
		{
			key: 'helen',
			name: 'Helen Marsh',
			role: 'Director of libraries',
			usesSocialDaily: false,
			hoursPerWeek: 1,
			ratings: { planning: 3, presences: 4, commitment: 2, relationships: 3 }
		}
	],

	maturityNotes: {
		planning:
			'We mostly go where people already are (the neighbourhood groups came to us, not the other way round), but the main accounts were opened years ago because "everyone had one", and nobody checked who reads them.',
		presences:
			'The widest spread of the day: from 1 (Tomás) to 4 (Helen). Helen sees accounts that post every day and look busy. Branch staff see a logo announcing events while questions in the comments wait for days, and residents thanking a librarian by name on the Eastgate page rather than on ours. We agreed both are true: we are active but not present as people. The Eastgate page, run by Tomás under his own name, is the model to grow.',
		commitment:
			'Everyone agrees: social media happens in the evenings, on goodwill, and stops when someone is on leave. No time is set aside and nobody has been trained.',
		relationships:
			'We reply kindly when we see a comment, but we do not look for them. We rarely thank the Friends association or volunteers in public, and we have never answered a critic outside the desk.'
	},

	stakeholders: [
		{
			key: 'parents',
			name: 'Parents of young children',
			group: 'customers',
			interests: 'Story time, baby rhyme sessions, holiday activities, books for every age.',
			concerns:
				'Sessions fill up before they hear about them; not sure what is free; worried about photos of their children online.',
			hopes: 'A simple way to know what is on this week at their branch, and a friendly face.',
			online:
				'Very active in the neighbourhood groups and on the photo and video app; school messaging groups.',
			sentiment: 1,
			relationship: 'Helpful and practical: quick answers and early notice of family activities.',
			influence: 45,
			interest: 80,
			reach: 55,
			power: false,
			legitimacy: true,
			urgency: true,
			engagement:
				'Answer their questions in the neighbourhood groups within a working day; show story time (with consent) on the photo and video app.',
			notes: 'Often the first to defend the libraries when they are criticised online.'
		},
		{
			key: 'students',
			name: 'Secondary school students',
			group: 'customers',
			interests: 'Quiet places to study, free Wi-Fi, exam-season opening hours, manga and games.',
			concerns: 'Being told off for noise; feeling the library is for small children.',
			hopes: 'Longer opening hours during exams and a space of their own.',
			online: 'Short-form video app, messaging; rarely the neighbourhood groups.',
			sentiment: 0,
			relationship: 'Light touch: they want to know opening hours and events, not to be friends.',
			influence: 30,
			interest: 35,
			reach: 45,
			power: false,
			legitimacy: true,
			urgency: false,
			engagement: '',
			notes: 'Revisit when the teen volunteer group can lead short videos.'
		},
		{
			key: 'seniors',
			name: 'Older residents learning digital skills',
			group: 'customers',
			interests: 'Digital-skills cafés, help with online forms, large-print books, company.',
			concerns: 'Feeling slow or embarrassed; online scams; services moving online only.',
			hopes: 'Patient, personal help, and to be able to video-call their grandchildren.',
			online: 'Our newsletter; neighbourhood groups, often through their children.',
			sentiment: 2,
			relationship: 'Personal and patient: a name they know and a place to come back to.',
			influence: 35,
			interest: 75,
			reach: 30,
			power: false,
			legitimacy: true,
			urgency: true,
			engagement:
				'Samuel shares café dates in the newsletter and the neighbourhood groups; their stories (with consent) in the newsletter.',
			notes: ''
		},
		{
			key: 'jobseekers',
			name: 'Job seekers and newcomers to the city',
			group: 'customers',
			interests: 'Computers and printing, help with CVs and applications, language groups.',
			concerns: 'Printing costs; being turned away when the computers are all booked.',
			hopes: 'To find work and their way around the city.',
			online: 'Neighbourhood groups, newcomers’ forums, messaging groups in their own language.',
			sentiment: 1,
			relationship: 'Practical help, without being made to feel like a case.',
			influence: 20,
			interest: 70,
			reach: 25,
			power: false,
			legitimacy: true,
			urgency: true,
			engagement: '',
			notes: 'Came up as a forgotten group on the board: they are in every branch every morning.',
			fromNote: 'jobseekers'
		},
		{
			key: 'staff',
			name: 'Library staff across the seven branches',
			group: 'employees',
			interests: 'Being recognised for their work; clear guidance on what they may post.',
			concerns:
				'Being pushed to post on top of everything else; being blamed for a mistake in public.',
			hopes: 'Time set aside, training, and a director who backs them.',
			online:
				'Many use the photo and video app and neighbourhood groups privately; a few are on the fediverse.',
			sentiment: 0,
			relationship:
				'Trust: to be the faces of the libraries, with guidelines rather than approvals.',
			influence: 55,
			interest: 65,
			reach: 35,
			power: true,
			legitimacy: true,
			urgency: false,
			engagement:
				'Invite volunteers among staff to become faces; training and a monthly peer review hour.',
			notes: ''
		},
		{
			key: 'council',
			name: 'City council culture committee',
			group: 'regulators',
			interests: 'Value for money, visitor numbers, services that reach every neighbourhood.',
			concerns:
				'Rising costs; complaints reaching councillors directly; the debate about Sunday opening hours.',
			hopes: 'Libraries that show their impact and help the city’s digital-inclusion programme.',
			online:
				'Councillors read the neighbourhood groups closely; some post on the microblog and the professional network.',
			sentiment: -1,
			relationship:
				'Regular, factual and early: they want to hear from us before they hear from residents.',
			influence: 90,
			interest: 55,
			reach: 60,
			power: true,
			legitimacy: true,
			urgency: true,
			engagement:
				'Helen briefs the committee quarterly with what residents tell us online, good and bad, and with the measures of this plan. Maya sends a one-page summary before each briefing.',
			notes: 'Critical since the Sunday-hours debate; two councillors are strong supporters.'
		},
		{
			key: 'city-comms',
			name: 'City communications department',
			group: 'partners',
			interests: 'A consistent city voice; no surprises in the press.',
			concerns: 'Staff speaking for the city without guidelines; crises handled badly.',
			hopes: 'Libraries as a trusted, human face of city services.',
			online: 'Professional network and microblog; they run the city’s main accounts.',
			sentiment: 0,
			relationship: 'Informed and aligned: agreed guidelines, a contact for anything sensitive.',
			influence: 70,
			interest: 40,
			reach: 70,
			power: true,
			legitimacy: true,
			urgency: false,
			engagement: '',
			notes: 'Their approval of our one-page guideline is needed before we start.'
		},
		{
			key: 'friends',
			name: 'Friends of Riverside Libraries',
			group: 'community',
			interests: 'Book sales, author evenings, defending library opening hours.',
			concerns: 'Feeling taken for granted; being asked to help with no say.',
			hopes: 'To be part of the libraries’ story and thanked in public.',
			online: 'Neighbourhood groups, the photo and video app, our newsletter.',
			sentiment: 2,
			relationship: 'Partners: involved early, thanked by name, sharing our stories as their own.',
			influence: 60,
			interest: 90,
			reach: 40,
			power: false,
			legitimacy: true,
			urgency: true,
			engagement:
				'Jonas features a Friends member or volunteer every month and plans events with them.',
			notes: 'Our most active promoters; they answered critics in the Sunday-hours thread.'
		},
		{
			key: 'foundation',
			name: 'Riverside Community Foundation',
			group: 'investors',
			interests: 'Projects with visible impact on digital inclusion and reading.',
			concerns: 'Their funding not being mentioned; no evidence of results.',
			hopes: 'Stories of real residents they can show their own donors.',
			online: 'Professional network; our newsletter.',
			sentiment: 1,
			relationship: 'Keep satisfied: occasional, well-evidenced updates and public thanks.',
			influence: 75,
			interest: 30,
			reach: 20,
			power: true,
			legitimacy: true,
			urgency: false,
			engagement: 'Tag and thank them when we share results of the digital-skills cafés they fund.',
			notes: 'Funds the digital-skills cafés until the end of 2027.'
		},
		{
			key: 'schools',
			name: 'Primary and secondary schools',
			group: 'partners',
			interests: 'Class visits, reading challenges, homework help.',
			concerns: 'Safeguarding; anything that adds to teachers’ workload.',
			hopes: 'A library partner that brings pupils in and makes reading fun.',
			online:
				'Head teachers on the professional network; schools share news on the photo and video app and in parents’ messaging groups.',
			sentiment: 1,
			relationship: 'Working partnership: planned together each term.',
			influence: 55,
			interest: 60,
			reach: 50,
			power: true,
			legitimacy: true,
			urgency: false,
			engagement: 'Lena plans class visits with them each term and shares them with consent.',
			notes: ''
		},
		{
			key: 'press',
			name: 'Local newspaper and radio',
			group: 'media',
			interests: 'Local stories, controversy, human interest.',
			concerns: 'Not being able to reach anyone quickly; press releases with no story.',
			hopes: 'Real people and a quick, straight answer when they call.',
			online: 'Microblog, the professional network, and they watch the neighbourhood groups.',
			sentiment: -1,
			relationship: 'A named contact who answers the same day and suggests real stories.',
			influence: 70,
			interest: 35,
			reach: 80,
			power: true,
			legitimacy: false,
			urgency: true,
			engagement:
				'Maya is their named contact and answers the same day. We offer them a story from a branch each quarter, not press releases, and correct errors politely and in public.',
			notes: 'Their coverage of the Sunday-hours debate focused on empty reading rooms.',
			fromNote: 'local-press'
		},
		{
			key: 'works-neighbours',
			name: 'Residents near the Central branch building works',
			group: 'community',
			interests: 'When the works end; noise, dust and parking.',
			concerns: 'Not being told anything; the works running late.',
			hopes: 'Honest dates and someone to complain to.',
			online: 'Their street’s neighbourhood group.',
			sentiment: -2,
			relationship: 'Honest information and a named person who listens.',
			influence: 40,
			interest: 45,
			reach: 15,
			power: false,
			legitimacy: false,
			urgency: true,
			engagement:
				'Tomás posts a short update on the works in their neighbourhood group every two weeks, with dates, and answers complaints there by name. Visits in person when the noise is worst.',
			notes: '',
			fromNote: 'works'
		},
		{
			key: 'authors',
			name: 'Local authors and illustrators',
			group: 'partners',
			interests: 'Readings, workshops, being stocked and recommended.',
			concerns: 'Being asked to work for free.',
			hopes: 'A stage in their city and new readers.',
			online: 'Photo and video app; our newsletter.',
			sentiment: 2,
			relationship: 'Collaborators: events together and sharing each other’s work.',
			influence: 35,
			interest: 65,
			reach: 35,
			power: false,
			legitimacy: true,
			urgency: false,
			engagement: '',
			notes: ''
		},
		{
			key: 'bookshops',
			name: 'Independent bookshops',
			group: 'competitors',
			interests: 'Book sales, author events, a reading city.',
			concerns: 'Free lending reduces their sales.',
			hopes: 'More readers in the city overall.',
			online: 'Photo and video app.',
			sentiment: 0,
			relationship: 'Friendly neighbours; occasional joint events.',
			influence: 25,
			interest: 30,
			reach: 30,
			power: false,
			legitimacy: false,
			urgency: false,
			engagement: '',
			notes: 'Look for joint author evenings.'
		},
		{
			key: 'peer-libraries',
			name: 'Libraries in neighbouring cities',
			group: 'competitors',
			interests: 'Sharing practice, joint campaigns, comparing results.',
			concerns: 'Competing for the same regional funds.',
			hopes: 'A regional network that learns together.',
			online: 'Fediverse, the professional network, the photo and video app.',
			sentiment: 1,
			relationship: 'Peers: we learn from each other openly.',
			influence: 20,
			interest: 45,
			reach: 20,
			power: false,
			legitimacy: true,
			urgency: false,
			engagement: '',
			notes: 'One of them runs "Ask a librarian Thursdays": worth copying.'
		}
	],

	listening: [
		{
			kind: 'said-about-us',
			source: 'Neighbourhood groups',
			text: 'Residents ask about opening hours, printing and the book bus route several times a week. Other residents answer, sometimes wrongly, and nobody from the libraries joins the thread.',
			fromNote: 'printing-threads'
		},
		{
			kind: 'said-about-us',
			source: 'Comments under the local newspaper',
			text: 'Comments under the Sunday-hours article are split: many praise librarians by name, several call the libraries "a waste of money nobody uses any more".'
		},
		{
			kind: 'community-norms',
			source: 'Neighbourhood groups',
			text: 'Moderators remove posts that only promote events. A greeting, a name and an answer to the actual question are expected; a link with no context is treated as spam.'
		},
		{
			kind: 'community-norms',
			source: 'Photo and video app',
			text: 'Families respond to real moments from story time and behind the scenes, not to event posters. Parents expect to be asked before their children appear.'
		},
		{
			kind: 'peers',
			source: 'Fediverse',
			text: 'A neighbouring city’s libraries run "Ask a librarian Thursdays": librarians sign each answer with their first name. Their answers get more thanks than any of their announcements.'
		},
		{
			kind: 'peers',
			source: 'Professional network',
			text: 'A regional museum’s director posts a short monthly note on what visitors told them and what changed as a result; councillors comment on it.'
		},
		{
			kind: 'other',
			source: 'Staff survey',
			text: 'Eleven staff already post about books or the city in their own time; four would like to do it for the libraries, given guidance and time.'
		}
	],

	swot: [
		{
			kind: 'strength',
			text: 'Staff are trusted and known by name in their neighbourhoods, especially at Eastgate and Northside.'
		},
		{
			kind: 'strength',
			text: 'Free digital-skills cafés and a local history archive that nobody else in the city offers.'
		},
		{
			kind: 'weakness',
			text: 'The main accounts broadcast events under a logo; comments and messages often wait days for an answer.'
		},
		{
			kind: 'weakness',
			text: 'No time is set aside for social media: it happens in the evenings, on goodwill.'
		},
		{
			kind: 'opportunity',
			text: 'The city’s digital-inclusion programme for 2027 is looking for partners present in every neighbourhood.'
		},
		{
			kind: 'opportunity',
			text: 'The Friends association and local authors are eager to create and share content with us.'
		},
		{
			kind: 'threat',
			text: 'Budget debates in the council put opening hours under pressure, and critics are louder online than supporters.'
		},
		{
			kind: 'threat',
			text: 'Wrong information about our services (fees, closures) spreads in the neighbourhood groups faster than we correct it.'
		}
	],

	platforms: [
		{
			key: 'groups',
			name: 'Neighbourhood groups',
			kind: 'community',
			norms:
				'Run by volunteer moderators who remove promotional posts. Residents expect a greeting, a name and a straight answer; they help each other and notice who never shows up.',
			effort: 3,
			fit: 5,
			decision: 'focus',
			reason:
				'This is where parents, older residents, the Friends and councillors already ask about us. Answering there as named librarians is the most direct way to be useful and to hear what people need.',
			owner: 'Tomás Reyes',
			faces:
				'Tomás Reyes (Eastgate), Samuel Adeyemi (digital skills), a librarian from each branch on the rota',
			fromNote: 'groups'
		},
		{
			key: 'photos',
			name: 'Photo and video app',
			kind: 'image-video',
			norms:
				'Visual, warm and personal. Real moments do better than posters; comments and messages expect a reply; parents expect to be asked before their children appear.',
			effort: 3,
			fit: 4,
			decision: 'focus',
			reason:
				'Families, the Friends, schools and local authors are here. It shows the people and the life inside the branches, which is what brings first-time visitors in.',
			owner: 'Lena Fischer',
			faces: 'Lena Fischer (youth services), Jonas Berg (events and volunteers)'
		},
		{
			key: 'newsletter',
			name: 'Library newsletter',
			kind: 'own-channel',
			norms:
				'Readers chose to hear from us; they expect one useful issue a month and reply by email.',
			effort: 2,
			fit: 4,
			decision: 'maintain',
			reason:
				'Reaches older residents, the Friends and our funder without depending on any platform. Monthly, with a local history column.',
			owner: 'Maya Okafor',
			faces: 'Priya Nair (local history column), Samuel Adeyemi'
		},
		{
			key: 'pro',
			name: 'Professional network',
			kind: 'professional-network',
			norms:
				'People read for expertise and sector news; posts from named people beat posts from organisation pages.',
			effort: 2,
			fit: 3,
			decision: 'maintain',
			reason:
				'Councillors, the city’s communications department, our funder and head teachers read it. Helen shares a short monthly note on what residents told us and what we changed.',
			owner: 'Helen Marsh',
			faces: 'Helen Marsh, Maya Okafor'
		},
		{
			key: 'microblog',
			name: 'Microblog',
			kind: 'microblog',
			norms: 'Fast and often sharp; news and local politics. Replies are expected within hours.',
			effort: 3,
			fit: 2,
			decision: 'listen',
			reason:
				'The press and some councillors debate library matters here. We listen weekly and answer factual errors through the city’s account, but cannot keep up a presence of our own.',
			owner: 'Maya Okafor',
			faces: ''
		},
		{
			key: 'fediverse',
			name: 'Fediverse',
			kind: 'federated',
			norms:
				'Conversation over promotion; image descriptions and content warnings are expected; each server has its own rules.',
			effort: 2,
			fit: 4,
			decision: 'listen',
			reason:
				'Neighbouring libraries share good practice here. We follow them to learn; a few of our staff are already there in their own name.',
			owner: 'Samuel Adeyemi',
			faces: ''
		},
		{
			key: 'short-video',
			name: 'Short-form video app',
			kind: 'short-video',
			norms: 'Playful, trend-driven, frequent; authenticity beats production.',
			effort: 4,
			fit: 3,
			decision: 'not-now',
			reason:
				'Students are here, but we cannot give it the time it asks. We will look again in 2027 if the teen volunteer group wants to lead it with Lena.',
			owner: '',
			faces: '',
			fromNote: 'short-videos'
		},
		{
			key: 'messaging',
			name: 'Parents’ messaging groups',
			kind: 'messaging',
			norms: 'Private groups run by parents and schools; outsiders posting there feel intrusive.',
			effort: 2,
			fit: 2,
			decision: 'not-now',
			reason:
				'These groups belong to parents and schools. We will not join them; schools already pass on our family activities there.',
			owner: '',
			faces: ''
		}
	],

	presence: [
		{ stakeholder: 'parents', platform: 'groups', strength: 3 },
		{ stakeholder: 'parents', platform: 'photos', strength: 3 },
		{ stakeholder: 'parents', platform: 'messaging', strength: 3 },
		{ stakeholder: 'parents', platform: 'short-video', strength: 1 },
		{ stakeholder: 'students', platform: 'short-video', strength: 3 },
		{ stakeholder: 'students', platform: 'photos', strength: 2 },
		{ stakeholder: 'students', platform: 'microblog', strength: 1 },
		{ stakeholder: 'seniors', platform: 'newsletter', strength: 2 },
		{ stakeholder: 'seniors', platform: 'groups', strength: 2 },
		{ stakeholder: 'jobseekers', platform: 'groups', strength: 1 },
		{ stakeholder: 'staff', platform: 'groups', strength: 1 },
		{ stakeholder: 'staff', platform: 'photos', strength: 2 },
		{ stakeholder: 'staff', platform: 'fediverse', strength: 1 },
		{ stakeholder: 'staff', platform: 'pro', strength: 1 },
		{ stakeholder: 'council', platform: 'groups', strength: 2 },
		{ stakeholder: 'council', platform: 'microblog', strength: 2 },
		{ stakeholder: 'council', platform: 'pro', strength: 2 },
		{ stakeholder: 'council', platform: 'newsletter', strength: 1 },
		{ stakeholder: 'city-comms', platform: 'pro', strength: 3 },
		{ stakeholder: 'city-comms', platform: 'microblog', strength: 2 },
		{ stakeholder: 'friends', platform: 'groups', strength: 3 },
		{ stakeholder: 'friends', platform: 'photos', strength: 2 },
		{ stakeholder: 'friends', platform: 'newsletter', strength: 3 },
		{ stakeholder: 'foundation', platform: 'pro', strength: 3 },
		{ stakeholder: 'foundation', platform: 'newsletter', strength: 2 },
		{ stakeholder: 'schools', platform: 'pro', strength: 2 },
		{ stakeholder: 'schools', platform: 'photos', strength: 2 },
		{ stakeholder: 'schools', platform: 'messaging', strength: 2 },
		{ stakeholder: 'press', platform: 'microblog', strength: 3 },
		{ stakeholder: 'press', platform: 'pro', strength: 2 },
		{ stakeholder: 'press', platform: 'groups', strength: 1 },
		{ stakeholder: 'works-neighbours', platform: 'groups', strength: 3 },
		{ stakeholder: 'authors', platform: 'photos', strength: 3 },
		{ stakeholder: 'authors', platform: 'newsletter', strength: 1 },
		{ stakeholder: 'bookshops', platform: 'photos', strength: 2 },
		{ stakeholder: 'peer-libraries', platform: 'fediverse', strength: 3 },
		{ stakeholder: 'peer-libraries', platform: 'pro', strength: 2 },
		{ stakeholder: 'peer-libraries', platform: 'photos', strength: 1 }
	],

	goals: [
		{
			statement:
				'Hear what residents say about us before we post about ourselves: a weekly listening round of the neighbourhood groups, the microblog and the local news, shared with every branch head.',
			kind: 'listening',
			metric: 'Weekly listening summaries sent to branch heads',
			baseline: '0 (we notice mentions by chance)',
			target: '45 of 52 weeks',
			deadline: '2027-12-31',
			owner: 'Maya Okafor',
			stakeholders: ['parents', 'works-neighbours', 'press'],
			platforms: ['groups', 'microblog']
		},
		{
			statement:
				'Answer every question in the neighbourhood groups as a named librarian within a working day.',
			kind: 'relationship',
			metric: 'Share of questions answered within 24 hours by a named librarian',
			baseline: 'About 30% (estimated from one month)',
			target: '90%',
			deadline: '2027-06-30',
			owner: 'Tomás Reyes',
			stakeholders: ['parents', 'seniors', 'jobseekers'],
			platforms: ['groups'],
			fromNote: 'answer-as-a-person'
		},
		{
			statement:
				'Brief the culture committee every quarter on what residents tell us online and on the measures of this plan.',
			kind: 'relationship',
			metric: 'Quarterly briefings held',
			baseline: '0 in 2026',
			target: '4 in 2027',
			deadline: '2027-12-15',
			owner: 'Helen Marsh',
			stakeholders: ['council', 'city-comms'],
			platforms: ['pro']
		},
		{
			statement:
				'Be the place the local press and the council turn to on digital inclusion in the city.',
			kind: 'reputation',
			metric: 'Times the local press or the council cite our digital-skills work',
			baseline: '2 in 2026',
			target: '8 in 2027',
			deadline: '2027-12-31',
			owner: 'Helen Marsh',
			stakeholders: ['press', 'council', 'foundation'],
			platforms: ['pro', 'newsletter']
		},
		{
			statement:
				'Thank our promoters in public: feature a Friends member, volunteer or local author every month, with their consent.',
			kind: 'relationship',
			metric: 'Promoter stories published',
			baseline: '3 in 2026',
			target: '12 in 2027',
			deadline: '2027-12-31',
			owner: 'Jonas Berg',
			stakeholders: ['friends', 'authors'],
			platforms: ['photos', 'newsletter']
		},
		{
			statement: 'Bring families to their first story time through the photo and video app.',
			kind: 'reach',
			metric: 'Story-time sign-ups that mention the photo and video app',
			baseline: 'Unknown: we start asking at sign-up in January 2027',
			target: '150 per school term',
			deadline: '2027-09-30',
			owner: 'Lena Fischer',
			stakeholders: ['parents', 'schools'],
			platforms: ['photos']
		},
		{
			statement: 'Fill the digital-skills cafés for older residents.',
			kind: 'service',
			metric: 'Seats filled in the weekly digital-skills cafés',
			baseline: '55%',
			target: '85%',
			deadline: '2027-10-31',
			owner: 'Samuel Adeyemi',
			stakeholders: ['seniors', 'foundation'],
			platforms: ['newsletter', 'groups']
		}
	],

	commitment: {
		budget:
			'3,000 euros for 2027 from the communications budget: 1,800 for training, 700 for two phone and microphone kits shared between branches, 500 to promote selected family events when a branch asks. No paid followers, no agency.',
		skills:
			'Writing short, warm answers; taking photos that respect consent; reading and summarising what people say each week; simple video editing for the photo and video app.',
		training:
			'A half-day session for every face before they start (tone, privacy, handling criticism), run by Maya with the city’s communications department. A photo and consent workshop for the youth team in spring 2027. A monthly peer-review hour in which the faces look at last month’s threads together.',
		approvalFlow:
			'Librarians post and answer without prior approval, within the one-page guideline agreed with the city’s communications department. Posts about budgets, closures, policy or anything the press has asked about go through Maya, who answers within a working day; Helen is told about anything that may reach the council. Mistakes are corrected openly, not deleted.',
		privacyRules:
			'Never post visitors’ names, what they borrow or what they asked at the desk. No photos of people without their consent; children only with a parent’s written agreement, and never with their names. Staff decide for themselves whether to appear under their own name and photo, and nobody posts about a colleague’s private life.',
		responsePolicy:
			'Questions in the neighbourhood groups and direct messages get an answer from a named librarian within a working day, or a note saying when we will know. We thank people who speak up for us by name, and share their stories with their consent. Critics get a calm, factual answer in public and an offer to talk in person; we never argue, and never delete criticism unless it breaks the group’s rules. A rota of two faces covers evenings and weekends.',
		responseTimeHours: 24
	},

	notes: [
		{
			key: 'known-digital',
			step: 'purpose',
			text: 'Known for: help with everything digital, not only books',
			color: 'yellow',
			cluster: 'What we want to be known for'
		},
		{
			key: 'known-history',
			step: 'purpose',
			text: 'Local history: nobody else has the archive',
			color: 'yellow',
			cluster: 'What we want to be known for'
		},
		{
			key: 'open-to-everyone',
			step: 'purpose',
			text: 'Open to everyone, no questions asked',
			color: 'green',
			cluster: ''
		},
		{
			key: 'who-is-here',
			step: 'purpose',
			text: 'Only managers were invited: where are the people who answer residents every day?',
			color: 'pink',
			cluster: ''
		},
		{
			key: 'busy-not-answering',
			step: 'maturity',
			text: 'Busy accounts are not the same as answering people',
			color: 'blue',
			cluster: 'Presences'
		},
		{
			key: 'desk-complaints',
			step: 'maturity',
			text: 'We only hear about comments when someone complains at the desk',
			color: 'blue',
			cluster: 'Presences'
		},
		{
			key: 'local-press',
			step: 'stakeholders',
			text: 'Local press and radio',
			color: 'orange',
			cluster: ''
		},
		{
			key: 'works',
			step: 'stakeholders',
			text: 'Neighbours of the Central building works: angry about the noise',
			color: 'orange',
			cluster: 'Forgotten groups'
		},
		{
			key: 'jobseekers',
			step: 'stakeholders',
			text: 'Job seekers use our computers every morning: are they on our list?',
			color: 'orange',
			cluster: 'Forgotten groups'
		},
		{
			key: 'printing-threads',
			step: 'listening',
			text: 'Printing questions in the neighbourhood groups, answered by strangers',
			color: 'purple',
			cluster: ''
		},
		{
			key: 'ask-a-librarian',
			step: 'listening',
			text: 'Look at how the neighbouring city runs "Ask a librarian"',
			color: 'purple',
			cluster: ''
		},
		{
			key: 'groups',
			step: 'platforms',
			text: 'Neighbourhood groups: that is where the questions are',
			color: 'yellow',
			cluster: ''
		},
		{
			key: 'short-videos',
			step: 'platforms',
			text: 'Short videos? Only if the teen volunteers lead',
			color: 'yellow',
			cluster: ''
		},
		{
			key: 'answer-as-a-person',
			step: 'goals',
			text: 'Answer as a person, within a day',
			color: 'green',
			cluster: ''
		},
		{
			key: 'count-learning',
			step: 'goals',
			text: 'Count what we learn, not only likes',
			color: 'green',
			cluster: ''
		},
		{
			key: 'evenings',
			step: 'commitment',
			text: 'Evenings and weekends: who answers?',
			color: 'pink',
			cluster: 'Worries'
		},
		{
			key: 'blame',
			step: 'commitment',
			text: 'Will I be blamed for a mistake in a post?',
			color: 'pink',
			cluster: 'Worries'
		},
		{
			key: 'committee-pdf',
			step: 'review',
			text: 'Take the PDF to the culture committee next month, with the first listening summary',
			color: 'yellow',
			cluster: ''
		}
	]
};
