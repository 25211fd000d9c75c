import { groups, pause, step, type BuiltInRecipe } from './parts';

export const recipes: readonly BuiltInRecipe[] = [
	{
		id: 'full-day',
		recipe: {
			name: 'Strategie an einem Tag',
			description:
				'Die ganze Methode an einem Tag: vom Zweck bis zu einem Plan, hinter dem das Team stehen kann, mit Mittagspause.',
			items: [
				step(
					'purpose',
					45,
					'Wofür soll unsere Organisation in zwei Jahren bekannt sein?',
					groups('Bekannt für', 'Werte')
				),
				step('maturity', 30, 'Wo stehen wir heute, und wo sind wir uns uneinig?'),
				pause(15, 'Kaffeepause'),
				step(
					'stakeholders',
					60,
					'Wer ist uns wichtig, und was ist diesen Menschen wichtig?',
					groups('Intern', 'Partner', 'Öffentlichkeit')
				),
				step(
					'listening',
					45,
					'Was wird schon über uns gesagt, und von wem?',
					groups('Was über uns gesagt wird', 'Von anderen lernen')
				),
				pause(60, 'Mittagspause'),
				step('platforms', 60, 'Wo sind unsere Leute, und was verlangt jede Plattform von uns?'),
				step(
					'goals',
					60,
					'Was wollen wir erreichen, woran erkennen wir es, und wer ist verantwortlich?'
				),
				pause(15, 'Kaffeepause'),
				step('commitment', 45, 'Was können wir ehrlich zusagen: Stunden, Budget, Kompetenzen?'),
				step('review', 30, 'Ist dieser Plan realistisch? Was tun wir am Montag?')
			]
		}
	},
	{
		id: 'half-day-kick-off',
		recipe: {
			name: 'Halbtägiger Auftakt',
			description:
				'Ein erster halber Tag: Zweck, die Menschen, auf die es ankommt, und erste Ziele. Der Rest der Methode folgt später.',
			items: [
				step(
					'purpose',
					40,
					'Warum sind wir überhaupt in den sozialen Medien?',
					groups('Warum wir dort sind', 'Wofür wir stehen')
				),
				step(
					'stakeholders',
					60,
					'Wen müssen wir erreichen, und wer hört uns schon zu?',
					groups('Müssen wir erreichen', 'Hören schon zu')
				),
				pause(15, 'Pause'),
				step('goals', 50, 'Welche zwei oder drei Ziele würden dieses Jahr zum Erfolg machen?'),
				step('review', 15, 'Wie geht es weiter, und wer kümmert sich darum?')
			]
		}
	},
	{
		id: 'annual-review',
		recipe: {
			name: 'Jahresrückblick in 90 Minuten',
			description:
				'Ein jährlicher Check: wo das Team bei den vier Reifegrad-Dimensionen steht und welche Plattformen es behalten, ausbauen oder aufgeben will.',
			items: [
				step(
					'maturity',
					30,
					'Was hat sich im letzten Jahr verändert? Wo sind wir gewachsen, wo stehen geblieben?',
					groups('Gewachsen', 'Stehen geblieben')
				),
				step(
					'platforms',
					45,
					'Für jede Plattform: behalten, ausbauen, reduzieren oder aufgeben, und warum?',
					groups('Behalten', 'Ausbauen', 'Reduzieren', 'Aufgeben')
				),
				step(
					'review',
					15,
					'Was entscheiden wir heute, und wer ist für jede Entscheidung zuständig?'
				)
			]
		}
	},
	{
		id: 'listening-session',
		recipe: {
			name: 'Zuhör-Session',
			description:
				'Erst zuhören, dann reden: was Menschen über die Organisation und ihr Themenfeld sagen, und die Umgangsformen jeder Community.',
			items: [
				step('purpose', 15, 'Was wollen wir durch Zuhören lernen?'),
				step(
					'listening',
					60,
					'Was sagen die Leute über uns und unser Themenfeld, und wie sagen sie es?',
					groups(
						'Was über uns gesagt wird',
						'Was über unser Themenfeld gesagt wird',
						'Umgangsformen der Communitys',
						'Fragen, die Leute stellen'
					)
				),
				pause(10, 'Pause'),
				step('review', 20, 'Was hat uns überrascht, und was machen wir daraus?')
			]
		}
	}
];
