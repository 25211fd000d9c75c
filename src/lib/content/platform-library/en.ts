import type { PlatformLibraryTexts } from '../platform-library';

export const texts: PlatformLibraryTexts = {
	'professional-network': {
		name: 'Professional network',
		norms:
			'People come here for their working lives: careers, sector news and expertise. Named staff sharing what they know get more attention than announcements from an organisation page, and self-promotion without substance is quietly ignored.'
	},
	'photo-video-app': {
		name: 'Photo and video sharing app',
		norms:
			'A visual place: people expect good pictures and short, warm captions rather than notices full of text. Behind-the-scenes moments and real people do better than polished adverts, and comments and direct messages expect a reply.'
	},
	'short-video-app': {
		name: 'Short-form video app',
		norms:
			'Fast, playful and driven by trends; people reward authenticity and humour over production value. Accounts that only repost adverts are scrolled past, and keeping up takes frequent posting by someone who enjoys the format.'
	},
	microblog: {
		name: 'Microblog',
		norms:
			'Short public posts, quick reactions, news and debate. Conversations move fast and replies are expected within hours; the tone can be sharp, so a calm, human voice stands out.'
	},
	fediverse: {
		name: 'Federated microblog (fediverse)',
		norms:
			'Spread over many independently run servers, each with its own rules and moderators. People value real conversation, image descriptions and content warnings, and are wary of marketing and automated posting.'
	},
	'community-forum': {
		name: 'Community forum',
		norms:
			'Organised around a topic, with regulars who know each other. Newcomers are expected to read before posting and to help rather than advertise; an answer that solves a problem builds more trust than any announcement.'
	},
	'neighbourhood-groups': {
		name: 'Local neighbourhood groups',
		norms:
			'Residents swap recommendations, complaints and local news. Moderators often limit promotional posts: a named staff member who answers questions is welcome, an organisation that only posts its events is not.'
	},
	'own-newsletter': {
		name: 'Our own newsletter',
		norms:
			'Readers chose to hear from us and expect something useful in every issue, at a steady rhythm. Replies arrive by email and deserve an answer. It is the one channel whose rules and readers we do not borrow from anyone.'
	},
	'own-blog': {
		name: 'Our own blog',
		norms:
			'A home for longer stories, explanations and archives that other platforms can link to. Readers arrive from searches and shares, so clear titles and lasting content matter more than posting often.'
	},
	'messaging-channel': {
		name: 'Messaging channel or group',
		norms:
			'Feels private and personal even when one message goes to many. People expect few, relevant messages and quick answers to direct questions; too many updates and they mute or leave.'
	},
	podcast: {
		name: 'Podcast or audio show',
		norms:
			'Listeners give long, focused attention to voices they come to know. A regular schedule and genuine conversation matter more than polish, and new listeners mostly find it through other channels.'
	},
	'live-events': {
		name: 'Live video and online events',
		norms:
			'Live sessions reward interaction: questions from the audience, names said aloud, answers on the spot. They need preparation, a host, and a plan for the recording afterwards.'
	}
};
