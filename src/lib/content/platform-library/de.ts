import type { PlatformLibraryTexts } from '../platform-library';

export const texts: PlatformLibraryTexts = {
	'professional-network': {
		name: 'Berufliches Netzwerk',
		norms:
			'Hier geht es ums Berufsleben: Karriere, Branchennews und Fachwissen. Namentlich auftretende Mitarbeitende, die ihr Wissen teilen, bekommen mehr Aufmerksamkeit als Ankündigungen einer Unternehmensseite, und Eigenwerbung ohne Substanz wird stillschweigend übergangen.'
	},
	'photo-video-app': {
		name: 'App zum Teilen von Fotos und Videos',
		norms:
			'Ein visueller Ort: Man erwartet gute Bilder und kurze, herzliche Bildunterschriften statt textlastiger Aushänge. Blicke hinter die Kulissen und echte Menschen funktionieren besser als polierte Werbung, und Kommentare wie Direktnachrichten erwarten eine Antwort.'
	},
	'short-video-app': {
		name: 'Kurzvideo-App',
		norms:
			'Schnell, verspielt und trendgetrieben; das Publikum belohnt Authentizität und Humor mehr als aufwendige Produktion. Konten, die nur Werbung wiederholen, werden weggewischt, und dranzubleiben erfordert häufiges Posten durch jemanden, dem das Format Spaß macht.'
	},
	microblog: {
		name: 'Microblog',
		norms:
			'Kurze öffentliche Beiträge, schnelle Reaktionen, Nachrichten und Debatten. Gespräche bewegen sich rasch, Antworten werden innerhalb von Stunden erwartet; der Ton kann scharf sein, daher fällt eine ruhige, menschliche Stimme auf.'
	},
	fediverse: {
		name: 'Föderierter Microblog (Fediverse)',
		norms:
			'Verteilt auf viele unabhängig betriebene Server mit jeweils eigenen Regeln und Moderationsteams. Geschätzt werden echte Gespräche, Bildbeschreibungen und Inhaltswarnungen; Marketing und automatisierte Beiträge stoßen auf Skepsis.'
	},
	'community-forum': {
		name: 'Community-Forum',
		norms:
			'Um ein Thema herum organisiert, mit Stammgästen, die sich kennen. Von Neulingen wird erwartet, erst zu lesen und dann zu posten und lieber zu helfen als zu werben; eine Antwort, die ein Problem löst, schafft mehr Vertrauen als jede Ankündigung.'
	},
	'neighbourhood-groups': {
		name: 'Lokale Nachbarschaftsgruppen',
		norms:
			'Anwohnerinnen und Anwohner tauschen Empfehlungen, Beschwerden und Neuigkeiten aus dem Viertel aus. Die Moderation begrenzt oft Werbebeiträge: Eine namentlich bekannte Mitarbeiterin, die Fragen beantwortet, ist willkommen, eine Organisation, die nur ihre Veranstaltungen postet, nicht.'
	},
	'own-newsletter': {
		name: 'Unser eigener Newsletter',
		norms:
			'Die Leserinnen und Leser haben sich bewusst für uns entschieden und erwarten in jeder Ausgabe etwas Nützliches, in einem verlässlichen Rhythmus. Antworten kommen per E-Mail und verdienen eine Rückmeldung. Es ist der einzige Kanal, dessen Regeln und Publikum wir von niemandem leihen.'
	},
	'own-blog': {
		name: 'Unser eigener Blog',
		norms:
			'Ein Zuhause für längere Geschichten, Erklärungen und Archive, auf die andere Plattformen verlinken können. Die Leute kommen über Suchmaschinen und geteilte Links, daher zählen klare Titel und beständige Inhalte mehr als häufiges Posten.'
	},
	'messaging-channel': {
		name: 'Messenger-Kanal oder -Gruppe',
		norms:
			'Wirkt privat und persönlich, auch wenn eine Nachricht an viele geht. Erwartet werden wenige, relevante Nachrichten und schnelle Antworten auf direkte Fragen; bei zu vielen Updates schalten die Leute stumm oder treten aus.'
	},
	podcast: {
		name: 'Podcast oder Audioformat',
		norms:
			'Die Hörerinnen und Hörer schenken Stimmen, die sie kennenlernen, lange und konzentrierte Aufmerksamkeit. Ein fester Rhythmus und echte Gespräche zählen mehr als Perfektion, und neue Hörer finden den Podcast meist über andere Kanäle.'
	},
	'live-events': {
		name: 'Livevideo und Online-Veranstaltungen',
		norms:
			'Live-Formate leben von Interaktion: Fragen aus dem Publikum, Namen, die laut genannt werden, Antworten aus dem Stegreif. Sie brauchen Vorbereitung, eine Moderation und einen Plan für die Aufzeichnung danach.'
	}
};
