import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'L’écoute précède la prise de parole. Ce qui se dit déjà de l’organisation et de son domaine montre où se tient vraiment la conversation, et chaque communauté a ses propres usages qu’un nouveau venu doit apprendre. Des pairs qui s’y prennent bien, et un regard honnête sur les forces, faiblesses, opportunités et menaces, gardent le plan ancré dans la réalité d’aujourd’hui.',
	questions: [
		'Qu’avons-nous entendu dire de nous ce mois-ci, en bien et en mal, et où ?',
		'Quelles questions reviennent sans cesse sans que personne de chez nous n’y réponde ?',
		'Qu’est-ce qui passe pour poli ou impoli dans chaque communauté que nous avons observée ?',
		'Quels pairs dialoguent bien en ligne, et que font-ils exactement dont nous pourrions nous inspirer ?',
		'Que faisons-nous mieux que quiconque autour de nous, et qu’est-ce qui nous freine ?',
		'Qu’est-ce qui change autour de nous et pourrait nous aider ou nous nuire dans les deux prochaines années ?'
	],
	example:
		'Avant l’atelier, deux bibliothécaires de Riverside ont passé une semaine à lire les groupes de quartier et les commentaires sous les actualités locales. Ils y ont trouvé des questions récurrentes sur les horaires et l’impression, auxquelles d’autres habitants répondaient, parfois à tort, sans personne de la bibliothèque dans la discussion. Ils ont aussi appris que publier un lien sans un mot de salutation passe pour impoli dans ces groupes.'
};
