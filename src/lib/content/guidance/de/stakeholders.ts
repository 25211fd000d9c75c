import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Ein Plan, der sich an alle richtet, erreicht niemanden. Wer bei den Menschen und Gruppen ansetzt, die für die Organisation schon heute zählen, statt bei beliebigen potenziellen Kunden, sieht, wessen Vertrauen auf dem Spiel steht, was jedem wichtig ist und wo alle schon online unterwegs sind. Nicht alle wollen dieselbe Beziehung: Manche wollen Antworten, manche wollen mitreden, manche wollen nur auf dem Laufenden bleiben. Auf der Stakeholder-Karte verläuft der Einfluss auf uns nach oben und das Interesse an uns nach rechts, in jeder Sprache: Oben rechts stehen die, die wir eng einbinden.',
	questions: [
		'Wer hängt von uns ab, von wem hängen wir ab, und wer kann uns die Arbeit leichter oder schwerer machen?',
		'Für jede Gruppe: Was interessiert sie, was beunruhigt sie, und was erhofft sie sich von uns?',
		'Wo sprechen diese Menschen schon online miteinander, in ihren eigenen Worten, ohne uns?',
		'Wie stehen sie heute zu uns, und woher wissen wir das?',
		'Welche Kritiker haben Einfluss, und wie arbeiten wir mit ihnen, statt an ihnen vorbei?',
		'Welche Art von Beziehung wünscht sich jede Gruppe wirklich mit uns?'
	],
	example:
		'Die Riverside-Bibliotheken haben fünfzehn Stakeholder aufgelistet, von Eltern kleiner Kinder bis zum Kulturausschuss des Stadtrats. Der Ausschuss steht nach einer Debatte über Sonntagsöffnungen kritisch zu ihnen und liegt im Feld „Eng einbinden“; deshalb schrieb das Team einen Dialogplan: vierteljährliche Gespräche darüber, was die Menschen den Bibliotheken online sagen. Unabhängige Buchhandlungen landeten bei „Beobachten“, mit der Notiz, gemeinsame Leseabende zu prüfen.'
};
