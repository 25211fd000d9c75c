import { errorMessage } from '../domain/error-message';
import { m } from '../paraglide/messages.js';
import { liveQuery, type Subscription } from 'dexie';
import type { CanalDb, WorkshopEntry } from '../storage/db';
import { listWorkshops } from '../storage/workshop-list';

/** The workshop list, live: changes from this tab or another show up without a reload. */
export class CatalogState {
	workshops: WorkshopEntry[] = $state.raw([]);
	loaded = $state(false);
	error: string | null = $state(null);
	#subscription: Subscription;

	constructor(readonly db: CanalDb) {
		this.#subscription = liveQuery(() => listWorkshops(db)).subscribe({
			next: (workshops) => {
				this.workshops = workshops;
				this.loaded = true;
			},
			error: (error: unknown) => {
				this.error = m.catalog_could_not_read({ message: errorMessage(error) });
				this.loaded = true;
			}
		});
	}

	destroy(): void {
		this.#subscription.unsubscribe();
	}
}
