import type { Database } from '../storage/database';
import type { RoomOptions } from './shared-room.svelte';
import type { WorkshopSession } from './workshop-session.svelte';

/**
 * The workshop's code (Yjs, the plan, its controllers) is a chunk of its own: the home page never
 * loads it, and a workshop's layout fetches it beside its own code (see `w/[id]/+layout.ts`).
 */
const sessionModule = () => import('./workshop-session.svelte');

/**
 * Guarantees one session (so one DocStore) per workshop per page, however many components ask
 * for it, and closes it when the last one lets go.
 */
export class SessionRegistry {
	readonly #open = new Map<string, { session: Promise<WorkshopSession>; users: number }>();

	constructor(
		readonly db: Database,
		readonly options: () => Promise<RoomOptions>
	) {}

	acquire(id: string): Promise<WorkshopSession> {
		const existing = this.#open.get(id);
		if (existing) {
			existing.users++;
			return existing.session;
		}
		const options = this.options();
		const session = sessionModule().then(({ WorkshopSession }) =>
			WorkshopSession.open(this.db, id, options)
		);
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
