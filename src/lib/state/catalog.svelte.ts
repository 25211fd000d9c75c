import { errorMessage } from '../domain/error-message';
import { m } from '../paraglide/messages.js';
import { liveQuery, type Subscription } from 'dexie';
import type { WorkshopEntry } from '../storage/db';
import type { Database } from '../storage/database';
import { listWorkshops } from '../storage/workshop-list';

/** The workshop list, live: changes from this tab or another show up without a reload. */
export class CatalogState {
	workshops: WorkshopEntry[] = $state.raw([]);
	loaded = $state(false);
	error: string | null = $state(null);
	#subscription: Subscription | null = null;
	#destroyed = false;

	constructor(database: Database) {
		database.get().then(
			(db) => {
				if (this.#destroyed) return;
				this.#subscription = liveQuery(() => listWorkshops(db)).subscribe({
					next: (workshops) => {
						this.workshops = workshops;
						this.loaded = true;
					},
					error: (error: unknown) => this.#failed(error)
				});
			},
			(error: unknown) => this.#failed(error)
		);
	}

	#failed(error: unknown): void {
		this.error = m.catalog_could_not_read({ message: errorMessage(error) });
		this.loaded = true;
	}

	destroy(): void {
		this.#destroyed = true;
		this.#subscription?.unsubscribe();
	}
}
