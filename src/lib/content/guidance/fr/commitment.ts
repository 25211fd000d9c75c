import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Une stratégie qui ignore ses limites finit en une rangée de comptes abandonnés. Être honnête sur les heures, le budget et les compétences, et convenir du fonctionnement de la validation, de la confidentialité et des réponses, c’est ce qui permet de parler au nom de l’organisation avec assurance. La confiance et des consignes claires portent plus loin que la validation de chaque publication par la hiérarchie.',
	questions: [
		'Qui donne combien d’heures par semaine, et qu’est-ce qui sort de sa liste pour faire de la place ?',
		'De quelle formation chacun de nos visages a-t-il besoin avant de commencer ?',
		'Quelles publications demandent un second regard, et lesquelles peuvent partir sans demander ?',
		'Que ne publions-nous jamais, sur les usagers, les collègues ou nous-mêmes ?',
		'En combien de temps répondons-nous, et qui assure les soirées, les week-ends et les congés ?',
		'Comment remercions-nous celles et ceux qui prennent notre défense, et comment répondons-nous aux critiques ?'
	],
	example:
		'Les Bibliothèques de Riverside se sont engagées sur 21 heures par semaine réparties entre sept personnes, et la directrice a inscrit ce temps dans le plan de travail de chacune. Les bibliothécaires publient sans validation préalable dans le cadre d’une charte d’une page ; seules les prises de position sur le budget ou les orientations passent par la responsable de la communication. Les usagers n’apparaissent jamais sur les photos sans leur accord, et les enfants seulement avec l’accord écrit d’un parent.'
};
