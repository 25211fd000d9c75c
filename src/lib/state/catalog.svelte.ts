import { errorMessage } from '../domain/error-message';
import { m } from '../paraglide/messages.js';
import type { Subscription } from 'dexie';
import type { WorkshopEntry } from '../storage/db';
import type { Database } from '../storage/database';
import { watchTable } from '../storage/dexie-changes';
import { stashedEntries } from '../storage/stashed-entries';
import { listWorkshops, withStashedEntries, workshopsToList } from '../storage/workshop-list';
import { whenPaintedAndIdle } from './when-idle';

/** How long the list may wait for an idle moment before it loads Dexie to follow changes. */
const FOLLOW_WITHIN_MS = 2_000;

/**
 * The workshop list, live: changes from this tab or another show up without a reload, and so do
 * the titles that pages which left too early had no time to save (stashed, `stashed-entries.ts`).
 * The list is read without Dexie (29 KB gzip, whose loading and start-up would otherwise fall in
 * the page's first seconds): again whenever another page announces a write to the catalog, and
 * whenever the page is shown again (a page that closed right after its write may not have
 * announced it). Once an action here loads Dexie, its live query keeps the list current instead.
 * Where the browser cannot hear other pages (no BroadcastChannel), Dexie loads once the first list
 * has drawn.
 */
export class CatalogState {
	workshops: WorkshopEntry[] = $state.raw([]);
	loaded = $state(false);
	error: string | null = $state(null);
	#subscription: Subscription | null = null;
	#live = false;
	#following = false;
	#destroyed = false;
	#stopWatching: () => void = () => undefined;
	/** A read in flight, and whether another must follow it (a change came during it). */
	#reading: Promise<void> | null = null;
	#readAgain = false;
	/** Once the first list (or the error) is there to draw. */
	readonly listed: Promise<void>;

	readonly #database: Database;

	constructor(database: Database) {
		this.#database = database;
		void database.arrived.then(() => this.#follow());
		this.listed = this.#read().then(() => {
			if (!this.#destroyed) this.#watch();
		});
	}

	/** Reads the list as stored now; a change while it reads makes it read once more after. */
	#read(): Promise<void> {
		if (this.#reading) {
			this.#readAgain = true;
			return this.#reading;
		}
		this.#reading = this.#database
			.read(
				async (reader) => workshopsToList(await reader.entries()),
				(db) => listWorkshops(db)
			)
			.then(
				(workshops) => {
					if (this.#live || this.#destroyed) return;
					this.workshops = withStashedEntries(workshops, stashedEntries());
					this.error = null;
					this.loaded = true;
				},
				(error: unknown) => {
					if (!this.#live) this.#failed(error);
				}
			)
			.finally(() => {
				this.#reading = null;
				if (this.#readAgain && !this.#live && !this.#destroyed) {
					this.#readAgain = false;
					void this.#read();
				}
			});
		return this.#reading;
	}

	#watch(): void {
		const reread = () => void this.#read();
		const stopChannel = watchTable(this.#database.name, 'workshops', reread);
		if (!stopChannel) {
			this.#stopWatching = whenPaintedAndIdle(() => this.#follow(), FOLLOW_WITHIN_MS);
			return;
		}
		const shown = () => {
			if (document.visibilityState === 'visible') reread();
		};
		document.addEventListener('visibilitychange', shown);
		this.#stopWatching = () => {
			stopChannel();
			document.removeEventListener('visibilitychange', shown);
		};
	}

	#follow(): void {
		if (this.#following || this.#destroyed) return;
		this.#following = true;
		Promise.all([this.#database.get(), import('dexie')]).then(
			([db, { liveQuery }]) => {
				if (this.#destroyed) return;
				this.#subscription = liveQuery(() => listWorkshops(db)).subscribe({
					next: (workshops) => {
						this.#live = true;
						this.#stopWatching();
						this.workshops = withStashedEntries(workshops, stashedEntries());
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
		this.#stopWatching();
		this.#subscription?.unsubscribe();
	}
}
