import type { CanalDb } from '../storage/db';

/**
 * Preferences of this browser (not of a plan): kept in the catalog's settings table so they
 * survive reloads, and readable synchronously once loaded.
 */
export class SettingsState {
	guidanceOpen = $state(true);
	#db: CanalDb;

	constructor(db: CanalDb) {
		this.#db = db;
		void db.settings
			.get('guidanceOpen')
			.then((setting) => {
				if (typeof setting?.value === 'boolean') this.guidanceOpen = setting.value;
			})
			.catch(() => undefined);
	}

	setGuidanceOpen(open: boolean): void {
		if (this.guidanceOpen === open) return;
		this.guidanceOpen = open;
		void this.#db.settings.put({ key: 'guidanceOpen', value: open }).catch(() => undefined);
	}
}
