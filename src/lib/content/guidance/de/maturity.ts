import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Bevor das Team entscheidet, wohin es geht, schaut es ehrlich darauf, wo es steht: nur präsent, mit Seiten, die senden, oder lebendig, mit Menschen, die zuhören und antworten. Alle bewerten für sich, damit nicht die lauteste Stimme das Ergebnis bestimmt. Liegen die Bewertungen weit auseinander, sehen die Menschen das Team unterschiedlich, und dieses Gespräch ist mehr wert als jeder Durchschnitt.',
	questions: [
		'Gehen wir dorthin, wo unsere Menschen schon zusammenkommen, oder eröffnen wir Konten und warten, bis man uns findet?',
		'Wenn uns heute Abend jemand schreibt, antwortet dann ein Mensch, den er kennt, oder ein Logo?',
		'Ist Social Media Teil einer Stelle mit fest eingeplanter Zeit oder eine Zusatzaufgabe auf einer vollen Liste?',
		'Wann haben wir zuletzt jemandem gedankt, der gut über uns gesprochen hat, oder jemandem geantwortet, der uns kritisiert hat?',
		'Wo lagen unsere Bewertungen am weitesten auseinander, und was hat jeder von uns gesehen, was die anderen nicht gesehen haben?'
	],
	example:
		'Bei den Riverside-Bibliotheken reichten die Bewertungen der Präsenzen von 1 bis 4. Die Direktorin sah lebhafte Konten, die jeden Tag posten; die Beschäftigten der Zweigstellen sahen ein Logo, das Veranstaltungen ankündigt, während Fragen in den Kommentaren unbeantwortet blieben. Das Team hielt beide Sichtweisen fest und einigte sich darauf, dass die Konten, die namentlich genannte Bibliothekarinnen und Bibliothekare führen, das Vorbild sind, das wachsen soll.'
};
