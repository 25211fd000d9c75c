import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Les objectifs transforment les décisions en quelque chose qu’un commanditaire peut suivre : ce qui doit changer, comment on le mesure, d’où à où, pour quand, et qui en est responsable. La portée n’est qu’un type de résultat ; l’écoute, les relations et la réputation comptent tout autant et durent plus longtemps. Un objectif modeste vérifié chaque mois vaut mieux qu’un objectif ambitieux que personne ne regarde plus.',
	questions: [
		'Qu’est-ce qui aura changé pour nos parties prenantes dans un an si cela fonctionne ?',
		'Quel chiffre montrerait un progrès, et quelle est sa valeur aujourd’hui ?',
		'La cible est-elle réaliste avec les heures dont nous disposons vraiment ?',
		'Qui est responsable de cet objectif et en rend compte ?',
		'Lequel de nos objectifs porte sur l’écoute, une relation ou notre réputation plutôt que sur la portée ?'
	],
	example:
		'L’un des objectifs des Bibliothèques de Riverside est de répondre à chaque question posée dans les groupes de quartier, en tant que bibliothécaire nommé, dans un délai d’un jour ouvré. Elles mesurent la part des questions ayant reçu une réponse sous 24 heures, en partant d’environ 30 %, avec une cible de 90 % fin juin 2027. Tomás en est responsable et en rend compte à la réunion mensuelle des annexes.'
};
