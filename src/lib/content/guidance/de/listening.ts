import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Zuhören kommt vor dem Senden. Was über die Organisation und ihr Fachgebiet bereits gesagt wird, zeigt, wo das Gespräch wirklich stattfindet, und jede Community hat eigene Gewohnheiten, die Neue erst lernen müssen. Vorbilder, die das gut machen, und ein ehrlicher Blick auf Stärken, Schwächen, Chancen und Risiken halten den Plan auf dem Boden dessen, was heute wahr ist.',
	questions: [
		'Was wird diesen Monat über uns gesagt, Gutes wie Schlechtes, und wo?',
		'Welche Fragen tauchen immer wieder auf, ohne dass jemand von uns antwortet?',
		'Was gilt in jeder Community, die wir angeschaut haben, als höflich oder unhöflich?',
		'Welche vergleichbaren Organisationen führen online gute Gespräche, und was genau machen sie, wovon wir lernen können?',
		'Was können wir besser als alle anderen in unserer Nähe, und was hält uns zurück?',
		'Was verändert sich um uns herum, das uns in den nächsten zwei Jahren helfen oder schaden könnte?'
	],
	example:
		'Vor dem Workshop lasen zwei Bibliothekarinnen aus Riverside eine Woche lang die Nachbarschaftsgruppen und die Kommentare unter lokalen Nachrichten. Sie fanden regelmäßige Fragen zu Öffnungszeiten und zum Drucken, die andere Einwohner beantworteten, manchmal falsch, ohne dass jemand von der Bibliothek mitschrieb. Sie lernten auch, dass ein Link ohne Gruß in diesen Gruppen als unhöflich gilt.'
};
