import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Les réseaux sociaux sont un moyen, pas une fin : avant que quiconque ne cite un canal, le groupe s’accorde sur ce que l’organisation cherche à accomplir et sur ce pour quoi elle veut être reconnue, au-delà de ce qu’elle propose. Les valeurs décident de notre façon de parler quand personne ne relit chaque publication. Qui est dans la salle compte tout autant : les personnes qui échangent déjà en ligne avec le public, à tous les niveaux, ont leur place dans le plan dès le départ.',
	questions: [
		'Si nos réseaux sociaux disparaissaient demain, qui s’en apercevrait, et qu’est-ce qui lui manquerait ?',
		'Pour quoi voulons-nous que l’on vienne vers nous, au-delà de nos propres produits ou services ?',
		'Quelles valeurs chacun devrait-il reconnaître dans notre manière de répondre à une question en ligne ?',
		'Qui parmi nous échange déjà chaque jour en ligne avec notre public, et ces personnes sont-elles dans cette salle ?',
		'Qu’est-ce qui ferait de ce plan une réussite dans deux ans, et pas seulement après la prochaine campagne ?'
	],
	example:
		'Les Bibliothèques de Riverside ont convenu que leur raison d’être est d’aider chaque habitant à trouver les savoirs, l’aide et la compagnie dont il a besoin pour prendre part à la vie de la ville. Elles veulent être reconnues pour guider les gens dans l’information et les compétences numériques, pas seulement pour prêter des livres. En regardant autour d’eux, les participants ont constaté que seuls des cadres avaient été invités, et ont demandé à Tomás, bibliothécaire d’une annexe qui répond déjà presque tous les soirs aux habitants dans les groupes de quartier, de les rejoindre.'
};
