import type { CanalDb } from '../storage/db';
import type { RoomOptions } from './shared-room.svelte';
import { WorkshopSession } from './workshop-session.svelte';

/**
 * Guarantees one session (so one DocStore) per workshop per page, however many components ask
 * for it, and closes it when the last one lets go.
 */
export class SessionRegistry {
	readonly #open = new Map<string, { session: Promise<WorkshopSession>; users: number }>();

	constructor(
		readonly db: CanalDb,
		readonly options: () => Promise<RoomOptions>
	) {}

	acquire(id: string): Promise<WorkshopSession> {
		const existing = this.#open.get(id);
		if (existing) {
			existing.users++;
			return existing.session;
		}
		const session = WorkshopSession.open(this.db, id, this.options());
		this.#open.set(id, { session, users: 1 });
		session.catch(() => this.#open.delete(id));
		return session;
	}

	async release(id: string): Promise<void> {
		const entry = this.#open.get(id);
		if (!entry) return;
		entry.users--;
		if (entry.users > 0) return;
		this.#open.delete(id);
		const session = await entry.session.catch(() => null);
		await session?.close();
	}
}
