import type { CanalDb } from '../storage/db';

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
	readonly ready: Promise<void>;
	#db: CanalDb;

	constructor(db: CanalDb) {
		this.#db = db;
		this.ready = db.settings
			.bulkGet(['guidanceOpen', 'displayName', 'relayUrl'])
			.then(([guidance, name, relay]) => {
				if (typeof guidance?.value === 'boolean') this.guidanceOpen = guidance.value;
				if (typeof name?.value === 'string') this.displayName = name.value;
				if (typeof relay?.value === 'string') this.relayUrl = relay.value;
			})
			.catch(() => undefined);
	}

	async setDisplayName(name: string): Promise<void> {
		this.displayName = name.trim().slice(0, 80);
		await this.#db.settings.put({ key: 'displayName', value: this.displayName });
	}

	async setRelayUrl(url: string): Promise<void> {
		this.relayUrl = url.trim();
		await this.#db.settings.put({ key: 'relayUrl', value: this.relayUrl });
	}

	setGuidanceOpen(open: boolean): void {
		if (this.guidanceOpen === open) return;
		this.guidanceOpen = open;
		void this.#db.settings.put({ key: 'guidanceOpen', value: open }).catch(() => undefined);
	}
}
