import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Eine Strategie, die ihre Grenzen ignoriert, endet als Reihe verwaister Konten. Ehrlich über Stunden, Budget und Kompetenzen zu sein und zu vereinbaren, wie Freigaben, Datenschutz und Antworten funktionieren, ist das, was Menschen sicher im Namen der Organisation sprechen lässt. Vertrauen und klare Leitlinien tragen weiter, als jeden Beitrag von oben freizugeben.',
	questions: [
		'Wer bringt wie viele Stunden pro Woche ein, und was fällt dafür von der Liste?',
		'Welche Schulung braucht jedes unserer Gesichter, bevor es loslegt?',
		'Welche Beiträge brauchen ein zweites Paar Augen, und welche können ohne Rückfrage erscheinen?',
		'Was posten wir nie, über Besucher, Kolleginnen und Kollegen oder uns selbst?',
		'Wie schnell antworten wir, und wer übernimmt Abende, Wochenenden und Urlaubszeiten?',
		'Wie danken wir den Menschen, die für uns eintreten, und wie reagieren wir auf Kritik?'
	],
	example:
		'Die Riverside-Bibliotheken haben 21 Stunden pro Woche verteilt auf sieben Personen zugesagt, und die Direktorin hat diese Zeit in den Arbeitsplan jeder Person eingetragen. Die Bibliothekarinnen und Bibliothekare posten ohne vorherige Freigabe im Rahmen einer einseitigen Leitlinie; nur Aussagen zu Budget oder Grundsatzfragen gehen über die Kommunikationsleitung. Besucher erscheinen nie ohne ihr Einverständnis auf Fotos, Kinder nur mit schriftlicher Zustimmung eines Elternteils.'
};
