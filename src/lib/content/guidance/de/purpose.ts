import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Social Media ist ein Mittel, kein Selbstzweck: Bevor jemand einen Kanal nennt, einigt sich die Runde darauf, was die Organisation erreichen will und wofür sie über ihr Angebot hinaus bekannt sein möchte. Werte entscheiden darüber, wie wir sprechen, wenn niemand jeden Beitrag prüft. Genauso wichtig ist, wer im Raum sitzt: Die Menschen, die schon heute online mit der Öffentlichkeit sprechen, auf jeder Ebene, gehören von Anfang an in den Plan.',
	questions: [
		'Wenn unsere Social-Media-Kanäle morgen verschwänden, wem würde es auffallen, und was würde ihm fehlen?',
		'Weswegen sollen Menschen zu uns kommen, über unsere eigenen Produkte oder Leistungen hinaus?',
		'Welche Werte sollte jeder daran erkennen, wie wir online auf eine Frage antworten?',
		'Wer von uns spricht schon jeden Tag online mit unserem Publikum, und sitzt diese Person hier im Raum?',
		'Was würde diesen Plan in zwei Jahren zum Erfolg machen, nicht nur nach der nächsten Kampagne?'
	],
	example:
		'Die Riverside-Bibliotheken haben sich darauf geeinigt, dass ihr Zweck darin besteht, allen Einwohnerinnen und Einwohnern zu helfen, das Wissen, die Hilfe und die Gesellschaft zu finden, die sie brauchen, um am Leben der Stadt teilzuhaben. Sie wollen dafür bekannt sein, Menschen durch Informationen und digitale Kompetenzen zu begleiten, nicht nur für das Ausleihen von Büchern. Beim Blick in die Runde merkten sie, dass nur Führungskräfte eingeladen waren, und baten Tomás dazu, einen Bibliothekar einer Zweigstelle, der den Menschen in den Nachbarschaftsgruppen schon fast jeden Abend antwortet.'
};
