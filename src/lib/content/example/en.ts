import type { ExampleTexts } from '../example-workshop';

/** The example workshop in English. */
export const texts: ExampleTexts = {
	meta: {
		title: 'Example: Riverside Libraries social media strategy',
		organisation: 'Riverside Libraries',
		facilitator: 'Inès Moreau'
	},
	purpose: {
		statement:
			'Riverside Libraries help every resident of the city find the knowledge, help and company they need to take part in city life: free, close to home and without judgement. Social media should help us hear what residents need, show the people behind the counters, and bring those who have never been in to their first visit.',
		knownFor:
			'Guiding people through information: reliable answers, digital skills for every age, the city’s local history, and a warm place to learn together. Not only lending books.'
	},
	values: {
		open: 'Open to everyone, no questions asked',
		curious: 'Curious and helpful: we answer the question behind the question',
		honest: 'Honest about what we cannot do, and quick to say so',
		rooted: 'Rooted in each neighbourhood, with people you know by name'
	},
	team: {
		maya: {
			name: 'Maya Okafor',
			role: 'Communications lead'
		},
		tomas: {
			name: 'Tomás Reyes',
			role: 'Branch librarian, Eastgate'
		},
		lena: {
			name: 'Lena Fischer',
			role: 'Youth services librarian'
		},
		samuel: {
			name: 'Samuel Adeyemi',
			role: 'Digital skills coach'
		},
		priya: {
			name: 'Priya Nair',
			role: 'Local history archivist'
		},
		jonas: {
			name: 'Jonas Berg',
			role: 'Events and volunteers coordinator'
		},
		helen: {
			name: 'Helen Marsh',
			role: 'Director of libraries'
		}
	},
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
	stakeholders: {
		parents: {
			name: 'Parents of young children',
			interests: 'Story time, baby rhyme sessions, holiday activities, books for every age.',
			concerns:
				'Sessions fill up before they hear about them; not sure what is free; worried about photos of their children online.',
			hopes: 'A simple way to know what is on this week at their branch, and a friendly face.',
			online:
				'Very active in the neighbourhood groups and on the photo and video app; school messaging groups.',
			relationship: 'Helpful and practical: quick answers and early notice of family activities.',
			engagement:
				'Answer their questions in the neighbourhood groups within a working day; show story time (with consent) on the photo and video app.',
			notes: 'Often the first to defend the libraries when they are criticised online.'
		},
		students: {
			name: 'Secondary school students',
			interests: 'Quiet places to study, free Wi-Fi, exam-season opening hours, manga and games.',
			concerns: 'Being told off for noise; feeling the library is for small children.',
			hopes: 'Longer opening hours during exams and a space of their own.',
			online: 'Short-form video app, messaging; rarely the neighbourhood groups.',
			relationship: 'Light touch: they want to know opening hours and events, not to be friends.',
			engagement: '',
			notes: 'Revisit when the teen volunteer group can lead short videos.'
		},
		seniors: {
			name: 'Older residents learning digital skills',
			interests: 'Digital-skills cafés, help with online forms, large-print books, company.',
			concerns: 'Feeling slow or embarrassed; online scams; services moving online only.',
			hopes: 'Patient, personal help, and to be able to video-call their grandchildren.',
			online: 'Our newsletter; neighbourhood groups, often through their children.',
			relationship: 'Personal and patient: a name they know and a place to come back to.',
			engagement:
				'Samuel shares café dates in the newsletter and the neighbourhood groups; their stories (with consent) in the newsletter.',
			notes: ''
		},
		jobseekers: {
			name: 'Job seekers and newcomers to the city',
			interests: 'Computers and printing, help with CVs and applications, language groups.',
			concerns: 'Printing costs; being turned away when the computers are all booked.',
			hopes: 'To find work and their way around the city.',
			online: 'Neighbourhood groups, newcomers’ forums, messaging groups in their own language.',
			relationship: 'Practical help, without being made to feel like a case.',
			engagement: '',
			notes: 'Came up as a forgotten group on the board: they are in every branch every morning.'
		},
		staff: {
			name: 'Library staff across the seven branches',
			interests: 'Being recognised for their work; clear guidance on what they may post.',
			concerns:
				'Being pushed to post on top of everything else; being blamed for a mistake in public.',
			hopes: 'Time set aside, training, and a director who backs them.',
			online:
				'Many use the photo and video app and neighbourhood groups privately; a few are on the fediverse.',
			relationship:
				'Trust: to be the faces of the libraries, with guidelines rather than approvals.',
			engagement:
				'Invite volunteers among staff to become faces; training and a monthly peer review hour.',
			notes: ''
		},
		council: {
			name: 'City council culture committee',
			interests: 'Value for money, visitor numbers, services that reach every neighbourhood.',
			concerns:
				'Rising costs; complaints reaching councillors directly; the debate about Sunday opening hours.',
			hopes: 'Libraries that show their impact and help the city’s digital-inclusion programme.',
			online:
				'Councillors read the neighbourhood groups closely; some post on the microblog and the professional network.',
			relationship:
				'Regular, factual and early: they want to hear from us before they hear from residents.',
			engagement:
				'Helen briefs the committee quarterly with what residents tell us online, good and bad, and with the measures of this plan. Maya sends a one-page summary before each briefing.',
			notes: 'Critical since the Sunday-hours debate; two councillors are strong supporters.'
		},
		'city-comms': {
			name: 'City communications department',
			interests: 'A consistent city voice; no surprises in the press.',
			concerns: 'Staff speaking for the city without guidelines; crises handled badly.',
			hopes: 'Libraries as a trusted, human face of city services.',
			online: 'Professional network and microblog; they run the city’s main accounts.',
			relationship: 'Informed and aligned: agreed guidelines, a contact for anything sensitive.',
			engagement: '',
			notes: 'Their approval of our one-page guideline is needed before we start.'
		},
		friends: {
			name: 'Friends of Riverside Libraries',
			interests: 'Book sales, author evenings, defending library opening hours.',
			concerns: 'Feeling taken for granted; being asked to help with no say.',
			hopes: 'To be part of the libraries’ story and thanked in public.',
			online: 'Neighbourhood groups, the photo and video app, our newsletter.',
			relationship: 'Partners: involved early, thanked by name, sharing our stories as their own.',
			engagement:
				'Jonas features a Friends member or volunteer every month and plans events with them.',
			notes: 'Our most active promoters; they answered critics in the Sunday-hours thread.'
		},
		foundation: {
			name: 'Riverside Community Foundation',
			interests: 'Projects with visible impact on digital inclusion and reading.',
			concerns: 'Their funding not being mentioned; no evidence of results.',
			hopes: 'Stories of real residents they can show their own donors.',
			online: 'Professional network; our newsletter.',
			relationship: 'Keep satisfied: occasional, well-evidenced updates and public thanks.',
			engagement: 'Tag and thank them when we share results of the digital-skills cafés they fund.',
			notes: 'Funds the digital-skills cafés until the end of 2027.'
		},
		schools: {
			name: 'Primary and secondary schools',
			interests: 'Class visits, reading challenges, homework help.',
			concerns: 'Safeguarding; anything that adds to teachers’ workload.',
			hopes: 'A library partner that brings pupils in and makes reading fun.',
			online:
				'Head teachers on the professional network; schools share news on the photo and video app and in parents’ messaging groups.',
			relationship: 'Working partnership: planned together each term.',
			engagement: 'Lena plans class visits with them each term and shares them with consent.',
			notes: ''
		},
		press: {
			name: 'Local newspaper and radio',
			interests: 'Local stories, controversy, human interest.',
			concerns: 'Not being able to reach anyone quickly; press releases with no story.',
			hopes: 'Real people and a quick, straight answer when they call.',
			online: 'Microblog, the professional network, and they watch the neighbourhood groups.',
			relationship: 'A named contact who answers the same day and suggests real stories.',
			engagement:
				'Maya is their named contact and answers the same day. We offer them a story from a branch each quarter, not press releases, and correct errors politely and in public.',
			notes: 'Their coverage of the Sunday-hours debate focused on empty reading rooms.'
		},
		'works-neighbours': {
			name: 'Residents near the Central branch building works',
			interests: 'When the works end; noise, dust and parking.',
			concerns: 'Not being told anything; the works running late.',
			hopes: 'Honest dates and someone to complain to.',
			online: 'Their street’s neighbourhood group.',
			relationship: 'Honest information and a named person who listens.',
			engagement:
				'Tomás posts a short update on the works in their neighbourhood group every two weeks, with dates, and answers complaints there by name. Visits in person when the noise is worst.',
			notes: ''
		},
		authors: {
			name: 'Local authors and illustrators',
			interests: 'Readings, workshops, being stocked and recommended.',
			concerns: 'Being asked to work for free.',
			hopes: 'A stage in their city and new readers.',
			online: 'Photo and video app; our newsletter.',
			relationship: 'Collaborators: events together and sharing each other’s work.',
			engagement: '',
			notes: ''
		},
		bookshops: {
			name: 'Independent bookshops',
			interests: 'Book sales, author events, a reading city.',
			concerns: 'Free lending reduces their sales.',
			hopes: 'More readers in the city overall.',
			online: 'Photo and video app.',
			relationship: 'Friendly neighbours; occasional joint events.',
			engagement: '',
			notes: 'Look for joint author evenings.'
		},
		'peer-libraries': {
			name: 'Libraries in neighbouring cities',
			interests: 'Sharing practice, joint campaigns, comparing results.',
			concerns: 'Competing for the same regional funds.',
			hopes: 'A regional network that learns together.',
			online: 'Fediverse, the professional network, the photo and video app.',
			relationship: 'Peers: we learn from each other openly.',
			engagement: '',
			notes: 'One of them runs "Ask a librarian Thursdays": worth copying.'
		}
	},
	listening: {
		questions: {
			source: 'Neighbourhood groups',
			text: 'Residents ask about opening hours, printing and the book bus route several times a week. Other residents answer, sometimes wrongly, and nobody from the libraries joins the thread.'
		},
		'newspaper-comments': {
			source: 'Comments under the local newspaper',
			text: 'Comments under the Sunday-hours article are split: many praise librarians by name, several call the libraries "a waste of money nobody uses any more".'
		},
		'group-rules': {
			source: 'Neighbourhood groups',
			text: 'Moderators remove posts that only promote events. A greeting, a name and an answer to the actual question are expected; a link with no context is treated as spam.'
		},
		'family-moments': {
			source: 'Photo and video app',
			text: 'Families respond to real moments from story time and behind the scenes, not to event posters. Parents expect to be asked before their children appear.'
		},
		'ask-a-librarian': {
			source: 'Fediverse',
			text: 'A neighbouring city’s libraries run "Ask a librarian Thursdays": librarians sign each answer with their first name. Their answers get more thanks than any of their announcements.'
		},
		'museum-director': {
			source: 'Professional network',
			text: 'A regional museum’s director posts a short monthly note on what visitors told them and what changed as a result; councillors comment on it.'
		},
		'staff-survey': {
			source: 'Staff survey',
			text: 'Eleven staff already post about books or the city in their own time; four would like to do it for the libraries, given guidance and time.'
		}
	},
	swot: {
		'trusted-staff':
			'Staff are trusted and known by name in their neighbourhoods, especially at Eastgate and Northside.',
		'unique-services':
			'Free digital-skills cafés and a local history archive that nobody else in the city offers.',
		broadcasting:
			'The main accounts broadcast events under a logo; comments and messages often wait days for an answer.',
		'no-time': 'No time is set aside for social media: it happens in the evenings, on goodwill.',
		'digital-inclusion':
			'The city’s digital-inclusion programme for 2027 is looking for partners present in every neighbourhood.',
		'eager-partners':
			'The Friends association and local authors are eager to create and share content with us.',
		'budget-debates':
			'Budget debates in the council put opening hours under pressure, and critics are louder online than supporters.',
		'wrong-information':
			'Wrong information about our services (fees, closures) spreads in the neighbourhood groups faster than we correct it.'
	},
	platforms: {
		groups: {
			name: 'Neighbourhood groups',
			norms:
				'Run by volunteer moderators who remove promotional posts. Residents expect a greeting, a name and a straight answer; they help each other and notice who never shows up.',
			reason:
				'This is where parents, older residents, the Friends and councillors already ask about us. Answering there as named librarians is the most direct way to be useful and to hear what people need.',
			faces:
				'Tomás Reyes (Eastgate), Samuel Adeyemi (digital skills), a librarian from each branch on the rota'
		},
		photos: {
			name: 'Photo and video app',
			norms:
				'Visual, warm and personal. Real moments do better than posters; comments and messages expect a reply; parents expect to be asked before their children appear.',
			reason:
				'Families, the Friends, schools and local authors are here. It shows the people and the life inside the branches, which is what brings first-time visitors in.',
			faces: 'Lena Fischer (youth services), Jonas Berg (events and volunteers)'
		},
		newsletter: {
			name: 'Library newsletter',
			norms:
				'Readers chose to hear from us; they expect one useful issue a month and reply by email.',
			reason:
				'Reaches older residents, the Friends and our funder without depending on any platform. Monthly, with a local history column.',
			faces: 'Priya Nair (local history column), Samuel Adeyemi'
		},
		pro: {
			name: 'Professional network',
			norms:
				'People read for expertise and sector news; posts from named people beat posts from organisation pages.',
			reason:
				'Councillors, the city’s communications department, our funder and head teachers read it. Helen shares a short monthly note on what residents told us and what we changed.',
			faces: 'Helen Marsh, Maya Okafor'
		},
		microblog: {
			name: 'Microblog',
			norms: 'Fast and often sharp; news and local politics. Replies are expected within hours.',
			reason:
				'The press and some councillors debate library matters here. We listen weekly and answer factual errors through the city’s account, but cannot keep up a presence of our own.',
			faces: ''
		},
		fediverse: {
			name: 'Fediverse',
			norms:
				'Conversation over promotion; image descriptions and content warnings are expected; each server has its own rules.',
			reason:
				'Neighbouring libraries share good practice here. We follow them to learn; a few of our staff are already there in their own name.',
			faces: ''
		},
		'short-video': {
			name: 'Short-form video app',
			norms: 'Playful, trend-driven, frequent; authenticity beats production.',
			reason:
				'Students are here, but we cannot give it the time it asks. We will look again in 2027 if the teen volunteer group wants to lead it with Lena.',
			faces: ''
		},
		messaging: {
			name: 'Parents’ messaging groups',
			norms: 'Private groups run by parents and schools; outsiders posting there feel intrusive.',
			reason:
				'These groups belong to parents and schools. We will not join them; schools already pass on our family activities there.',
			faces: ''
		}
	},
	goals: {
		listening: {
			statement:
				'Hear what residents say about us before we post about ourselves: a weekly listening round of the neighbourhood groups, the microblog and the local news, shared with every branch head.',
			metric: 'Weekly listening summaries sent to branch heads',
			baseline: '0 (we notice mentions by chance)',
			target: '45 of 52 weeks'
		},
		answering: {
			statement:
				'Answer every question in the neighbourhood groups as a named librarian within a working day.',
			metric: 'Share of questions answered within 24 hours by a named librarian',
			baseline: 'About 30% (estimated from one month)',
			target: '90%'
		},
		briefings: {
			statement:
				'Brief the culture committee every quarter on what residents tell us online and on the measures of this plan.',
			metric: 'Quarterly briefings held',
			baseline: '0 in 2026',
			target: '4 in 2027'
		},
		'digital-inclusion': {
			statement:
				'Be the place the local press and the council turn to on digital inclusion in the city.',
			metric: 'Times the local press or the council cite our digital-skills work',
			baseline: '2 in 2026',
			target: '8 in 2027'
		},
		promoters: {
			statement:
				'Thank our promoters in public: feature a Friends member, volunteer or local author every month, with their consent.',
			metric: 'Promoter stories published',
			baseline: '3 in 2026',
			target: '12 in 2027'
		},
		'story-time': {
			statement: 'Bring families to their first story time through the photo and video app.',
			metric: 'Story-time sign-ups that mention the photo and video app',
			baseline: 'Unknown: we start asking at sign-up in January 2027',
			target: '150 per school term'
		},
		cafes: {
			statement: 'Fill the digital-skills cafés for older residents.',
			metric: 'Seats filled in the weekly digital-skills cafés',
			baseline: '55%',
			target: '85%'
		}
	},
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
			'Questions in the neighbourhood groups and direct messages get an answer from a named librarian within a working day, or a note saying when we will know. We thank people who speak up for us by name, and share their stories with their consent. Critics get a calm, factual answer in public and an offer to talk in person; we never argue, and never delete criticism unless it breaks the group’s rules. A rota of two faces covers evenings and weekends.'
	},
	clusters: {
		'known-for': 'What we want to be known for',
		presences: 'Presences',
		forgotten: 'Forgotten groups',
		worries: 'Worries'
	},
	notes: {
		'known-digital': 'Known for: help with everything digital, not only books',
		'known-history': 'Local history: nobody else has the archive',
		'open-to-everyone': 'Open to everyone, no questions asked',
		'who-is-here':
			'Only managers were invited: where are the people who answer residents every day?',
		'busy-not-answering': 'Busy accounts are not the same as answering people',
		'desk-complaints': 'We only hear about comments when someone complains at the desk',
		'local-press': 'Local press and radio',
		works: 'Neighbours of the Central building works: angry about the noise',
		jobseekers: 'Job seekers use our computers every morning: are they on our list?',
		'printing-threads': 'Printing questions in the neighbourhood groups, answered by strangers',
		'ask-a-librarian': 'Look at how the neighbouring city runs "Ask a librarian"',
		groups: 'Neighbourhood groups: that is where the questions are',
		'short-videos': 'Short videos? Only if the teen volunteers lead',
		'answer-as-a-person': 'Answer as a person, within a day',
		'count-learning': 'Count what we learn, not only likes',
		evenings: 'Evenings and weekends: who answers?',
		blame: 'Will I be blamed for a mistake in a post?',
		'committee-pdf':
			'Take the PDF to the culture committee next month, with the first listening summary'
	}
};
