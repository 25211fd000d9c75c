import { describe, expect, it } from 'vitest';
import { formatCount, type Locale } from '../domain/locale';
import type { SyncStatus } from '../sync/status';
import { describeSync } from './sync-badge';

describe('the sync badge in each language', () => {
	const cases: [Locale, SyncStatus, string, string][] = [
		['en', { kind: 'synced' }, 'Live', 'Connected: everyone sees the same plan.'],
		['fr', { kind: 'synced' }, 'En direct', 'Connecté\u00a0: tout le monde voit le même plan.'],
		[
			'de',
			{ kind: 'local-only' },
			'Auf diesem Gerät',
			'Nicht geteilt: Nur dieses Gerät hat diesen Workshop.'
		],
		['ar', { kind: 'read-only' }, 'مشاهدة', 'انضممت بصفة مراقب: ترى كل تعديل ولا تعدّل شيئًا.'],
		[
			'en',
			{ kind: 'offline', unsynced: 1 },
			'Offline',
			'No network. Keep working: edits are saved here. 1 change will be sent when it is back.'
		],
		[
			'fr',
			{ kind: 'offline', unsynced: 3 },
			'Hors ligne',
			'Pas de réseau. Continuez\u00a0: les modifications sont enregistrées ici. 3 modifications seront envoyées à son retour.'
		],
		[
			'de',
			{ kind: 'connecting', unsynced: 0 },
			'Verbinden…',
			'Verbindung zum Relay wird aufgebaut.'
		],
		[
			'ar',
			{ kind: 'unsynced', count: 2 },
			`جارٍ إرسال ${formatCount(2, 'ar')}…`,
			'تعديلان في الطريق إلى خادم الترحيل.'
		],
		[
			'ar',
			{ kind: 'unsynced', count: 11 },
			`جارٍ إرسال ${formatCount(11, 'ar')}…`,
			`${formatCount(11, 'ar')} تعديلًا في الطريق إلى خادم الترحيل.`
		],
		[
			'fr',
			{
				kind: 'refused',
				reason: 'The link is not valid for this workshop.',
				refusal: 'unauthorized'
			},
			'Lien refusé',
			'Ce lien n’est pas valable pour cet atelier.'
		],
		[
			'de',
			{ kind: 'refused', reason: 'Full', refusal: 'relayFull' },
			'Noch nicht geteilt',
			'Dieses Relay ist voll und nimmt keine neuen Workshops an. Bereits geteilte Workshops funktionieren weiter.'
		],
		// A reason the relay did not name stays as the relay wrote it.
		[
			'ar',
			{ kind: 'refused', reason: 'Closed for maintenance' },
			'الرابط مرفوض',
			'Closed for maintenance'
		],
		[
			'en',
			{ kind: 'unreachable', unsynced: 0, since: 0 },
			'Relay unreachable',
			'The relay does not answer. Keep working: edits are saved here.'
		]
	];

	it.each(cases)('%s %o', (locale, status, label, detail) => {
		expect(describeSync(status, locale)).toMatchObject({ label, detail });
	});

	it('keeps the tone of the status whatever the language', () => {
		expect(describeSync({ kind: 'refused', reason: 'x' }, 'ar').tone).toBe('alert');
		expect(describeSync({ kind: 'synced' }, 'fr').tone).toBe('ok');
		expect(describeSync({ kind: 'offline', unsynced: 0 }, 'de').tone).toBe('busy');
	});
});
