import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Un plan qui s’adresse à tout le monde ne parle à personne. Partir des personnes et des groupes qui comptent déjà pour l’organisation, plutôt que de clients potentiels pris au hasard, montre quelle confiance est en jeu, ce qui importe à chacun et où chacun passe déjà du temps en ligne. Tout le monde ne veut pas la même relation : certains veulent des réponses, d’autres veulent avoir leur mot à dire, d’autres encore veulent seulement être tenus au courant. Sur la carte des parties prenantes, l’influence sur nous monte vers le haut et l’intérêt pour nous va vers la droite, quelle que soit la langue : en haut à droite se trouvent les personnes à gérer de près.',
	questions: [
		'Qui dépend de nous, de qui dépendons-nous, et qui peut nous faciliter ou nous compliquer la tâche ?',
		'Pour chaque groupe : qu’est-ce qui l’intéresse, qu’est-ce qui l’inquiète, et qu’attend-il de nous ?',
		'Où ces personnes échangent-elles déjà en ligne, avec leurs propres mots, sans nous ?',
		'Que pensent-elles de nous aujourd’hui, et comment le savons-nous ?',
		'Quels détracteurs ont de l’influence, et comment travaillerons-nous avec eux plutôt que de les contourner ?',
		'Quel type de relation chaque groupe souhaite-t-il vraiment avoir avec nous ?'
	],
	example:
		'Les Bibliothèques de Riverside ont recensé quinze parties prenantes, des parents de tout-petits à la commission culture du conseil municipal. La commission se trouve dans « Gérer de près », avec un avis critique après un débat sur l’ouverture le dimanche ; l’équipe a donc rédigé un plan de dialogue : un point trimestriel sur ce que les habitants disent aux bibliothèques en ligne. Les librairies indépendantes sont dans « Surveiller », avec une note pour envisager des soirées d’auteurs communes.'
};
