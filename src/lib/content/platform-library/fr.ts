import type { PlatformLibraryTexts } from '../platform-library';

export const texts: PlatformLibraryTexts = {
	'professional-network': {
		name: 'Réseau professionnel',
		norms:
			'On y vient pour sa vie professionnelle : carrière, actualité du secteur, expertise. Les collaborateurs qui partagent ce qu’ils savent, sous leur nom, attirent plus l’attention que les annonces d’une page d’organisation, et l’autopromotion sans fond est ignorée sans bruit.'
	},
	'photo-video-app': {
		name: 'Application de partage de photos et de vidéos',
		norms:
			'Un lieu visuel : on y attend de belles images et des légendes courtes et chaleureuses plutôt que des avis pleins de texte. Les coulisses et les vraies personnes marchent mieux que les publicités léchées, et les commentaires comme les messages privés appellent une réponse.'
	},
	'short-video-app': {
		name: 'Application de vidéos courtes',
		norms:
			'Rapide, ludique et portée par les tendances ; le public récompense l’authenticité et l’humour plus que la qualité de production. Les comptes qui ne font que reposter des publicités sont zappés, et suivre le rythme demande de publier souvent, par quelqu’un qui aime ce format.'
	},
	microblog: {
		name: 'Microblog',
		norms:
			'Des messages publics courts, des réactions rapides, de l’actualité et du débat. Les conversations vont vite et on attend une réponse dans les heures qui suivent ; le ton peut être vif, alors une voix calme et humaine se remarque.'
	},
	fediverse: {
		name: 'Microblog fédéré (fédivers)',
		norms:
			'Réparti sur de nombreux serveurs indépendants, chacun avec ses règles et ses modérateurs. On y apprécie la vraie conversation, les descriptions d’images et les avertissements de contenu, et on s’y méfie du marketing et des publications automatiques.'
	},
	'community-forum': {
		name: 'Forum communautaire',
		norms:
			'Organisé autour d’un sujet, avec des habitués qui se connaissent. Les nouveaux venus sont censés lire avant de publier et aider plutôt que faire de la publicité ; une réponse qui résout un problème inspire plus confiance que n’importe quelle annonce.'
	},
	'neighbourhood-groups': {
		name: 'Groupes de quartier',
		norms:
			'Les habitants y échangent bons plans, plaintes et nouvelles du coin. Les modérateurs limitent souvent les messages promotionnels : un membre du personnel qui répond aux questions sous son nom est bienvenu, une organisation qui ne publie que ses événements ne l’est pas.'
	},
	'own-newsletter': {
		name: 'Notre propre newsletter',
		norms:
			'Les lecteurs ont choisi de nous lire et attendent quelque chose d’utile dans chaque numéro, à un rythme régulier. Les réponses arrivent par e-mail et méritent une réponse. C’est le seul canal dont nous n’empruntons ni les règles ni les lecteurs à personne.'
	},
	'own-blog': {
		name: 'Notre propre blog',
		norms:
			'Un lieu pour les histoires longues, les explications et les archives vers lesquelles les autres plateformes peuvent renvoyer. Les lecteurs arrivent par les recherches et les partages : des titres clairs et des contenus durables comptent plus que la fréquence de publication.'
	},
	'messaging-channel': {
		name: 'Canal ou groupe de messagerie',
		norms:
			'Paraît privé et personnel même quand un message part vers beaucoup de monde. On y attend peu de messages, pertinents, et des réponses rapides aux questions directes ; trop de nouvelles, et les gens coupent les notifications ou s’en vont.'
	},
	podcast: {
		name: 'Podcast ou émission audio',
		norms:
			'Les auditeurs accordent une attention longue et concentrée à des voix qu’ils apprennent à connaître. Un rythme régulier et une vraie conversation comptent plus que le vernis, et les nouveaux auditeurs le découvrent surtout par d’autres canaux.'
	},
	'live-events': {
		name: 'Vidéo en direct et événements en ligne',
		norms:
			'Le direct récompense l’interaction : questions du public, prénoms cités à voix haute, réponses sur le vif. Il demande de la préparation, un animateur et un plan pour l’enregistrement ensuite.'
	}
};
