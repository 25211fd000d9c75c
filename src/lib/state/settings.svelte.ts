import { clipCharacters } from '../domain/text';
import type { CanalDb } from '../storage/db';
import type { Database } from '../storage/database';

const KEYS = ['guidanceOpen', 'displayName', 'relayUrl', 'pdfPageSize', 'boardView'];

/**
 * Preferences of this browser (not of a plan): kept in the catalog's settings table so they
 * survive reloads, and readable synchronously once loaded.
 */
export class SettingsState {
	guidanceOpen = $state(true);
	/** How this person appears to others in a shared workshop. */
	displayName = $state('');
	/** A relay other than the one that served the app ('' = the same server). */
	relayUrl = $state('');
	/** Paper for exported PDFs: A4 unless this browser speaks US English. */
	pdfPageSize = $state<'A4' | 'LETTER'>(
		typeof navigator !== 'undefined' && /^en-US$/i.test(navigator.language) ? 'LETTER' : 'A4'
	);
	/** How boards show their notes: as a canvas or as a list; null until this browser chooses. */
	boardView = $state<'canvas' | 'list' | null>(null);
	readonly ready: Promise<void>;
	#db: Database;

	/** Read without Dexie when it has not loaded: a workshop's first paint needs them. */
	constructor(db: Database) {
		this.#db = db;
		this.ready = db
			.read(
				(reader) => reader.settings(KEYS),
				(dexie) => dexie.settings.bulkGet(KEYS)
			)
			.then(([guidance, name, relay, pageSize, boardView]) => {
				if (boardView?.value === 'canvas' || boardView?.value === 'list')
					this.boardView = boardView.value;
				if (pageSize?.value === 'A4' || pageSize?.value === 'LETTER')
					this.pdfPageSize = pageSize.value;
				if (typeof guidance?.value === 'boolean') this.guidanceOpen = guidance.value;
				if (typeof name?.value === 'string') this.displayName = name.value;
				if (typeof relay?.value === 'string') this.relayUrl = relay.value;
			})
			.catch(() => undefined);
	}

	async #put(key: string, value: unknown): Promise<void> {
		const db: CanalDb = await this.#db.get();
		await db.settings.put({ key, value });
	}

	async setDisplayName(name: string): Promise<void> {
		this.displayName = clipCharacters(name.trim(), 80);
		await this.#put('displayName', this.displayName);
	}

	async setRelayUrl(url: string): Promise<void> {
		this.relayUrl = url.trim();
		await this.#put('relayUrl', this.relayUrl);
	}

	setPdfPageSize(size: 'A4' | 'LETTER'): void {
		this.pdfPageSize = size;
		void this.#put('pdfPageSize', size).catch(() => undefined);
	}

	setBoardView(view: 'canvas' | 'list'): void {
		this.boardView = view;
		void this.#put('boardView', view).catch(() => undefined);
	}

	setGuidanceOpen(open: boolean): void {
		if (this.guidanceOpen === open) return;
		this.guidanceOpen = open;
		void this.#put('guidanceOpen', open).catch(() => undefined);
	}
}
