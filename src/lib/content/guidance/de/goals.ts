import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Ziele machen aus Entscheidungen etwas, das Auftraggebende nachverfolgen können: was sich ändern soll, wie es gemessen wird, von wo nach wo, bis wann und wer verantwortlich ist. Reichweite ist nur eine Art von Ergebnis; Zuhören, Beziehungen und Reputation zählen genauso und halten länger. Ein bescheidenes Ziel, das jeden Monat geprüft wird, schlägt ein ehrgeiziges, das niemand mehr ansieht.',
	questions: [
		'Was wird für unsere Stakeholder in einem Jahr anders sein, wenn das funktioniert?',
		'Welche Zahl würde Fortschritt zeigen, und wo steht sie heute?',
		'Ist der Zielwert mit den Stunden, die wir tatsächlich haben, realistisch?',
		'Wer ist für dieses Ziel verantwortlich und berichtet darüber?',
		'Welches unserer Ziele betrifft Zuhören, eine Beziehung oder unsere Reputation statt Reichweite?'
	],
	example:
		'Ein Ziel der Riverside-Bibliotheken lautet, jede Frage in den Nachbarschaftsgruppen innerhalb eines Arbeitstags als namentlich genannte Bibliothekarin oder namentlich genannter Bibliothekar zu beantworten. Gemessen wird der Anteil der Fragen, die innerhalb von 24 Stunden beantwortet werden, ausgehend von geschätzten 30 Prozent, mit einem Zielwert von 90 Prozent bis Ende Juni 2027. Tomás ist dafür verantwortlich und berichtet in der monatlichen Zweigstellenbesprechung.'
};
