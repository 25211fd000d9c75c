import { groups, pause, step, type BuiltInRecipe } from './parts';

export const recipes: readonly BuiltInRecipe[] = [
	{
		id: 'full-day',
		recipe: {
			name: 'Stratégie en une journée',
			description:
				'Toute la méthode en une journée : de la raison d’être à un plan sur lequel l’équipe peut s’engager, avec une pause déjeuner.',
			items: [
				step(
					'purpose',
					45,
					'Pour quoi notre organisation devrait-elle être reconnue dans deux ans ?',
					groups('Reconnus pour', 'Valeurs')
				),
				step(
					'maturity',
					30,
					'Où en sommes-nous aujourd’hui, et sur quoi ne sommes-nous pas d’accord ?'
				),
				pause(15, 'Café'),
				step(
					'stakeholders',
					60,
					'Qui compte pour nous, et à quoi ces personnes tiennent-elles ?',
					groups('En interne', 'Partenaires', 'Grand public')
				),
				step(
					'listening',
					45,
					'Que dit-on déjà de nous, et qui le dit ?',
					groups('Ce qu’on dit de nous', 'Des pairs dont s’inspirer')
				),
				pause(60, 'Déjeuner'),
				step('platforms', 60, 'Où sont nos publics, et qu’exige de nous chaque plateforme ?'),
				step(
					'goals',
					60,
					'Qu’allons-nous atteindre, comment le saurons-nous, et qui en est responsable ?'
				),
				pause(15, 'Café'),
				step(
					'commitment',
					45,
					'Sur quoi pouvons-nous honnêtement nous engager : heures, budget, compétences ?'
				),
				step('review', 30, 'Ce plan est-il réaliste ? Que faisons-nous dès lundi ?')
			]
		}
	},
	{
		id: 'half-day-kick-off',
		recipe: {
			name: 'Lancement en une demi-journée',
			description:
				'Une première demi-journée : la raison d’être, les personnes qui comptent et les premiers objectifs. Le reste de la méthode suivra.',
			items: [
				step(
					'purpose',
					40,
					'Pourquoi sommes-nous sur les réseaux sociaux, au fond ?',
					groups('Pourquoi nous y sommes', 'Ce que nous défendons')
				),
				step(
					'stakeholders',
					60,
					'Qui devons-nous toucher, et qui nous écoute déjà ?',
					groups('À toucher absolument', 'Nous écoutent déjà')
				),
				pause(15, 'Pause'),
				step('goals', 50, 'Quels deux ou trois objectifs feraient de cette année une réussite ?'),
				step('review', 15, 'Et ensuite : qu’est-ce qui se passe, et qui s’en charge ?')
			]
		}
	},
	{
		id: 'annual-review',
		recipe: {
			name: 'Bilan annuel en 90 minutes',
			description:
				'Un point annuel : où en est l’équipe sur les quatre dimensions de maturité, et quelles plateformes garder, développer ou quitter.',
			items: [
				step(
					'maturity',
					30,
					'Qu’est-ce qui a changé cette année ? Où avons-nous progressé, où avons-nous stagné ?',
					groups('Progrès', 'Stagnation')
				),
				step(
					'platforms',
					45,
					'Pour chaque plateforme : garder, développer, réduire ou quitter, et pourquoi ?',
					groups('Garder', 'Développer', 'Réduire', 'Quitter')
				),
				step('review', 15, 'Que décidons-nous aujourd’hui, et qui porte chaque décision ?')
			]
		}
	},
	{
		id: 'listening-session',
		recipe: {
			name: 'Séance d’écoute',
			description:
				'Écouter avant de parler : ce que les gens disent de l’organisation et de son domaine, et les codes de chaque communauté.',
			items: [
				step('purpose', 15, 'Que voulons-nous apprendre en écoutant ?'),
				step(
					'listening',
					60,
					'Que disent les gens de nous et de notre domaine, et comment le disent-ils ?',
					groups(
						'Ce qu’on dit de nous',
						'Ce qu’on dit de notre domaine',
						'Codes des communautés',
						'Questions que les gens posent'
					)
				),
				pause(10, 'Pause'),
				step('review', 20, 'Qu’est-ce qui nous a surpris, et qu’en faisons-nous ?')
			]
		}
	}
];
