import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Avant de décider où aller, l’équipe regarde honnêtement où elle en est : simplement présente, avec des pages qui diffusent, ou vivante, avec des personnes qui écoutent et répondent. Chacun évalue en privé, pour que la voix la plus forte ne fixe pas la note. Quand les évaluations sont très dispersées, chacun voit l’équipe différemment, et cette conversation vaut plus que n’importe quelle moyenne.',
	questions: [
		'Allons-nous là où nos publics se retrouvent déjà, ou ouvrons-nous des comptes en attendant qu’ils nous trouvent ?',
		'Si quelqu’un nous écrit ce soir, est-ce une personne qu’il reconnaît qui répondra, ou un logo ?',
		'Les réseaux sociaux font-ils partie du poste de quelqu’un, avec du temps réservé, ou sont-ils une tâche de plus sur une liste déjà pleine ?',
		'Quand avons-nous remercié pour la dernière fois quelqu’un qui a parlé de nous en bien, ou répondu à quelqu’un qui nous a critiqués ?',
		'Sur quoi nos évaluations divergeaient-elles le plus, et qu’a vu chacun de nous que les autres n’ont pas vu ?'
	],
	example:
		'Aux Bibliothèques de Riverside, les notes sur les présences allaient de 1 à 4. La directrice voyait des comptes actifs publiant chaque jour ; le personnel des annexes voyait un logo annonçant des événements pendant que les questions en commentaire restaient sans réponse. L’équipe a noté les deux points de vue et convenu que les comptes animés par des bibliothécaires nommés sont le modèle à développer.'
};
