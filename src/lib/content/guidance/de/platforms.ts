import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Plattformen folgen aus den Menschen: Ein Kanal verdient seinen Platz, wenn die wichtigen Stakeholder schon dort sind und das Team eine echte Präsenz halten kann. Jede Plattform hat ihre eigenen Gepflogenheiten und verlangt unterschiedlich viel Aufwand. Keine Plattform ist Pflicht, und die Entscheidung, nur zuzuhören oder abzuwarten, ist legitim und oft klug. Im Diagramm zu Passung und Aufwand verläuft die Passung zu unserem Zweck nach oben und der Aufwand, den eine Plattform verlangt, nach rechts: Schnelle Erfolge liegen oben links.',
	questions: [
		'Welche unserer wichtigsten Stakeholder sind hier schon aktiv, und wie aktiv?',
		'Passt die Art, wie sich Menschen hier verhalten, zu unserem Zweck und dazu, wie wir sprechen wollen?',
		'Wer wäre hier unser erkennbares Gesicht, und möchte diese Person das?',
		'Wie viele Stunden pro Woche bräuchte eine echte Präsenz, und wer bringt sie auf?',
		'Was würden wir verlieren, wenn wir hier vorerst nur zuhören?'
	],
	example:
		'Die Riverside-Bibliotheken wählten zwei Fokusplattformen: die lokalen Nachbarschaftsgruppen, in denen Eltern, ältere Menschen und Ratsmitglieder schon Fragen stellen, und eine Foto- und Video-App für Familien und den Förderverein. Newsletter und berufliches Netzwerk pflegen sie weiter, auf dem Microblog und im Fediverse hören sie nur zu, und Kurzvideos sollen warten, bis die jugendlichen Ehrenamtlichen sie gemeinsam mit ihnen gestalten können.'
};
