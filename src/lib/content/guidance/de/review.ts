import type { StepGuidance } from '../types';

export const guidance: StepGuidance = {
	why: 'Die Prüfung bringt den ganzen Plan auf eine Seite, damit die Runde sieht, ob seine Teile zusammenpassen: Zweck, Menschen, Plattformen, Ziele und die Zeit, sie zu tragen. Die Planprüfung zeigt auf die Schwachstellen, nach denen Auftraggebende fragen würden, jeweils mit dem Schritt, in dem sie behoben werden. Der Export trägt die Begründung, nicht nur die Ergebnisse, zu Menschen, die nicht im Raum waren.',
	questions: [
		'Würde jemand, der nicht dabei war, beim Lesen der Zusammenfassung verstehen, warum wir so entschieden haben?',
		'Welche Befunde der Planprüfung beheben wir jetzt, und welche nehmen wir bewusst in Kauf?',
		'Hat jede Plattform, die wir behalten, namentlich genannte Menschen dahinter und die passende Zeit?',
		'Wann treffen wir uns wieder, um die Kennzahlen anzuschauen und den Plan anzupassen?'
	],
	example:
		'Am Ende des Tages las das Riverside-Team die Zusammenfassung laut vor. Die Planprüfung hatte eine Fokusplattform ohne namentlich genannte Person markiert, also trugen sie vor dem Export Lena und Jonas als Gesichter ein. Im folgenden Monat nahm die Direktorin das PDF mit in den Kulturausschuss, zusammen mit der ersten wöchentlichen Zusammenfassung aus dem Zuhören.'
};
