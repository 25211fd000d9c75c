import type { Transaction } from 'dexie';
import * as Y from 'yjs';
import { originKind, TxOrigin } from '../doc/origins';
import { errorMessage } from '../domain/error-message';
import type { CanalDb, StoredUpdate, WorkshopEntry } from './db';
import { Database } from './database';
import { isQuotaError } from './quota-error';
import type { StorageStatus } from './status';
import type { StashedEntry } from './stashed-entries';
import { dropStash, stashedFor, stashKey, stashUnsaved } from './unsaved-stash';

export const STORE_LIMITS = {
	/** Retry a refused write (storage full) this often. */
	retryMs: 2_000,
	/** Fold the update log into one row once it has this many rows. */
	compactAfterRows: 500
} as const;

const storageOrigin = new TxOrigin('storage');
/** Edits this browser made on a page that left before storing them (see `unsaved-stash.ts`). */
const stashOrigin = new TxOrigin('tab', 'unsaved');

/**
 * Saves one plan's Y.Doc to IndexedDB as a log of updates and loads it back.
 *
 * Every change that did not come from this store itself is written at once: a person who types
 * and closes the tab straight away must not lose the last words, so there is no debounce. Edits
 * made while a write is in flight go together in the next one. The log is folded into one
 * row when it grows, inside one transaction so another tab's writes are never lost. Opening
 * writes nothing, so a plan opened fifty times without edits does not grow. A refused write
 * (storage full) keeps the updates in memory and retries; nothing is dropped. A page that leaves
 * while a write is in flight (which the browser then drops) stashes what is unsaved, and the next
 * opening stores it.
 */
export class DocStore {
	private queue: Uint8Array[] = [];
	/** The batch being written: not stored until its transaction commits. */
	private inFlight: readonly Uint8Array[] = [];
	private readonly stashAs: string;
	private retryTimer: ReturnType<typeof setTimeout> | null = null;
	private flushing: Promise<void> | null = null;
	private rows = 0;
	private closed = false;
	/**
	 * After a refused write, the next one saves the whole plan from memory, and the catalog entry
	 * if it is gone: Chromium, short of disk, may evict the origin's data (every database, cache
	 * and service worker) before space comes back.
	 */
	private wholeStateDue = false;
	/** The plan's catalog entry as opened and saved here, to put back after such an eviction. */
	private entry: WorkshopEntry | undefined;
	/**
	 * Catalog fields handed out by `onSaved` and not yet committed: written with the next save
	 * should this one be refused, and stashed with the edits should the page leave meanwhile.
	 */
	private unsavedFields: Record<string, unknown> | null = null;
	private readonly listeners = new Set<(status: StorageStatus) => void>();
	status: StorageStatus = { kind: 'opening' };

	private constructor(
		readonly database: Database,
		readonly docId: string,
		readonly ydoc: Y.Doc,
		private readonly onSaved?: () => Record<string, unknown> | null
	) {
		this.stashAs = stashKey(docId, Math.random().toString(36).slice(2, 12));
	}

	/**
	 * Loads the saved plan into `ydoc` and starts saving its changes. `onSaved` may return fields
	 * to refresh in the workshop's catalog entry in the same transaction as each save. Given a
	 * `Database` whose Dexie has not loaded, the plan is read without it and Dexie loads after:
	 * edits made meanwhile wait in the queue.
	 */
	static async open(
		db: CanalDb | Database,
		docId: string,
		ydoc: Y.Doc,
		onSaved?: () => Record<string, unknown> | null
	): Promise<DocStore> {
		const database = db instanceof Database ? db : Database.of(db);
		const store = new DocStore(database, docId, ydoc, onSaved);
		// Listening before the read: a document already connected (a person's drafts) may receive
		// the relay's updates meanwhile, and those must be saved too.
		ydoc.on('update', store.onUpdate);
		const [rows, entry] = await database.read<[StoredUpdate[], WorkshopEntry | undefined]>(
			(reader) => Promise.all([reader.rows(docId), reader.entry(docId)]),
			(dexie) =>
				Promise.all([
					dexie.updates.where('docId').equals(docId).toArray(),
					dexie.workshops.get(docId)
				])
		);
		// Not listening while the stored rows go in: Yjs encodes every transaction's update for its
		// `update` listeners, and this one is the whole plan, already stored (a second decode's
		// worth of time for nothing). Nothing else can change the document within this call.
		ydoc.off('update', store.onUpdate);
		try {
			ydoc.transact(() => {
				for (const row of rows) Y.applyUpdate(ydoc, row.update, storageOrigin);
			}, storageOrigin);
		} finally {
			ydoc.on('update', store.onUpdate);
		}
		store.rows += rows.length;
		store.entry = entry;
		if (store.status.kind === 'opening') store.setStatus({ kind: 'saved', at: Date.now() });
		await store.recoverStashed();
		if (typeof window !== 'undefined') window.addEventListener('pagehide', store.onPageHide);
		if (rows.length > STORE_LIMITS.compactAfterRows) await store.compact();
		return store;
	}

	/**
	 * Applies what pages that left too early stashed, and drops each stash once it is stored (what
	 * the log already holds changes nothing). A stash that is not a Yjs update is dropped.
	 */
	private async recoverStashed(): Promise<void> {
		const stashes = stashedFor(this.docId);
		if (stashes.length === 0) return;
		for (const { key, update } of stashes) {
			try {
				Y.applyUpdate(this.ydoc, update, stashOrigin);
			} catch (error) {
				console.warn('An unsaved edit left by an earlier page could not be read', error);
				dropStash(key);
			}
		}
		await this.flush();
		if (this.queue.length === 0) for (const { key } of stashes) dropStash(key);
	}

	/** The page is going: IndexedDB will not finish, so what it has not stored goes to the stash. */
	private readonly onPageHide = () => {
		if (this.closed) return;
		const unsaved = [...this.inFlight, ...this.queue];
		if (unsaved.length === 0) return;
		// The list shows the title these edits carry until the plan is next opened and stores them.
		// Kept as unsaved too: a page that comes back (the back-forward cache) writes them next.
		const queued = this.queue.length > 0 ? this.onSaved?.() : null;
		if (queued) this.unsavedFields = { ...this.unsavedFields, ...queued };
		stashUnsaved(this.stashAs, unsaved, this.unsavedFields as StashedEntry | null);
	};

	subscribe(listener: (status: StorageStatus) => void): () => void {
		this.listeners.add(listener);
		listener(this.status);
		return () => this.listeners.delete(listener);
	}

	get pending(): number {
		return this.queue.length;
	}

	private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
		if (originKind(origin) === 'storage' || this.closed) return;
		this.queue.push(update);
		if (this.status.kind === 'storage-full') {
			// The retry timer will take it; meanwhile the count tells the person what is at stake.
			this.setStatus({ kind: 'storage-full', pending: this.queue.length });
			return;
		}
		this.setStatus({ kind: 'saving', pending: this.queue.length });
		if (!this.flushing) void this.flush();
	};

	/**
	 * Chromium closes the database when the disk fills, and Dexie gives up on it after one failed
	 * reopen (every later call fails with the same error): reopen it here, so the retry that
	 * follows a freed disk can save.
	 */
	private async reopen(db: CanalDb): Promise<void> {
		if (!db.isOpen() && db.hasFailed() && !db.hasBeenClosed()) await db.open();
	}

	private scheduleRetry(): void {
		if (this.retryTimer !== null || this.closed) return;
		this.retryTimer = setTimeout(() => {
			this.retryTimer = null;
			void this.flush();
		}, STORE_LIMITS.retryMs);
	}

	/** Writes everything queued. Resolves when it is stored (or known to be refused). */
	async flush(): Promise<void> {
		while (this.flushing) await this.flushing;
		if (this.queue.length === 0) return;
		const batch = this.queue;
		this.queue = [];
		this.inFlight = batch;
		// Handed out as the batch is taken, not once Dexie is ready: a page leaving in between
		// stashes them with the batch.
		const changed = this.onSaved?.();
		if (changed) this.unsavedFields = { ...this.unsavedFields, ...changed };
		this.flushing = this.write(batch).finally(() => {
			this.flushing = null;
			this.inFlight = [];
		});
		await this.flushing;
		// Edits that arrived during the write go next, unless the write was refused.
		if (this.queue.length > 0 && this.status.kind === 'saving') await this.flush();
	}

	private async write(batch: Uint8Array[]): Promise<void> {
		let transaction: Transaction | undefined;
		let opened: CanalDb | undefined;
		try {
			// Until Dexie has loaded, the batch waits here (in flight: stashed should the page leave).
			const db = await this.database.get();
			opened = db;
			await this.reopen(db);
			const whole = this.wholeStateDue;
			const updates = whole ? [Y.encodeStateAsUpdate(this.ydoc)] : batch;
			const fields = this.unsavedFields;
			await db.transaction('rw', db.updates, db.workshops, async (tx) => {
				transaction = tx;
				await db.updates.bulkAdd(updates.map((update) => ({ docId: this.docId, update })));
				if (whole && this.entry && !(await db.workshops.get(this.docId)))
					await db.workshops.add(this.entry);
				if (fields) await db.workshops.update(this.docId, fields);
				// Kept up to date from what this save wrote, not read back: every save would pay a read.
				if (fields && this.entry) this.entry = { ...this.entry, ...fields } as WorkshopEntry;
			});
			// Committed: unless a newer save has handed out fields meanwhile, none are unsaved.
			if (this.unsavedFields === fields) this.unsavedFields = null;
			this.wholeStateDue = false;
			this.rows += updates.length;
			if (this.queue.length === 0) this.setStatus({ kind: 'saved', at: Date.now() });
			else this.setStatus({ kind: 'saving', pending: this.queue.length });
			if (this.rows > STORE_LIMITS.compactAfterRows) await this.compact();
		} catch (error) {
			// Put the batch back in front: order does not matter to Yjs, but nothing may be lost.
			this.queue = [...batch, ...this.queue];
			this.wholeStateDue = true;
			// Dexie reports the aborted request, not why the transaction aborted: ask the transaction.
			const cause = transaction?.idbtrans?.error;
			// While the database cannot be reopened after the disk filled, the disk is still the cause.
			const stillFull =
				this.status.kind === 'storage-full' && opened !== undefined && !opened.isOpen();
			if (isQuotaError(error) || isQuotaError(cause) || stillFull) {
				this.setStatus({ kind: 'storage-full', pending: this.queue.length });
			} else {
				this.setStatus({ kind: 'failed', message: `Could not save: ${errorMessage(error)}` });
			}
			this.scheduleRetry();
		}
	}

	/**
	 * Every update of the plan up to now, for a copy of it elsewhere (the compare worker's): what
	 * is queued is written first, then the log is read. Should a write be refused (storage full),
	 * the queue stays in memory and the whole state is encoded instead, as only memory holds it.
	 */
	async storedUpdates(): Promise<Uint8Array[]> {
		await this.flush();
		if (this.queue.length > 0 || this.flushing) return [Y.encodeStateAsUpdate(this.ydoc)];
		const db = await this.database.get();
		const rows = await db.updates.where('docId').equals(this.docId).toArray();
		return rows.map((row) => row.update);
	}

	/**
	 * Replaces the log with one row holding the merged state. Reads and writes in a single
	 * transaction, so rows another tab adds meanwhile are either folded in or kept.
	 */
	async compact(): Promise<void> {
		try {
			const db = await this.database.get();
			await db.transaction('rw', db.updates, async () => {
				const rows = await db.updates.where('docId').equals(this.docId).toArray();
				if (rows.length < 2) return;
				// Loading into a document and re-encoding is linear; mergeUpdates on many rows is not.
				const merged = new Y.Doc({ gc: true });
				merged.transact(() => {
					for (const row of rows) Y.applyUpdate(merged, row.update);
				});
				const update = Y.encodeStateAsUpdate(merged);
				merged.destroy();
				await db.updates.bulkDelete(rows.map((row) => row.seq!));
				await db.updates.add({ docId: this.docId, update });
			});
			this.rows = 1;
		} catch (error) {
			// A failed compaction leaves the log as it was: still complete, only longer.
			if (!isQuotaError(error)) console.warn('Compaction failed', error);
		}
	}

	/** Stops saving after writing what is queued. */
	async close(): Promise<void> {
		if (this.retryTimer !== null) clearTimeout(this.retryTimer);
		this.retryTimer = null;
		await this.flush().catch(() => undefined);
		this.closed = true;
		if (typeof window !== 'undefined') window.removeEventListener('pagehide', this.onPageHide);
		this.ydoc.off('update', this.onUpdate);
		this.listeners.clear();
	}

	private setStatus(status: StorageStatus): void {
		this.status = status;
		for (const listener of this.listeners) listener(status);
	}
}

/**
 * The id under which one of a workshop's private documents (a person's drafts) is kept on their
 * device: beside the plan's rows, and purged with them.
 */
export function privateDocId(workshopId: string, kind: 'drafts', ownerId: string): string {
	return `${workshopId}/${kind}/${ownerId}`;
}

/**
 * The id under which a workshop's facilitation document (agenda, session record, timer) is kept on
 * this device: a local workshop's only copy, a shared one's copy of the room's; purged with the plan.
 */
export function facilitationDocId(workshopId: string): string {
	return `${workshopId}/facilitation`;
}

/** Every private document kept for a workshop (see `privateDocId`). */
export function privateDocsOf(db: CanalDb, workshopId: string) {
	return db.updates.where('docId').startsWith(`${workshopId}/`);
}

/** Everything stored for one plan, merged into a fresh Y.Doc (for export and duplication). */
export async function loadStoredDoc(db: CanalDb, docId: string): Promise<Y.Doc> {
	const rows = await db.updates.where('docId').equals(docId).toArray();
	const ydoc = new Y.Doc();
	ydoc.transact(() => {
		for (const row of rows) Y.applyUpdate(ydoc, row.update, storageOrigin);
	}, storageOrigin);
	return ydoc;
}

/** Bytes stored for one plan: what the storage-growth tests and benchmarks measure. */
export async function storedBytes(
	db: CanalDb,
	docId: string
): Promise<{ rows: number; bytes: number }> {
	const rows = await db.updates.where('docId').equals(docId).toArray();
	return { rows: rows.length, bytes: rows.reduce((sum, row) => sum + row.update.byteLength, 0) };
}
