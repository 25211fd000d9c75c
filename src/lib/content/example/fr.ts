import type { ExampleTexts } from '../example-workshop';

/** L’atelier d’exemple en français. */
export const texts: ExampleTexts = {
	meta: {
		title: 'Exemple : stratégie réseaux sociaux des Bibliothèques de Riverside',
		organisation: 'Bibliothèques de Riverside',
		facilitator: 'Inès Moreau'
	},
	purpose: {
		statement:
			'Les Bibliothèques de Riverside aident chaque habitant de la ville à trouver les savoirs, l’aide et la compagnie dont il a besoin pour prendre part à la vie de la cité : gratuitement, près de chez lui et sans jugement. Les réseaux sociaux doivent nous aider à entendre ce dont les habitants ont besoin, à montrer les personnes derrière les comptoirs, et à amener ceux qui ne sont jamais venus à pousser la porte une première fois.',
		knownFor:
			'Guider les gens dans l’information : des réponses fiables, des compétences numériques à tout âge, l’histoire locale de la ville, et un lieu chaleureux pour apprendre ensemble. Pas seulement prêter des livres.'
	},
	values: {
		open: 'Ouverts à tous, sans poser de questions',
		curious: 'Curieux et serviables : nous répondons à la question derrière la question',
		honest: 'Honnêtes sur ce que nous ne pouvons pas faire, et prompts à le dire',
		rooted: 'Ancrés dans chaque quartier, avec des gens que l’on connaît par leur prénom'
	},
	team: {
		maya: { name: 'Maya Okafor', role: 'Responsable de la communication' },
		tomas: { name: 'Tomás Reyes', role: 'Bibliothécaire de l’annexe d’Eastgate' },
		lena: { name: 'Lena Fischer', role: 'Bibliothécaire jeunesse' },
		samuel: { name: 'Samuel Adeyemi', role: 'Médiateur numérique' },
		priya: { name: 'Priya Nair', role: 'Archiviste du fonds local' },
		jonas: { name: 'Jonas Berg', role: 'Coordinateur des événements et des bénévoles' },
		helen: { name: 'Helen Marsh', role: 'Directrice des bibliothèques' }
	},
	maturityNotes: {
		planning:
			'Nous allons surtout là où les gens sont déjà (ce sont les groupes de quartier qui sont venus à nous, pas l’inverse), mais les comptes principaux ont été ouverts il y a des années parce que « tout le monde en avait un », et personne n’a vérifié qui les lit.',
		presences:
			'Le plus grand écart de la journée : de 1 (Tomás) à 4 (Helen). Helen voit des comptes qui publient tous les jours et ont l’air actifs. Le personnel des annexes voit un logo qui annonce des événements pendant que les questions en commentaire attendent des jours, et des habitants qui remercient une bibliothécaire par son prénom sur la page d’Eastgate plutôt que sur la nôtre. Nous avons convenu que les deux sont vrais : nous sommes actifs, mais pas présents en tant que personnes. La page d’Eastgate, animée par Tomás sous son propre nom, est le modèle à développer.',
		commitment:
			'Tout le monde est d’accord : les réseaux sociaux se font le soir, sur la bonne volonté, et s’arrêtent dès que quelqu’un part en congé. Aucun temps n’est prévu et personne n’a été formé.',
		relationships:
			'Nous répondons aimablement quand nous voyons un commentaire, mais nous ne les cherchons pas. Nous remercions rarement en public l’association des Amis ou les bénévoles, et nous n’avons jamais répondu à un détracteur ailleurs qu’à l’accueil.'
	},
	stakeholders: {
		parents: {
			name: 'Parents de jeunes enfants',
			interests:
				'L’heure du conte, les comptines pour bébés, les activités des vacances, des livres pour tous les âges.',
			concerns:
				'Les séances sont complètes avant qu’ils en entendent parler ; ils ne savent pas ce qui est gratuit ; ils s’inquiètent des photos de leurs enfants en ligne.',
			hopes:
				'Un moyen simple de savoir ce qui se passe cette semaine dans leur annexe, et un visage familier.',
			online:
				'Très actifs dans les groupes de quartier et sur l’application de photos et de vidéos ; groupes de messagerie des écoles.',
			relationship:
				'Utile et concrète : des réponses rapides et des annonces anticipées des activités familiales.',
			engagement:
				'Répondre à leurs questions dans les groupes de quartier sous un jour ouvré ; montrer l’heure du conte (avec accord) sur l’application de photos et de vidéos.',
			notes:
				'Souvent les premiers à défendre les bibliothèques quand elles sont critiquées en ligne.'
		},
		students: {
			name: 'Collégiens et lycéens',
			interests:
				'Des endroits calmes pour réviser, le wifi gratuit, les horaires pendant les examens, les mangas et les jeux.',
			concerns:
				'Se faire reprendre pour le bruit ; l’impression que la bibliothèque est faite pour les petits.',
			hopes: 'Des horaires élargis pendant les examens et un espace à eux.',
			online: 'Application de vidéos courtes, messageries ; rarement les groupes de quartier.',
			relationship:
				'Légère : ils veulent connaître les horaires et les événements, pas devenir nos amis.',
			engagement: '',
			notes: 'À revoir quand le groupe de jeunes bénévoles pourra porter des vidéos courtes.'
		},
		seniors: {
			name: 'Habitants âgés qui se forment au numérique',
			interests:
				'Les cafés numériques, de l’aide pour les démarches en ligne, les livres en gros caractères, de la compagnie.',
			concerns:
				'Se sentir lents ou gênés ; les arnaques en ligne ; des services qui ne passent plus que par internet.',
			hopes: 'Une aide patiente et personnelle, et pouvoir appeler leurs petits-enfants en visio.',
			online:
				'Notre newsletter ; les groupes de quartier, souvent par l’intermédiaire de leurs enfants.',
			relationship: 'Personnelle et patiente : un prénom qu’ils connaissent et un lieu où revenir.',
			engagement:
				'Samuel annonce les dates des cafés dans la newsletter et les groupes de quartier ; leurs témoignages (avec accord) paraissent dans la newsletter.',
			notes: ''
		},
		jobseekers: {
			name: 'Demandeurs d’emploi et nouveaux arrivants',
			interests:
				'Les ordinateurs et l’impression, de l’aide pour les CV et les candidatures, les groupes de conversation.',
			concerns: 'Le coût des impressions ; être refoulés quand tous les ordinateurs sont réservés.',
			hopes: 'Trouver du travail et leurs repères dans la ville.',
			online:
				'Groupes de quartier, forums de nouveaux arrivants, groupes de messagerie dans leur langue.',
			relationship: 'Une aide concrète, sans qu’on les traite comme des dossiers.',
			engagement: '',
			notes:
				'Apparus sur le tableau comme un public oublié : ils sont dans chaque annexe tous les matins.'
		},
		staff: {
			name: 'Personnel des sept bibliothèques du réseau',
			interests:
				'Être reconnus pour leur travail ; des repères clairs sur ce qu’ils peuvent publier.',
			concerns:
				'Devoir publier en plus de tout le reste ; être tenus pour responsables d’une erreur en public.',
			hopes: 'Du temps dédié, de la formation, et une directrice qui les soutient.',
			online:
				'Beaucoup utilisent à titre privé l’application de photos et de vidéos et les groupes de quartier ; quelques-uns sont sur le fédivers.',
			relationship:
				'La confiance : être les visages des bibliothèques, avec une charte plutôt que des validations.',
			engagement:
				'Inviter des volontaires parmi le personnel à devenir des visages ; une formation et une heure mensuelle de relecture entre pairs.',
			notes: ''
		},
		council: {
			name: 'Commission culture du conseil municipal',
			interests:
				'Le bon usage de l’argent public, la fréquentation, des services qui touchent chaque quartier.',
			concerns:
				'La hausse des coûts ; les plaintes qui arrivent directement chez les élus ; le débat sur l’ouverture le dimanche.',
			hopes:
				'Des bibliothèques qui montrent leur impact et soutiennent le programme d’inclusion numérique de la ville.',
			online:
				'Les élus lisent de près les groupes de quartier ; certains publient sur le microblog et le réseau professionnel.',
			relationship:
				'Régulière, factuelle et en amont : ils veulent nous entendre avant d’entendre les habitants.',
			engagement:
				'Helen fait un point trimestriel à la commission sur ce que les habitants nous disent en ligne, en bien comme en mal, et sur les indicateurs de ce plan. Maya envoie une synthèse d’une page avant chaque point.',
			notes:
				'Critique depuis le débat sur l’ouverture le dimanche ; deux élus sont de fervents soutiens.'
		},
		'city-comms': {
			name: 'Direction de la communication de la ville',
			interests: 'Une parole municipale cohérente ; pas de surprise dans la presse.',
			concerns:
				'Des agents qui s’expriment au nom de la ville sans charte ; des crises mal gérées.',
			hopes: 'Des bibliothèques qui soient un visage humain et fiable des services de la ville.',
			online: 'Réseau professionnel et microblog ; ils gèrent les comptes principaux de la ville.',
			relationship:
				'Informée et alignée : une charte convenue ensemble, un contact pour tout sujet sensible.',
			engagement: '',
			notes: 'Leur accord sur notre charte d’une page est nécessaire avant de commencer.'
		},
		friends: {
			name: 'Les Amis des Bibliothèques de Riverside',
			interests:
				'Les ventes de livres, les soirées d’auteurs, la défense des horaires d’ouverture.',
			concerns: 'Se sentir considérés comme acquis ; être sollicités sans avoir voix au chapitre.',
			hopes: 'Faire partie de l’histoire des bibliothèques et être remerciés en public.',
			online: 'Groupes de quartier, l’application de photos et de vidéos, notre newsletter.',
			relationship:
				'Partenaires : associés tôt, remerciés par leur nom, partageant nos histoires comme les leurs.',
			engagement:
				'Jonas met en avant un membre des Amis ou un bénévole chaque mois et prépare des événements avec eux.',
			notes:
				'Nos ambassadeurs les plus actifs ; ils ont répondu aux détracteurs dans la discussion sur l’ouverture le dimanche.'
		},
		foundation: {
			name: 'Fondation Riverside Community',
			interests: 'Des projets à l’impact visible sur l’inclusion numérique et la lecture.',
			concerns: 'Que leur financement ne soit pas mentionné ; l’absence de preuves de résultats.',
			hopes: 'Des histoires de vrais habitants à montrer à leurs propres donateurs.',
			online: 'Réseau professionnel ; notre newsletter.',
			relationship:
				'À satisfaire : des nouvelles ponctuelles, étayées, et des remerciements publics.',
			engagement:
				'Les mentionner et les remercier quand nous partageons les résultats des cafés numériques qu’ils financent.',
			notes: 'Finance les cafés numériques jusqu’à fin 2027.'
		},
		schools: {
			name: 'Écoles, collèges et lycées',
			interests: 'Les accueils de classes, les défis lecture, l’aide aux devoirs.',
			concerns: 'La protection des enfants ; tout ce qui alourdit la charge des enseignants.',
			hopes: 'Une bibliothèque partenaire qui fait venir les élèves et rend la lecture amusante.',
			online:
				'Les chefs d’établissement sur le réseau professionnel ; les écoles partagent leurs nouvelles sur l’application de photos et de vidéos et dans les groupes de messagerie des parents.',
			relationship: 'Un vrai partenariat : planifié ensemble chaque trimestre.',
			engagement:
				'Lena planifie les accueils de classes avec eux chaque trimestre et les partage avec accord.',
			notes: ''
		},
		press: {
			name: 'Journal et radio locaux',
			interests: 'Les histoires locales, les polémiques, les sujets humains.',
			concerns: 'Ne pouvoir joindre personne rapidement ; des communiqués sans histoire.',
			hopes: 'De vraies personnes et une réponse rapide et franche quand ils appellent.',
			online: 'Microblog, réseau professionnel, et ils surveillent les groupes de quartier.',
			relationship: 'Un contact nommé qui répond dans la journée et propose de vraies histoires.',
			engagement:
				'Maya est leur contact nommé et répond dans la journée. Nous leur proposons chaque trimestre une histoire venue d’une annexe, pas des communiqués, et corrigeons les erreurs poliment et en public.',
			notes:
				'Leur couverture du débat sur l’ouverture le dimanche s’est concentrée sur des salles de lecture vides.'
		},
		'works-neighbours': {
			name: 'Riverains du chantier de la bibliothèque centrale',
			interests: 'La date de fin des travaux ; le bruit, la poussière et le stationnement.',
			concerns: 'Qu’on ne leur dise rien ; que le chantier prenne du retard.',
			hopes: 'Des dates honnêtes et quelqu’un à qui se plaindre.',
			online: 'Le groupe de quartier de leur rue.',
			relationship: 'Une information honnête et une personne nommée qui écoute.',
			engagement:
				'Tomás publie toutes les deux semaines un court point sur le chantier dans leur groupe de quartier, avec des dates, et y répond aux plaintes sous son nom. Il passe les voir quand le bruit est au pire.',
			notes: ''
		},
		authors: {
			name: 'Auteurs et illustrateurs locaux',
			interests: 'Les lectures, les ateliers, être présents dans les rayons et recommandés.',
			concerns: 'Qu’on leur demande de travailler gratuitement.',
			hopes: 'Une scène dans leur ville et de nouveaux lecteurs.',
			online: 'Application de photos et de vidéos ; notre newsletter.',
			relationship:
				'Des collaborateurs : des événements communs et le partage du travail de chacun.',
			engagement: '',
			notes: ''
		},
		bookshops: {
			name: 'Librairies indépendantes',
			interests: 'Les ventes de livres, les rencontres d’auteurs, une ville qui lit.',
			concerns: 'Le prêt gratuit réduit leurs ventes.',
			hopes: 'Plus de lecteurs dans la ville en général.',
			online: 'Application de photos et de vidéos.',
			relationship: 'Des voisins bienveillants ; des événements communs de temps en temps.',
			engagement: '',
			notes: 'Envisager des soirées d’auteurs communes.'
		},
		'peer-libraries': {
			name: 'Bibliothèques des villes voisines',
			interests: 'Partager les pratiques, mener des campagnes communes, comparer les résultats.',
			concerns: 'La concurrence pour les mêmes financements régionaux.',
			hopes: 'Un réseau régional qui apprend ensemble.',
			online: 'Fédivers, réseau professionnel, application de photos et de vidéos.',
			relationship: 'Des pairs : nous apprenons ouvertement les uns des autres.',
			engagement: '',
			notes: 'L’une d’elles organise « Les jeudis, demandez à un bibliothécaire » : à reprendre.'
		}
	},
	listening: {
		questions: {
			source: 'Groupes de quartier',
			text: 'Plusieurs fois par semaine, des habitants demandent les horaires, comment imprimer ou le trajet du bibliobus. D’autres habitants répondent, parfois à tort, et personne des bibliothèques ne se joint à la discussion.'
		},
		'newspaper-comments': {
			source: 'Commentaires sous le journal local',
			text: 'Les commentaires sous l’article sur l’ouverture le dimanche sont partagés : beaucoup saluent des bibliothécaires par leur prénom, plusieurs qualifient les bibliothèques de « gaspillage d’argent que plus personne n’utilise ».'
		},
		'group-rules': {
			source: 'Groupes de quartier',
			text: 'Les modérateurs suppriment les messages qui ne font que promouvoir des événements. On attend un bonjour, un nom et une réponse à la vraie question ; un lien sans contexte est traité comme du spam.'
		},
		'family-moments': {
			source: 'Application de photos et de vidéos',
			text: 'Les familles réagissent aux vrais moments de l’heure du conte et aux coulisses, pas aux affiches d’événements. Les parents s’attendent à ce qu’on leur demande avant de montrer leurs enfants.'
		},
		'ask-a-librarian': {
			source: 'Fédivers',
			text: 'Les bibliothèques d’une ville voisine organisent « Les jeudis, demandez à un bibliothécaire » : chaque bibliothécaire signe sa réponse de son prénom. Leurs réponses reçoivent plus de remerciements que n’importe laquelle de leurs annonces.'
		},
		'museum-director': {
			source: 'Réseau professionnel',
			text: 'Le directeur d’un musée régional publie chaque mois une courte note sur ce que les visiteurs lui ont dit et ce qui a changé en conséquence ; des élus la commentent.'
		},
		'staff-survey': {
			source: 'Enquête auprès du personnel',
			text: 'Onze agents publient déjà sur les livres ou la ville sur leur temps libre ; quatre aimeraient le faire pour les bibliothèques, avec un cadre et du temps.'
		}
	},
	swot: {
		'trusted-staff':
			'Le personnel inspire confiance et est connu par son nom dans les quartiers, surtout à Eastgate et à Northside.',
		'unique-services':
			'Des cafés numériques gratuits et un fonds d’histoire locale que personne d’autre ne propose en ville.',
		broadcasting:
			'Les comptes principaux diffusent des événements sous un logo ; commentaires et messages attendent souvent des jours une réponse.',
		'no-time':
			'Aucun temps n’est prévu pour les réseaux sociaux : ils se font le soir, sur la bonne volonté.',
		'digital-inclusion':
			'Le programme d’inclusion numérique 2027 de la ville cherche des partenaires présents dans chaque quartier.',
		'eager-partners':
			'L’association des Amis et les auteurs locaux ont envie de créer et partager des contenus avec nous.',
		'budget-debates':
			'Les débats budgétaires au conseil mettent les horaires d’ouverture sous pression, et les détracteurs font plus de bruit en ligne que les soutiens.',
		'wrong-information':
			'Les fausses informations sur nos services (tarifs, fermetures) circulent dans les groupes de quartier plus vite que nous ne les corrigeons.'
	},
	platforms: {
		groups: {
			name: 'Groupes de quartier',
			norms:
				'Animés par des modérateurs bénévoles qui suppriment les messages promotionnels. Les habitants attendent un bonjour, un nom et une réponse franche ; ils s’entraident et remarquent qui ne se montre jamais.',
			reason:
				'C’est là que les parents, les habitants âgés, les Amis et les élus posent déjà des questions sur nous. Y répondre en tant que bibliothécaires nommés est le moyen le plus direct d’être utiles et d’entendre ce dont les gens ont besoin.',
			faces:
				'Tomás Reyes (Eastgate), Samuel Adeyemi (numérique), un bibliothécaire de chaque annexe à tour de rôle'
		},
		photos: {
			name: 'Application de photos et de vidéos',
			norms:
				'Visuelle, chaleureuse et personnelle. Les vrais moments marchent mieux que les affiches ; commentaires et messages appellent une réponse ; les parents s’attendent à être consultés avant que leurs enfants apparaissent.',
			reason:
				'Les familles, les Amis, les écoles et les auteurs locaux y sont. Elle montre les personnes et la vie à l’intérieur des annexes, et c’est ce qui fait venir les nouveaux visiteurs.',
			faces: 'Lena Fischer (jeunesse), Jonas Berg (événements et bénévoles)'
		},
		newsletter: {
			name: 'Newsletter des bibliothèques',
			norms:
				'Les lecteurs ont choisi de nous lire ; ils attendent un numéro utile par mois et répondent par e-mail.',
			reason:
				'Elle touche les habitants âgés, les Amis et notre financeur sans dépendre d’aucune plateforme. Mensuelle, avec une chronique d’histoire locale.',
			faces: 'Priya Nair (chronique d’histoire locale), Samuel Adeyemi'
		},
		pro: {
			name: 'Réseau professionnel',
			norms:
				'On y lit pour l’expertise et l’actualité du secteur ; les publications de personnes nommées l’emportent sur celles des pages d’organisation.',
			reason:
				'Les élus, la direction de la communication de la ville, notre financeur et les chefs d’établissement le lisent. Helen y partage chaque mois une courte note sur ce que les habitants nous ont dit et ce que nous avons changé.',
			faces: 'Helen Marsh, Maya Okafor'
		},
		microblog: {
			name: 'Microblog',
			norms:
				'Rapide et souvent vif ; actualité et politique locale. On attend une réponse dans les heures qui suivent.',
			reason:
				'La presse et quelques élus y débattent des sujets liés aux bibliothèques. Nous écoutons chaque semaine et corrigeons les erreurs factuelles via le compte de la ville, mais nous ne pouvons pas y tenir une présence à nous.',
			faces: ''
		},
		fediverse: {
			name: 'Fédivers',
			norms:
				'La conversation plutôt que la promotion ; descriptions d’images et avertissements de contenu attendus ; chaque serveur a ses propres règles.',
			reason:
				'Des bibliothèques voisines y partagent leurs bonnes pratiques. Nous les suivons pour apprendre ; quelques-uns de nos agents y sont déjà en leur nom propre.',
			faces: ''
		},
		'short-video': {
			name: 'Application de vidéos courtes',
			norms:
				'Ludique, guidée par les tendances, fréquente ; l’authenticité l’emporte sur la production.',
			reason:
				'Les collégiens et lycéens y sont, mais nous ne pouvons pas y consacrer le temps qu’elle demande. Nous y reviendrons en 2027 si le groupe de jeunes bénévoles veut la porter avec Lena.',
			faces: ''
		},
		messaging: {
			name: 'Groupes de messagerie des parents',
			norms:
				'Des groupes privés gérés par les parents et les écoles ; qu’un extérieur y publie paraît intrusif.',
			reason:
				'Ces groupes appartiennent aux parents et aux écoles. Nous ne les rejoindrons pas ; les écoles y relaient déjà nos activités familiales.',
			faces: ''
		}
	},
	goals: {
		listening: {
			statement:
				'Entendre ce que les habitants disent de nous avant de parler de nous : une veille hebdomadaire des groupes de quartier, du microblog et de l’actualité locale, partagée avec chaque responsable d’annexe.',
			metric: 'Synthèses de veille hebdomadaires envoyées aux responsables d’annexe',
			baseline: '0 (nous remarquons les mentions par hasard)',
			target: '45 semaines sur 52'
		},
		answering: {
			statement:
				'Répondre à chaque question dans les groupes de quartier, en tant que bibliothécaire nommé, sous un jour ouvré.',
			metric: 'Part des questions ayant reçu sous 24 heures la réponse d’un bibliothécaire nommé',
			baseline: 'Environ 30 % (estimé sur un mois)',
			target: '90 %'
		},
		briefings: {
			statement:
				'Faire chaque trimestre un point à la commission culture sur ce que les habitants nous disent en ligne et sur les indicateurs de ce plan.',
			metric: 'Points trimestriels tenus',
			baseline: '0 en 2026',
			target: '4 en 2027'
		},
		'digital-inclusion': {
			statement:
				'Être l’interlocuteur vers lequel la presse locale et le conseil se tournent sur l’inclusion numérique en ville.',
			metric:
				'Nombre de fois où la presse locale ou le conseil citent notre travail sur le numérique',
			baseline: '2 en 2026',
			target: '8 en 2027'
		},
		promoters: {
			statement:
				'Remercier nos ambassadeurs en public : mettre en avant chaque mois un membre des Amis, un bénévole ou un auteur local, avec leur accord.',
			metric: 'Portraits d’ambassadeurs publiés',
			baseline: '3 en 2026',
			target: '12 en 2027'
		},
		'story-time': {
			statement:
				'Amener des familles à leur première heure du conte grâce à l’application de photos et de vidéos.',
			metric: 'Inscriptions à l’heure du conte qui citent l’application de photos et de vidéos',
			baseline: 'Inconnue : nous commençons à poser la question à l’inscription en janvier 2027',
			target: '150 par trimestre scolaire'
		},
		cafes: {
			statement: 'Remplir les cafés numériques pour les habitants âgés.',
			metric: 'Taux de remplissage des cafés numériques hebdomadaires',
			baseline: '55 %',
			target: '85 %'
		}
	},
	commitment: {
		budget:
			'3 000 euros pour 2027 sur le budget de la communication : 1 800 pour la formation, 700 pour deux kits téléphone et micro partagés entre les annexes, 500 pour promouvoir certains événements familiaux quand une annexe le demande. Pas d’abonnés payés, pas d’agence.',
		skills:
			'Écrire des réponses courtes et chaleureuses ; prendre des photos dans le respect du consentement ; lire et résumer chaque semaine ce que disent les gens ; un montage vidéo simple pour l’application de photos et de vidéos.',
		training:
			'Une demi-journée de formation pour chaque visage avant de commencer (ton, vie privée, gestion des critiques), animée par Maya avec la direction de la communication de la ville. Un atelier photo et consentement pour l’équipe jeunesse au printemps 2027. Une heure mensuelle de relecture entre pairs où les visages regardent ensemble les discussions du mois écoulé.',
		approvalFlow:
			'Les bibliothécaires publient et répondent sans validation préalable, dans le cadre de la charte d’une page convenue avec la direction de la communication de la ville. Les messages sur les budgets, les fermetures, les orientations ou tout sujet sur lequel la presse nous a interrogés passent par Maya, qui répond sous un jour ouvré ; Helen est prévenue de tout ce qui peut remonter au conseil. Les erreurs sont corrigées ouvertement, pas supprimées.',
		privacyRules:
			'Ne jamais publier le nom des usagers, ce qu’ils empruntent ni ce qu’ils ont demandé à l’accueil. Pas de photos de personnes sans leur accord ; les enfants seulement avec l’accord écrit d’un parent, et jamais avec leur nom. Chaque agent décide lui-même d’apparaître ou non sous son nom et avec sa photo, et personne ne publie sur la vie privée d’un collègue.',
		responsePolicy:
			'Les questions dans les groupes de quartier et les messages privés reçoivent une réponse d’un bibliothécaire nommé sous un jour ouvré, ou un mot qui dit quand nous saurons. Nous remercions par leur nom les personnes qui prennent notre défense, et partageons leurs histoires avec leur accord. Les détracteurs reçoivent une réponse calme et factuelle en public et une proposition d’en parler de vive voix ; nous ne polémiquons jamais, et ne supprimons jamais une critique sauf si elle enfreint les règles du groupe. Deux visages se relaient les soirs et les week-ends.'
	},
	clusters: {
		'known-for': 'Ce pour quoi nous voulons être reconnus',
		presences: 'Présences',
		forgotten: 'Publics oubliés',
		worries: 'Inquiétudes'
	},
	notes: {
		'known-digital':
			'Reconnus pour : l’aide sur tout ce qui est numérique, pas seulement les livres',
		'known-history': 'Histoire locale : personne d’autre n’a le fonds',
		'open-to-everyone': 'Ouverts à tous, sans poser de questions',
		'who-is-here':
			'Seuls des cadres ont été invités : où sont ceux qui répondent aux habitants tous les jours ?',
		'busy-not-answering': 'Des comptes actifs, ce n’est pas la même chose que répondre aux gens',
		'desk-complaints':
			'Nous n’entendons parler des commentaires que lorsque quelqu’un se plaint à l’accueil',
		'local-press': 'Presse et radio locales',
		works: 'Riverains du chantier de la centrale : en colère à cause du bruit',
		jobseekers:
			'Des demandeurs d’emploi utilisent nos ordinateurs tous les matins : sont-ils sur notre liste ?',
		'printing-threads':
			'Des questions sur l’impression dans les groupes de quartier, auxquelles répondent des inconnus',
		'ask-a-librarian':
			'Regarder comment la ville voisine organise « Demandez à un bibliothécaire »',
		groups: 'Groupes de quartier : c’est là que sont les questions',
		'short-videos': 'Des vidéos courtes ? Seulement si les jeunes bénévoles les portent',
		'answer-as-a-person': 'Répondre en personne, dans la journée',
		'count-learning': 'Compter ce que nous apprenons, pas seulement les likes',
		evenings: 'Le soir et le week-end : qui répond ?',
		blame: 'Me reprochera-t-on une erreur dans une publication ?',
		'committee-pdf':
			'Apporter le PDF à la commission culture le mois prochain, avec la première synthèse de veille'
	}
};
