import * as Y from 'yjs';
import { m } from '../paraglide/messages.js';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { compatibility, migrate } from '../doc/migrations';
import { PlanDoc } from '../doc/plan-doc';
import { PlanWriteError } from '../doc/errors';
import type { CanalDb, WorkshopEntry } from '../storage/db';
import { Database } from '../storage/database';
import { DocStore, facilitationDocId } from '../storage/doc-store';
import type { StorageStatus } from '../storage/status';
import { connectTabs } from '../storage/tab-sync';
import type { exportWorkshop } from '../storage/workshops';
import type { RoomCredentials } from '../sync/credentials';
import type { SyncStatus } from '../sync/status';
import { FacilitationController } from './facilitation.svelte';
import { PlanChecker } from './plan-checker.svelte';
import { PlanView } from './plan-view.svelte';
import { PresenceController } from './presence.svelte';
import type { SessionFeatures } from './session-features';
import type { RoomOptions } from './shared-room.svelte';
import { whenIdle } from './when-idle';

const CATALOG_TOUCH_MS = 5_000;
/** Once a step has painted, the other features load when the page is idle, or by this much later. */
const FEATURES_WITHIN_MS = 2_000;
const LOCAL_ONLY: SyncStatus = { kind: 'local-only' };

/** Read of a feature before it loaded: a part that needs one awaits `loadFeatures()` first. */
export class FeaturesNotLoadedError extends Error {
	override readonly name = 'FeaturesNotLoadedError';
	constructor() {
		super('The workshop’s versions, ballots and relay link have not loaded yet.');
	}
}

export class WorkshopNotFoundError extends Error {
	override readonly name = 'WorkshopNotFoundError';
	constructor() {
		super(m.session_not_on_device());
	}
}

/**
 * Keeps the workshop list's copy of the title in step with the plan, in the same write as a save;
 * but only when it changed, or now and then for "changed at": each catalog write costs a
 * keystroke several milliseconds.
 */
function catalogFields(plan: () => PlanDoc | null) {
	let written = '';
	let touchedAt = 0;
	return () => {
		const current = plan();
		if (!current) return null;
		const { title, organisation, facilitator } = current.meta;
		const key = JSON.stringify([title, organisation, facilitator]);
		const now = Date.now();
		if (key === written && now - touchedAt < CATALOG_TOUCH_MS) return null;
		written = key;
		touchedAt = now;
		// A joined plan is empty until the relay sends it: keep the list's placeholder title.
		if (!title) return { updatedAt: now };
		return { title, organisation, facilitator, updatedAt: now };
	};
}

/**
 * One open workshop, and the composition root of its features: the Y.Doc, the one DocStore
 * saving it, the PlanDoc in front of it and the reactive view components read; presence,
 * facilitation and the plan check as controllers of their own. Versions, today's summary,
 * ballots, the private round and the relay link are `SessionFeatures`, a module loaded after the
 * first step paints (before the workshop opens when it is shared). Created and closed by the
 * SessionRegistry, never directly.
 */
export class WorkshopSession {
	#status: StorageStatus = $state({ kind: 'opening' });
	#lastError: string | null = $state(null);
	#features: SessionFeatures | null = $state.raw(null);
	#loading: Promise<SessionFeatures> | null = null;
	#closed = false;
	#scheduled = false;
	readonly presence = new PresenceController();
	readonly facilitation = new FacilitationController(this.presence);
	readonly checker: PlanChecker;
	readonly view: PlanView;
	#stop: (() => void)[] = [];

	private constructor(
		readonly id: string,
		private readonly ydoc: Y.Doc,
		readonly plan: PlanDoc,
		private readonly database: Database,
		private readonly store: DocStore,
		private readonly steering: { doc: FacilitationDoc; store: DocStore | null },
		private readonly options: RoomOptions,
		private readonly storedRoom: RoomCredentials | undefined,
		private readonly sessionStartAtOpen: number | null
	) {
		this.view = new PlanView(plan);
		this.checker = new PlanChecker(plan);
	}

	/**
	 * `options` may still be loading: they are read alongside the catalog entry, not before it.
	 * Given a `Database`, the workshop opens without Dexie's code, which loads once it is read.
	 */
	static async open(
		db: CanalDb | Database,
		id: string,
		options: RoomOptions | Promise<RoomOptions>
	): Promise<WorkshopSession> {
		const database = db instanceof Database ? db : Database.of(db);
		const ydoc = new Y.Doc();
		let plan: PlanDoc | null = null;
		// The plan's saved rows are read alongside its catalog entry, not after it: one round trip
		// to IndexedDB less before the step can show. Opening writes nothing, so a plan that turns
		// out to be deleted is only let go again.
		const opening = DocStore.open(
			database,
			id,
			ydoc,
			catalogFields(() => plan)
		);
		// Awaited below, once the entry is known; a failure meanwhile is not an unhandled one.
		opening.catch(() => undefined);
		// The agenda, the session's record and the timer: kept on this device for every workshop (a
		// local one has no other copy), and the room's copy once shared. Read alongside the plan;
		// failing to keep it costs only the agenda, never the plan.
		const facilitationDoc = new FacilitationDoc();
		const kept = DocStore.open(database, facilitationDocId(id), facilitationDoc.ydoc).catch(
			(error: unknown) => {
				console.warn('Could not keep the agenda on this device', error);
				return null;
			}
		);
		let entry: WorkshopEntry | undefined;
		let roomOptions: RoomOptions;
		let store: DocStore;
		try {
			[entry, roomOptions] = await Promise.all([
				database.read(
					(reader) => reader.entry(id),
					(dexie) => dexie.workshops.get(id)
				),
				options
			]);
			if (!entry || entry.deletedAt !== undefined) throw new WorkshopNotFoundError();
			// A shared workshop connects before it shows: its features' code downloads while the
			// plan loads from the device, and `loadFeatures` below finds it here.
			if (entry.room) void import('./session-features').catch(() => undefined);
			store = await opening;
		} catch (error) {
			void opening.then((unused) => unused.close()).catch(() => undefined);
			void kept.then((other) => other?.close()).finally(() => facilitationDoc.destroy());
			throw error;
		}
		const facilitationStore = await kept;
		plan = new PlanDoc(ydoc);
		performance.mark('canal:plan-loaded');
		const session = new WorkshopSession(
			id,
			ydoc,
			plan,
			database,
			store,
			{ doc: facilitationDoc, store: facilitationStore },
			roomOptions,
			entry.room,
			facilitationDoc.value.session?.startedAt ?? null
		);
		session.facilitation.attach(facilitationDoc, entry.room?.role ?? null);
		const fit = compatibility(ydoc);
		if (fit.kind === 'newer') {
			plan.makeReadOnly();
			session.#status = { kind: 'newer-schema', version: fit.version };
		} else {
			migrate(ydoc);
			session.#stop.push(store.subscribe((status) => (session.#status = status)));
		}
		session.#stop.push(connectTabs(id, ydoc));
		session.#stop.push(connectTabs(facilitationDocId(id), facilitationDoc.ydoc));
		// A shared workshop connects before it shows: its room says who may edit what.
		if (entry.room) await session.loadFeatures();
		// The plan check's rules load once the step has painted (`stepShown`), not while it loads.
		session.checker.attach(false);
		// Save what is queued when the page goes away: the tab may never come back.
		const flush = () => {
			void store.flush();
			void facilitationStore?.flush();
		};
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', flush);
		session.#stop.push(() => {
			window.removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', flush);
		});
		return session;
	}

	/** Versions, today's summary, ballots, the private round and the relay link; null until loaded. */
	get features(): SessionFeatures | null {
		return this.#features;
	}

	/**
	 * Loads the features (once; again after a failure, as when offline on a first visit) and
	 * starts them: the relay link when the workshop is shared, then this device's versions.
	 */
	loadFeatures(): Promise<SessionFeatures> {
		this.#loading ??= Promise.all([import('./session-features'), this.database.get()])
			.then(async ([{ SessionFeatures }, db]) => {
				if (this.#closed) throw new Error('The workshop was closed.');
				const features = new SessionFeatures({
					db,
					store: this.store,
					id: this.id,
					ydoc: this.ydoc,
					plan: this.plan,
					presence: this.presence,
					facilitation: this.facilitation,
					facilitationDoc: this.steering.doc,
					checker: this.checker,
					edit: (change) => this.edit(change),
					options: this.options,
					sessionStartAtOpen: this.sessionStartAtOpen
				});
				this.#features = features;
				try {
					await features.start(this.storedRoom);
				} catch (error) {
					features.destroy();
					this.#features = null;
					throw error;
				}
				return features;
			})
			.catch((error: unknown) => {
				this.#loading = null;
				throw error;
			});
		return this.#loading;
	}

	/**
	 * A step has painted: the plan check and the features it did without load now, when the page
	 * is idle (and the workshop list learns it was opened). Not before, so a workshop on this
	 * device draws its first step with the least code; anything that needs them earlier (the
	 * review, a dialog, the maps) asks for them itself.
	 */
	stepShown(): void {
		if (this.#scheduled || this.#closed) return;
		this.#scheduled = true;
		// Dexie, for the writes (an edit made before it arrives waits in the store's queue): at
		// once, not when idle, so that a first edit is stored soon.
		this.database
			.get()
			.catch((error: unknown) => console.warn('Could not load the database code', error));
		const cancel = whenIdle(() => {
			this.checker.start().catch((error: unknown) => {
				console.warn('Could not load the plan check', error);
			});
			this.loadFeatures().catch((error: unknown) => {
				console.warn('Could not load the workshop’s versions and sharing', error);
			});
			// The catalog code (and the file format it exports) is not needed to show the plan.
			Promise.all([import('../storage/workshops'), this.database.get()])
				.then(([{ markOpened }, db]) => markOpened(db, this.id))
				.catch((error: unknown) => console.warn('Could not mark the workshop opened', error));
		}, FEATURES_WITHIN_MS);
		this.#stop.push(cancel);
	}

	#loaded(): SessionFeatures {
		if (!this.#features) throw new FeaturesNotLoadedError();
		return this.#features;
	}

	/** The room this device is in, once the workshop is shared; null before the features load. */
	get room(): RoomCredentials | null {
		return this.#features?.relay.room ?? null;
	}

	/** How this device stands with the relay ("on this device only" before the features load). */
	get sync(): SyncStatus {
		return this.#features?.relay.sync ?? LOCAL_ONLY;
	}

	// The features by name, for the parts that show only once they are here: a shared workshop's
	// (loaded before it opened) and those that awaited `loadFeatures()`. Others read `features`.
	get relay(): SessionFeatures['relay'] {
		return this.#loaded().relay;
	}
	get versions(): SessionFeatures['versions'] {
		return this.#loaded().versions;
	}
	get summary(): SessionFeatures['summary'] {
		return this.#loaded().summary;
	}
	get ballots(): SessionFeatures['ballots'] {
		return this.#loaded().ballots;
	}
	get rounds(): SessionFeatures['rounds'] {
		return this.#loaded().rounds;
	}
	get compare(): SessionFeatures['compare'] {
		return this.#loaded().compare;
	}

	/** How saving on this device goes. */
	get status(): StorageStatus {
		return this.#status;
	}

	/** The last edit the plan refused, in words for the person; cleared by the next good edit. */
	get lastError(): string | null {
		return this.#lastError;
	}

	get readOnly(): boolean {
		return this.plan.readOnly;
	}

	/** Runs an edit; a refusal (too long, read-only) becomes a message instead of an exception. */
	edit(change: (plan: PlanDoc) => void): boolean {
		try {
			change(this.plan);
			this.#lastError = null;
			return true;
		} catch (error) {
			if (!(error instanceof PlanWriteError)) throw error;
			this.#lastError = error.message;
			return false;
		}
	}

	/** The whole workshop as a file, with every edit saved first. */
	async exportFile(): Promise<Awaited<ReturnType<typeof exportWorkshop>>> {
		const [{ exportWorkshop }, db] = await Promise.all([
			import('../storage/workshops'),
			this.database.get(),
			this.store.flush()
		]);
		return exportWorkshop(db, this.id, this.ydoc);
	}

	async close(): Promise<void> {
		for (const stop of this.#stop) stop();
		this.#stop = [];
		this.#closed = true;
		this.checker.destroy();
		this.#features?.destroy();
		this.facilitation.destroy();
		this.presence.destroy();
		await Promise.all([this.store.close(), this.steering.store?.close()]);
		this.steering.doc.destroy();
		this.plan.destroy();
		this.ydoc.destroy();
	}
}
