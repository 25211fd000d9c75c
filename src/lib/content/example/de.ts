import type { ExampleTexts } from '../example-workshop';

/** Der Beispiel-Workshop auf Deutsch. */
export const texts: ExampleTexts = {
	meta: {
		title: 'Beispiel: Social-Media-Strategie der Riverside-Bibliotheken',
		organisation: 'Riverside-Bibliotheken',
		facilitator: 'Inès Moreau'
	},
	purpose: {
		statement:
			'Die Riverside-Bibliotheken helfen allen Menschen in der Stadt, das Wissen, die Hilfe und die Gesellschaft zu finden, die sie brauchen, um am Leben der Stadt teilzuhaben: kostenlos, in der Nähe und ohne Vorurteile. Social Media soll uns helfen zu hören, was die Menschen brauchen, die Menschen hinter der Theke zu zeigen und alle, die noch nie bei uns waren, zu einem ersten Besuch zu bewegen.',
		knownFor:
			'Menschen durch die Welt der Informationen begleiten: verlässliche Antworten, digitale Kompetenzen für jedes Alter, die Stadtgeschichte und ein herzlicher Ort, um gemeinsam zu lernen. Nicht nur Bücher ausleihen.'
	},
	values: {
		open: 'Offen für alle, ohne Wenn und Aber',
		curious: 'Neugierig und hilfsbereit: Wir beantworten die Frage hinter der Frage',
		honest: 'Ehrlich darüber, was wir nicht leisten können, und schnell dabei, es zu sagen',
		rooted: 'Verwurzelt in jedem Viertel, mit Menschen, die man beim Namen kennt'
	},
	team: {
		maya: { name: 'Maya Okafor', role: 'Leiterin Kommunikation' },
		tomas: { name: 'Tomás Reyes', role: 'Bibliothekar der Zweigstelle Eastgate' },
		lena: { name: 'Lena Fischer', role: 'Bibliothekarin für Kinder und Jugendliche' },
		samuel: { name: 'Samuel Adeyemi', role: 'Coach für digitale Kompetenzen' },
		priya: { name: 'Priya Nair', role: 'Archivarin für Stadtgeschichte' },
		jonas: { name: 'Jonas Berg', role: 'Koordinator für Veranstaltungen und Ehrenamtliche' },
		helen: { name: 'Helen Marsh', role: 'Direktorin der Bibliotheken' }
	},
	maturityNotes: {
		planning:
			'Meist gehen wir dorthin, wo die Menschen schon sind (die Nachbarschaftsgruppen sind zu uns gekommen, nicht umgekehrt), aber die Hauptkonten wurden vor Jahren eröffnet, weil „alle eins hatten“, und niemand hat geprüft, wer sie liest.',
		presences:
			'Die größte Streuung des Tages: von 1 (Tomás) bis 4 (Helen). Helen sieht Konten, die jeden Tag posten und geschäftig wirken. Die Beschäftigten der Zweigstellen sehen ein Logo, das Veranstaltungen ankündigt, während Fragen in den Kommentaren tagelang warten, und Menschen, die sich auf der Eastgate-Seite statt auf unserer bei einer Bibliothekarin mit Namen bedanken. Wir waren uns einig, dass beides stimmt: Wir sind aktiv, aber nicht als Menschen präsent. Die Eastgate-Seite, die Tomás unter seinem eigenen Namen führt, ist das Vorbild, das wachsen soll.',
		commitment:
			'Alle sind sich einig: Social Media passiert abends, aus gutem Willen, und hört auf, sobald jemand Urlaub hat. Es ist keine Zeit dafür eingeplant, und niemand wurde geschult.',
		relationships:
			'Wir antworten freundlich, wenn wir einen Kommentar sehen, aber wir suchen nicht danach. Dem Förderverein oder den Ehrenamtlichen danken wir selten öffentlich, und einer Kritikerin haben wir noch nie anderswo als an der Theke geantwortet.'
	},
	stakeholders: {
		parents: {
			name: 'Eltern kleiner Kinder',
			interests: 'Vorlesestunden, Krabbelreime, Ferienangebote, Bücher für jedes Alter.',
			concerns:
				'Termine sind ausgebucht, bevor sie davon erfahren; unklar, was kostenlos ist; Sorge wegen Fotos ihrer Kinder im Netz.',
			hopes:
				'Eine einfache Möglichkeit zu erfahren, was diese Woche in ihrer Zweigstelle los ist, und ein freundliches Gesicht.',
			online:
				'Sehr aktiv in den Nachbarschaftsgruppen und in der Foto- und Video-App; Messenger-Gruppen der Schulen.',
			relationship:
				'Hilfreich und praktisch: schnelle Antworten und frühe Hinweise auf Familienangebote.',
			engagement:
				'Ihre Fragen in den Nachbarschaftsgruppen innerhalb eines Arbeitstags beantworten; Vorlesestunden (mit Einverständnis) in der Foto- und Video-App zeigen.',
			notes: 'Oft die Ersten, die die Bibliotheken verteidigen, wenn sie online kritisiert werden.'
		},
		students: {
			name: 'Schülerinnen und Schüler weiterführender Schulen',
			interests:
				'Ruhige Lernplätze, kostenloses WLAN, Öffnungszeiten in der Prüfungszeit, Manga und Spiele.',
			concerns: 'Wegen Lärm ermahnt zu werden; das Gefühl, die Bibliothek sei für kleine Kinder.',
			hopes: 'Längere Öffnungszeiten in der Prüfungszeit und ein eigener Raum.',
			online: 'Kurzvideo-App, Messenger; selten die Nachbarschaftsgruppen.',
			relationship:
				'Locker: Sie wollen Öffnungszeiten und Veranstaltungen kennen, nicht mit uns befreundet sein.',
			engagement: '',
			notes: 'Wieder aufgreifen, wenn die jugendlichen Ehrenamtlichen Kurzvideos übernehmen können.'
		},
		seniors: {
			name: 'Ältere Menschen, die digitale Kompetenzen lernen',
			interests: 'Digitalcafés, Hilfe bei Online-Formularen, Bücher in Großdruck, Gesellschaft.',
			concerns:
				'Sich langsam oder unbeholfen fühlen; Betrug im Netz; Angebote, die es nur noch online gibt.',
			hopes:
				'Geduldige, persönliche Hilfe, und mit den Enkelkindern per Video telefonieren können.',
			online: 'Unser Newsletter; Nachbarschaftsgruppen, oft über ihre Kinder.',
			relationship:
				'Persönlich und geduldig: ein Name, den sie kennen, und ein Ort, an den sie zurückkommen.',
			engagement:
				'Samuel teilt die Termine der Cafés im Newsletter und in den Nachbarschaftsgruppen; ihre Geschichten (mit Einverständnis) erscheinen im Newsletter.',
			notes: ''
		},
		jobseekers: {
			name: 'Arbeitsuchende und Neuzugezogene',
			interests: 'Computer und Drucken, Hilfe bei Lebenslauf und Bewerbungen, Sprachgruppen.',
			concerns: 'Druckkosten; weggeschickt zu werden, wenn alle Computer belegt sind.',
			hopes: 'Arbeit finden und sich in der Stadt zurechtfinden.',
			online:
				'Nachbarschaftsgruppen, Foren für Neuzugezogene, Messenger-Gruppen in ihrer eigenen Sprache.',
			relationship: 'Praktische Hilfe, ohne sich wie ein Fall behandelt zu fühlen.',
			engagement: '',
			notes:
				'Tauchten an der Pinnwand als vergessene Gruppe auf: Sie sind jeden Morgen in jeder Zweigstelle.'
		},
		staff: {
			name: 'Beschäftigte der sieben Zweigstellen',
			interests: 'Anerkennung für ihre Arbeit; klare Leitlinien, was sie posten dürfen.',
			concerns:
				'Zusätzlich zu allem anderen posten zu müssen; öffentlich für einen Fehler verantwortlich gemacht zu werden.',
			hopes: 'Eingeplante Zeit, Schulungen und eine Direktorin, die hinter ihnen steht.',
			online:
				'Viele nutzen die Foto- und Video-App und die Nachbarschaftsgruppen privat; einige sind im Fediverse.',
			relationship:
				'Vertrauen: die Gesichter der Bibliotheken sein, mit Leitlinien statt Freigaben.',
			engagement:
				'Freiwillige unter den Beschäftigten einladen, Gesichter zu werden; Schulung und eine monatliche Stunde kollegialer Rückschau.',
			notes: ''
		},
		council: {
			name: 'Kulturausschuss des Stadtrats',
			interests:
				'Sinnvoller Einsatz öffentlicher Mittel, Besucherzahlen, Angebote, die jedes Viertel erreichen.',
			concerns:
				'Steigende Kosten; Beschwerden, die direkt bei Ratsmitgliedern landen; die Debatte über Sonntagsöffnungen.',
			hopes:
				'Bibliotheken, die ihre Wirkung zeigen und das Programm der Stadt für digitale Teilhabe unterstützen.',
			online:
				'Ratsmitglieder lesen die Nachbarschaftsgruppen genau; einige posten auf dem Microblog und im beruflichen Netzwerk.',
			relationship:
				'Regelmäßig, sachlich und frühzeitig: Sie wollen von uns hören, bevor sie es von den Bürgerinnen und Bürgern hören.',
			engagement:
				'Helen informiert den Ausschuss vierteljährlich darüber, was die Menschen uns online sagen, Gutes wie Schlechtes, und über die Kennzahlen dieses Plans. Maya schickt vor jedem Termin eine einseitige Zusammenfassung.',
			notes:
				'Kritisch seit der Debatte über Sonntagsöffnungen; zwei Ratsmitglieder sind überzeugte Unterstützer.'
		},
		'city-comms': {
			name: 'Presse- und Kommunikationsamt der Stadt',
			interests: 'Eine einheitliche Stimme der Stadt; keine Überraschungen in der Presse.',
			concerns:
				'Beschäftigte, die ohne Leitlinien für die Stadt sprechen; schlecht gehandhabte Krisen.',
			hopes: 'Bibliotheken als vertrauenswürdiges, menschliches Gesicht der städtischen Dienste.',
			online: 'Berufliches Netzwerk und Microblog; sie betreuen die Hauptkonten der Stadt.',
			relationship:
				'Informiert und abgestimmt: gemeinsame Leitlinien, ein Ansprechpartner für alles Heikle.',
			engagement: '',
			notes: 'Ihre Zustimmung zu unserer einseitigen Leitlinie brauchen wir, bevor wir starten.'
		},
		friends: {
			name: 'Förderverein der Riverside-Bibliotheken',
			interests: 'Bücherflohmärkte, Autorenabende, der Einsatz für die Öffnungszeiten.',
			concerns:
				'Sich für selbstverständlich genommen fühlen; um Hilfe gebeten werden, ohne mitreden zu dürfen.',
			hopes: 'Teil der Geschichte der Bibliotheken sein und öffentlich Dank bekommen.',
			online: 'Nachbarschaftsgruppen, die Foto- und Video-App, unser Newsletter.',
			relationship:
				'Partner: früh eingebunden, mit Namen bedankt, teilen unsere Geschichten als ihre eigenen.',
			engagement:
				'Jonas stellt jeden Monat ein Mitglied des Fördervereins oder eine ehrenamtliche Person vor und plant Veranstaltungen mit ihnen.',
			notes:
				'Unsere aktivsten Fürsprecher; sie haben den Kritikern in der Diskussion über die Sonntagsöffnung geantwortet.'
		},
		foundation: {
			name: 'Riverside Bürgerstiftung',
			interests: 'Projekte mit sichtbarer Wirkung auf digitale Teilhabe und Lesen.',
			concerns: 'Dass ihre Förderung nicht erwähnt wird; fehlende Belege für Ergebnisse.',
			hopes:
				'Geschichten echter Menschen aus der Stadt, die sie ihren eigenen Spendern zeigen können.',
			online: 'Berufliches Netzwerk; unser Newsletter.',
			relationship:
				'Zufriedenstellen: gelegentliche, gut belegte Neuigkeiten und öffentlicher Dank.',
			engagement:
				'Sie markieren und ihnen danken, wenn wir Ergebnisse der von ihnen geförderten Digitalcafés teilen.',
			notes: 'Fördert die Digitalcafés bis Ende 2027.'
		},
		schools: {
			name: 'Grund- und weiterführende Schulen',
			interests: 'Klassenbesuche, Lesewettbewerbe, Hausaufgabenhilfe.',
			concerns: 'Kinderschutz; alles, was die Arbeitslast der Lehrkräfte erhöht.',
			hopes:
				'Eine Bibliothek als Partnerin, die Schülerinnen und Schüler herbringt und Lesen zum Vergnügen macht.',
			online:
				'Schulleitungen im beruflichen Netzwerk; Schulen teilen Neuigkeiten in der Foto- und Video-App und in den Messenger-Gruppen der Eltern.',
			relationship: 'Arbeitspartnerschaft: jedes Halbjahr gemeinsam geplant.',
			engagement:
				'Lena plant mit ihnen jedes Halbjahr die Klassenbesuche und teilt sie mit Einverständnis.',
			notes: ''
		},
		press: {
			name: 'Lokalzeitung und Lokalradio',
			interests: 'Lokale Geschichten, Kontroversen, menschliche Schicksale.',
			concerns: 'Niemanden schnell erreichen zu können; Pressemitteilungen ohne Geschichte.',
			hopes: 'Echte Menschen und eine schnelle, klare Antwort, wenn sie anrufen.',
			online: 'Microblog, berufliches Netzwerk, und sie verfolgen die Nachbarschaftsgruppen.',
			relationship:
				'Eine feste Ansprechperson, die noch am selben Tag antwortet und echte Geschichten vorschlägt.',
			engagement:
				'Maya ist ihre feste Ansprechperson und antwortet noch am selben Tag. Wir bieten ihnen jedes Quartal eine Geschichte aus einer Zweigstelle an statt Pressemitteilungen und korrigieren Fehler höflich und öffentlich.',
			notes: 'Ihre Berichte über die Debatte zur Sonntagsöffnung drehten sich um leere Lesesäle.'
		},
		'works-neighbours': {
			name: 'Anwohnende der Baustelle an der Zentralbibliothek',
			interests: 'Wann die Bauarbeiten enden; Lärm, Staub und Parken.',
			concerns: 'Nichts gesagt zu bekommen; dass sich die Bauarbeiten verzögern.',
			hopes: 'Ehrliche Termine und jemanden, bei dem sie sich beschweren können.',
			online: 'Die Nachbarschaftsgruppe ihrer Straße.',
			relationship: 'Ehrliche Information und eine namentlich bekannte Person, die zuhört.',
			engagement:
				'Tomás postet alle zwei Wochen ein kurzes Update zur Baustelle in ihrer Nachbarschaftsgruppe, mit Terminen, und beantwortet Beschwerden dort mit seinem Namen. Er kommt persönlich vorbei, wenn der Lärm am schlimmsten ist.',
			notes: ''
		},
		authors: {
			name: 'Autorinnen, Autoren und Illustratoren aus der Stadt',
			interests: 'Lesungen, Workshops, im Bestand sein und empfohlen werden.',
			concerns: 'Gebeten zu werden, umsonst zu arbeiten.',
			hopes: 'Eine Bühne in ihrer Stadt und neue Leserinnen und Leser.',
			online: 'Foto- und Video-App; unser Newsletter.',
			relationship: 'Mitwirkende: gemeinsame Veranstaltungen und gegenseitiges Teilen der Arbeit.',
			engagement: '',
			notes: ''
		},
		bookshops: {
			name: 'Unabhängige Buchhandlungen',
			interests: 'Buchverkauf, Autorenveranstaltungen, eine lesende Stadt.',
			concerns: 'Kostenloses Ausleihen schmälert ihren Umsatz.',
			hopes: 'Insgesamt mehr Lesende in der Stadt.',
			online: 'Foto- und Video-App.',
			relationship: 'Freundliche Nachbarn; gelegentlich gemeinsame Veranstaltungen.',
			engagement: '',
			notes: 'Gemeinsame Leseabende prüfen.'
		},
		'peer-libraries': {
			name: 'Bibliotheken in Nachbarstädten',
			interests: 'Erfahrungen austauschen, gemeinsame Kampagnen, Ergebnisse vergleichen.',
			concerns: 'Konkurrenz um dieselben regionalen Fördermittel.',
			hopes: 'Ein regionales Netzwerk, das gemeinsam lernt.',
			online: 'Fediverse, das berufliche Netzwerk, die Foto- und Video-App.',
			relationship: 'Gleichgesinnte: Wir lernen offen voneinander.',
			engagement: '',
			notes: 'Eine von ihnen veranstaltet „Donnerstags: Frag die Bibliothek“: nachahmenswert.'
		}
	},
	listening: {
		questions: {
			source: 'Nachbarschaftsgruppen',
			text: 'Mehrmals pro Woche fragen Menschen nach Öffnungszeiten, Drucken und der Route des Bücherbusses. Andere antworten, manchmal falsch, und niemand von den Bibliotheken beteiligt sich an der Diskussion.'
		},
		'newspaper-comments': {
			source: 'Kommentare unter der Lokalzeitung',
			text: 'Die Kommentare unter dem Artikel zur Sonntagsöffnung sind gespalten: Viele loben Bibliothekarinnen und Bibliothekare mit Namen, mehrere nennen die Bibliotheken „Geldverschwendung, die keiner mehr nutzt“.'
		},
		'group-rules': {
			source: 'Nachbarschaftsgruppen',
			text: 'Die Moderation löscht Beiträge, die nur Veranstaltungen bewerben. Erwartet werden ein Gruß, ein Name und eine Antwort auf die eigentliche Frage; ein Link ohne Kontext gilt als Spam.'
		},
		'family-moments': {
			source: 'Foto- und Video-App',
			text: 'Familien reagieren auf echte Momente aus der Vorlesestunde und Blicke hinter die Kulissen, nicht auf Veranstaltungsplakate. Eltern erwarten, gefragt zu werden, bevor ihre Kinder zu sehen sind.'
		},
		'ask-a-librarian': {
			source: 'Fediverse',
			text: 'Die Bibliotheken einer Nachbarstadt veranstalten „Donnerstags: Frag die Bibliothek“: Die Bibliothekarinnen und Bibliothekare unterschreiben jede Antwort mit ihrem Vornamen. Ihre Antworten bekommen mehr Dank als jede ihrer Ankündigungen.'
		},
		'museum-director': {
			source: 'Berufliches Netzwerk',
			text: 'Die Direktorin eines regionalen Museums postet jeden Monat eine kurze Notiz darüber, was Besucherinnen und Besucher ihr gesagt haben und was sich daraufhin geändert hat; Ratsmitglieder kommentieren sie.'
		},
		'staff-survey': {
			source: 'Befragung der Beschäftigten',
			text: 'Elf Beschäftigte posten schon in ihrer Freizeit über Bücher oder die Stadt; vier würden es gern für die Bibliotheken tun, mit Leitlinien und Zeit dafür.'
		}
	},
	swot: {
		'trusted-staff':
			'Die Beschäftigten genießen Vertrauen und sind in ihren Vierteln mit Namen bekannt, besonders in Eastgate und Northside.',
		'unique-services':
			'Kostenlose Digitalcafés und ein Archiv zur Stadtgeschichte, das sonst niemand in der Stadt bietet.',
		broadcasting:
			'Die Hauptkonten senden Veranstaltungen unter einem Logo; Kommentare und Nachrichten warten oft tagelang auf eine Antwort.',
		'no-time': 'Für Social Media ist keine Zeit eingeplant: Es passiert abends, aus gutem Willen.',
		'digital-inclusion':
			'Das Programm der Stadt für digitale Teilhabe 2027 sucht Partner, die in jedem Viertel präsent sind.',
		'eager-partners':
			'Der Förderverein und Autorinnen und Autoren aus der Stadt möchten gern mit uns Inhalte erstellen und teilen.',
		'budget-debates':
			'Haushaltsdebatten im Stadtrat setzen die Öffnungszeiten unter Druck, und Kritiker sind online lauter als Unterstützer.',
		'wrong-information':
			'Falsche Informationen über unsere Angebote (Gebühren, Schließungen) verbreiten sich in den Nachbarschaftsgruppen schneller, als wir sie korrigieren.'
	},
	platforms: {
		groups: {
			name: 'Nachbarschaftsgruppen',
			norms:
				'Von ehrenamtlichen Moderatorinnen und Moderatoren geführt, die Werbebeiträge löschen. Die Menschen erwarten einen Gruß, einen Namen und eine klare Antwort; sie helfen einander und merken, wer sich nie blicken lässt.',
			reason:
				'Hier fragen Eltern, ältere Menschen, der Förderverein und Ratsmitglieder schon nach uns. Dort als namentlich bekannte Bibliothekarinnen und Bibliothekare zu antworten, ist der direkteste Weg, nützlich zu sein und zu hören, was die Menschen brauchen.',
			faces:
				'Tomás Reyes (Eastgate), Samuel Adeyemi (digitale Kompetenzen), abwechselnd eine Bibliothekarin oder ein Bibliothekar aus jeder Zweigstelle'
		},
		photos: {
			name: 'Foto- und Video-App',
			norms:
				'Visuell, herzlich und persönlich. Echte Momente funktionieren besser als Plakate; Kommentare und Nachrichten erwarten eine Antwort; Eltern erwarten, gefragt zu werden, bevor ihre Kinder zu sehen sind.',
			reason:
				'Familien, der Förderverein, Schulen und Autorinnen und Autoren aus der Stadt sind hier. Die App zeigt die Menschen und das Leben in den Zweigstellen, und genau das bringt Erstbesucher herein.',
			faces: 'Lena Fischer (Kinder und Jugendliche), Jonas Berg (Veranstaltungen und Ehrenamt)'
		},
		newsletter: {
			name: 'Newsletter der Bibliotheken',
			norms:
				'Die Leserinnen und Leser haben sich bewusst für uns entschieden; sie erwarten eine nützliche Ausgabe pro Monat und antworten per E-Mail.',
			reason:
				'Erreicht ältere Menschen, den Förderverein und unsere Geldgeberin, ohne von einer Plattform abzuhängen. Monatlich, mit einer Kolumne zur Stadtgeschichte.',
			faces: 'Priya Nair (Kolumne zur Stadtgeschichte), Samuel Adeyemi'
		},
		pro: {
			name: 'Berufliches Netzwerk',
			norms:
				'Man liest hier wegen Fachwissen und Branchennews; Beiträge von Menschen mit Namen schlagen Beiträge von Organisationsseiten.',
			reason:
				'Ratsmitglieder, das Kommunikationsamt der Stadt, unsere Geldgeberin und Schulleitungen lesen mit. Helen teilt jeden Monat eine kurze Notiz darüber, was uns die Menschen gesagt haben und was wir geändert haben.',
			faces: 'Helen Marsh, Maya Okafor'
		},
		microblog: {
			name: 'Microblog',
			norms:
				'Schnell und oft scharf; Nachrichten und Lokalpolitik. Antworten werden innerhalb von Stunden erwartet.',
			reason:
				'Presse und einige Ratsmitglieder diskutieren hier über Bibliotheksthemen. Wir hören jede Woche zu und korrigieren sachliche Fehler über das Konto der Stadt, können aber keine eigene Präsenz durchhalten.',
			faces: ''
		},
		fediverse: {
			name: 'Fediverse',
			norms:
				'Gespräch statt Werbung; Bildbeschreibungen und Inhaltswarnungen werden erwartet; jeder Server hat eigene Regeln.',
			reason:
				'Benachbarte Bibliotheken teilen hier gute Praxis. Wir folgen ihnen, um zu lernen; einige unserer Beschäftigten sind schon unter eigenem Namen dort.',
			faces: ''
		},
		'short-video': {
			name: 'Kurzvideo-App',
			norms: 'Verspielt, trendgetrieben, häufig; Authentizität schlägt Produktion.',
			reason:
				'Die Schülerinnen und Schüler sind hier, aber wir können nicht die Zeit aufbringen, die das verlangt. 2027 schauen wir wieder hin, wenn die jugendlichen Ehrenamtlichen es mit Lena übernehmen wollen.',
			faces: ''
		},
		messaging: {
			name: 'Messenger-Gruppen der Eltern',
			norms:
				'Private Gruppen von Eltern und Schulen; wenn Außenstehende dort posten, wirkt das aufdringlich.',
			reason:
				'Diese Gruppen gehören den Eltern und Schulen. Wir treten ihnen nicht bei; die Schulen geben unsere Familienangebote dort schon weiter.',
			faces: ''
		}
	},
	goals: {
		listening: {
			statement:
				'Hören, was die Menschen über uns sagen, bevor wir über uns selbst posten: eine wöchentliche Zuhör-Runde durch die Nachbarschaftsgruppen, den Microblog und die Lokalnachrichten, geteilt mit allen Zweigstellenleitungen.',
			metric: 'Wöchentliche Zuhör-Zusammenfassungen an die Zweigstellenleitungen',
			baseline: '0 (Erwähnungen bemerken wir zufällig)',
			target: '45 von 52 Wochen'
		},
		answering: {
			statement:
				'Jede Frage in den Nachbarschaftsgruppen innerhalb eines Arbeitstags als namentlich bekannte Bibliothekarin oder namentlich bekannter Bibliothekar beantworten.',
			metric:
				'Anteil der Fragen, die innerhalb von 24 Stunden von einer namentlich bekannten Person beantwortet werden',
			baseline: 'Etwa 30 % (aus einem Monat geschätzt)',
			target: '90 %'
		},
		briefings: {
			statement:
				'Den Kulturausschuss jedes Quartal darüber informieren, was die Menschen uns online sagen, und über die Kennzahlen dieses Plans.',
			metric: 'Abgehaltene Quartalsgespräche',
			baseline: '0 im Jahr 2026',
			target: '4 im Jahr 2027'
		},
		'digital-inclusion': {
			statement:
				'Die erste Adresse sein, an die sich Lokalpresse und Stadtrat beim Thema digitale Teilhabe in der Stadt wenden.',
			metric: 'Wie oft Lokalpresse oder Stadtrat unsere Arbeit zu digitalen Kompetenzen zitieren',
			baseline: '2 im Jahr 2026',
			target: '8 im Jahr 2027'
		},
		promoters: {
			statement:
				'Unseren Fürsprechern öffentlich danken: jeden Monat ein Mitglied des Fördervereins, eine ehrenamtliche Person oder jemanden aus der lokalen Literaturszene vorstellen, mit Einverständnis.',
			metric: 'Veröffentlichte Porträts von Fürsprechern',
			baseline: '3 im Jahr 2026',
			target: '12 im Jahr 2027'
		},
		'story-time': {
			statement: 'Familien über die Foto- und Video-App zu ihrer ersten Vorlesestunde bringen.',
			metric: 'Anmeldungen zur Vorlesestunde, die die Foto- und Video-App nennen',
			baseline: 'Unbekannt: Ab Januar 2027 fragen wir bei der Anmeldung danach',
			target: '150 pro Schulhalbjahr'
		},
		cafes: {
			statement: 'Die Digitalcafés für ältere Menschen füllen.',
			metric: 'Belegte Plätze in den wöchentlichen Digitalcafés',
			baseline: '55 %',
			target: '85 %'
		}
	},
	commitment: {
		budget:
			'3.000 Euro für 2027 aus dem Kommunikationsbudget: 1.800 für Schulungen, 700 für zwei Smartphone-und-Mikrofon-Sets, die sich die Zweigstellen teilen, 500, um ausgewählte Familienveranstaltungen zu bewerben, wenn eine Zweigstelle darum bittet. Keine gekauften Follower, keine Agentur.',
		skills:
			'Kurze, herzliche Antworten schreiben; Fotos machen, die das Einverständnis respektieren; jede Woche lesen und zusammenfassen, was die Menschen sagen; einfacher Videoschnitt für die Foto- und Video-App.',
		training:
			'Eine halbtägige Schulung für jedes Gesicht vor dem Start (Tonfall, Datenschutz, Umgang mit Kritik), geleitet von Maya gemeinsam mit dem Kommunikationsamt der Stadt. Ein Workshop zu Fotos und Einverständnis für das Kinder- und Jugendteam im Frühjahr 2027. Eine monatliche Stunde kollegialer Rückschau, in der die Gesichter gemeinsam die Diskussionen des Vormonats ansehen.',
		approvalFlow:
			'Bibliothekarinnen und Bibliothekare posten und antworten ohne vorherige Freigabe, im Rahmen der einseitigen Leitlinie, die mit dem Kommunikationsamt der Stadt abgestimmt ist. Beiträge zu Budget, Schließungen, Grundsatzfragen oder allem, wonach die Presse gefragt hat, gehen über Maya, die innerhalb eines Arbeitstags antwortet; Helen wird über alles informiert, was den Stadtrat erreichen könnte. Fehler werden offen korrigiert, nicht gelöscht.',
		privacyRules:
			'Niemals Namen von Besucherinnen und Besuchern posten, was sie ausleihen oder was sie an der Theke gefragt haben. Keine Fotos von Menschen ohne ihr Einverständnis; Kinder nur mit schriftlicher Zustimmung eines Elternteils und nie mit ihrem Namen. Die Beschäftigten entscheiden selbst, ob sie mit Namen und Foto auftreten, und niemand postet über das Privatleben von Kolleginnen und Kollegen.',
		responsePolicy:
			'Fragen in den Nachbarschaftsgruppen und Direktnachrichten bekommen innerhalb eines Arbeitstags eine Antwort von einer namentlich bekannten Person aus der Bibliothek oder einen Hinweis, wann wir mehr wissen. Wir danken Menschen, die sich für uns einsetzen, mit Namen und teilen ihre Geschichten mit ihrem Einverständnis. Kritiker bekommen öffentlich eine ruhige, sachliche Antwort und das Angebot eines persönlichen Gesprächs; wir streiten nie und löschen Kritik nur, wenn sie gegen die Regeln der Gruppe verstößt. Zwei Gesichter wechseln sich abends und am Wochenende ab.'
	},
	clusters: {
		'known-for': 'Wofür wir bekannt sein wollen',
		presences: 'Präsenzen',
		forgotten: 'Vergessene Gruppen',
		worries: 'Sorgen'
	},
	notes: {
		'known-digital': 'Bekannt für: Hilfe bei allem Digitalen, nicht nur Bücher',
		'known-history': 'Stadtgeschichte: Niemand sonst hat das Archiv',
		'open-to-everyone': 'Offen für alle, ohne Wenn und Aber',
		'who-is-here':
			'Nur Führungskräfte wurden eingeladen: Wo sind die Leute, die den Menschen jeden Tag antworten?',
		'busy-not-answering': 'Geschäftige Konten sind nicht dasselbe wie Menschen zu antworten',
		'desk-complaints': 'Von Kommentaren erfahren wir nur, wenn sich jemand an der Theke beschwert',
		'local-press': 'Lokalpresse und Lokalradio',
		works: 'Nachbarn der Baustelle an der Zentralbibliothek: verärgert über den Lärm',
		jobseekers: 'Arbeitsuchende nutzen jeden Morgen unsere Computer: Stehen sie auf unserer Liste?',
		'printing-threads': 'Fragen zum Drucken in den Nachbarschaftsgruppen, beantwortet von Fremden',
		'ask-a-librarian': 'Anschauen, wie die Nachbarstadt „Frag die Bibliothek“ macht',
		groups: 'Nachbarschaftsgruppen: Dort sind die Fragen',
		'short-videos': 'Kurzvideos? Nur wenn die jugendlichen Ehrenamtlichen sie übernehmen',
		'answer-as-a-person': 'Als Mensch antworten, innerhalb eines Tages',
		'count-learning': 'Zählen, was wir lernen, nicht nur Likes',
		evenings: 'Abends und am Wochenende: Wer antwortet?',
		blame: 'Bekomme ich die Schuld für einen Fehler in einem Beitrag?',
		'committee-pdf':
			'Das PDF nächsten Monat mit der ersten Zuhör-Zusammenfassung in den Kulturausschuss mitnehmen'
	}
};
