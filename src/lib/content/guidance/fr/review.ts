import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'La relecture rassemble tout le plan sur une page, pour que le groupe voie si ses parties tiennent ensemble : raison d’être, personnes, plateformes, objectifs et le temps de les porter. La vérification du plan signale les points faibles sur lesquels un commanditaire poserait des questions, chacun avec l’étape qui permet de le corriger. L’export transmet le raisonnement, et pas seulement les conclusions, à celles et ceux qui n’étaient pas dans la salle.',
	questions: [
		'En lisant la synthèse, quelqu’un qui n’était pas là comprendrait-il pourquoi nous avons fait ces choix ?',
		'Quels constats de la vérification corrigeons-nous maintenant, et lesquels acceptons-nous sciemment ?',
		'Chaque plateforme que nous gardons a-t-elle des personnes nommées derrière elle et le temps qui va avec ?',
		'Quand nous retrouvons-nous pour examiner les indicateurs et ajuster le plan ?'
	],
	example:
		'En fin de journée, l’équipe de Riverside a lu la synthèse à voix haute. La vérification avait signalé une plateforme prioritaire sans personne nommée derrière elle ; l’équipe a donc ajouté Lena et Jonas comme visages avant l’export. Le mois suivant, la directrice a présenté le PDF à la commission culture, avec la première synthèse hebdomadaire d’écoute.'
};
