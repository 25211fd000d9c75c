import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Les plateformes découlent des personnes : un canal mérite sa place quand les parties prenantes qui comptent y sont déjà et que l’équipe peut y assurer une vraie présence. Chaque plateforme a ses propres codes et demande un effort différent. Aucune plateforme n’est obligatoire, et décider de seulement écouter, ou d’attendre, est un choix légitime et souvent sage. Sur le graphique adéquation et effort, l’adéquation à notre raison d’être monte vers le haut et l’effort demandé par une plateforme va vers la droite : les gains rapides sont en haut à gauche.',
	questions: [
		'Lesquelles de nos parties prenantes clés sont déjà actives ici, et à quel point ?',
		'La manière dont les gens se comportent ici correspond-elle à notre raison d’être et à notre façon de vouloir parler ?',
		'Qui serait notre visage reconnaissable ici, et le souhaite-t-il ?',
		'Combien d’heures par semaine une vraie présence demanderait-elle, et qui les donnerait ?',
		'Que perdrions-nous à nous contenter d’écouter ici pour l’instant ?'
	],
	example:
		'Les Bibliothèques de Riverside ont choisi deux plateformes prioritaires : les groupes de quartier, où parents, habitants âgés et élus posent déjà des questions, et une application de photos et de vidéos pour les familles et l’association des Amis. Elles conservent leur newsletter et le réseau professionnel, se contentent d’écouter sur le microblog et le fédivers, et ont décidé que la vidéo courte attendra que les jeunes bénévoles puissent l’animer avec elles.'
};
