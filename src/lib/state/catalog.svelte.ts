import { errorMessage } from '../domain/error-message';
import { m } from '../paraglide/messages.js';
import type { Subscription } from 'dexie';
import type { WorkshopEntry } from '../storage/db';
import type { Database } from '../storage/database';
import { listWorkshops, workshopsToList } from '../storage/workshop-list';
import { whenPaintedAndIdle } from './when-idle';

/** How long the list may wait for an idle moment before it starts following changes. */
const FOLLOW_WITHIN_MS = 2_000;

/**
 * The workshop list, live: changes from this tab or another show up without a reload. The first
 * list is read without Dexie (29 KB gzip, which the home page would otherwise wait for); Dexie
 * loads once that list has drawn, or sooner should an action load it, and its live query keeps
 * the list current from then on. A change made meanwhile is in the live query's first answer.
 */
export class CatalogState {
	workshops: WorkshopEntry[] = $state.raw([]);
	loaded = $state(false);
	error: string | null = $state(null);
	#subscription: Subscription | null = null;
	#live = false;
	#following = false;
	#destroyed = false;
	#cancelIdle: () => void = () => undefined;
	/** Once the first list (or the error) is there to draw. */
	readonly listed: Promise<void>;

	constructor(database: Database) {
		void database.arrived.then(() => this.#follow(database));
		this.listed = database
			.read(
				async (reader) => workshopsToList(await reader.entries()),
				(db) => listWorkshops(db)
			)
			.then(
				(workshops) => {
					if (this.#live || this.#destroyed) return;
					this.workshops = workshops;
					this.loaded = true;
				},
				(error: unknown) => this.#failed(error)
			)
			.then(() => {
				if (!this.#destroyed)
					this.#cancelIdle = whenPaintedAndIdle(() => this.#follow(database), FOLLOW_WITHIN_MS);
			});
	}

	#follow(database: Database): void {
		if (this.#following || this.#destroyed) return;
		this.#following = true;
		this.#cancelIdle();
		Promise.all([database.get(), import('dexie')]).then(
			([db, { liveQuery }]) => {
				if (this.#destroyed) return;
				this.#subscription = liveQuery(() => listWorkshops(db)).subscribe({
					next: (workshops) => {
						this.#live = true;
						this.workshops = workshops;
						this.error = null;
						this.loaded = true;
					},
					error: (error: unknown) => this.#failed(error)
				});
			},
			(error: unknown) => {
				// Its code did not arrive (offline before the service worker kept it): the list read
				// without it stays; the next action that loads Dexie tries again.
				this.#following = false;
				if (!this.loaded) this.#failed(error);
				else console.warn('Could not follow changes to the workshop list', error);
			}
		);
	}

	#failed(error: unknown): void {
		this.error = m.catalog_could_not_read({ message: errorMessage(error) });
		this.loaded = true;
	}

	destroy(): void {
		this.#destroyed = true;
		this.#cancelIdle();
		this.#subscription?.unsubscribe();
	}
}
