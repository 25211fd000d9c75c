import * as Y from 'yjs';
import { m } from '../paraglide/messages.js';
import { CompareHost } from '../doc/compare-host';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { compatibility, migrate } from '../doc/migrations';
import { PlanDoc } from '../doc/plan-doc';
import { PlanWriteError } from '../doc/errors';
import type { CanalDb, WorkshopEntry } from '../storage/db';
import { DocStore, facilitationDocId } from '../storage/doc-store';
import type { StorageStatus } from '../storage/status';
import { connectTabs } from '../storage/tab-sync';
import type { exportWorkshop } from '../storage/workshops';
import { BallotBox } from './ballot-box.svelte';
import { FacilitationController } from './facilitation.svelte';
import { PlanChecker } from './plan-checker.svelte';
import { PlanView } from './plan-view.svelte';
import { PresenceController } from './presence.svelte';
import { PrivateRoundController } from './private-round.svelte';
import { SessionSummaryState } from './session-summary.svelte';
import { SharedRoom, type RoomOptions } from './shared-room.svelte';
import { versionMaker } from './version-maker';
import { VersionsController } from './versions.svelte';

const CATALOG_TOUCH_MS = 5_000;

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
 * facilitation, ballots and the plan check as controllers of their own; the relay link once
 * shared. Created and closed by the SessionRegistry, never directly.
 */
export class WorkshopSession {
	#status: StorageStatus = $state({ kind: 'opening' });
	#lastError: string | null = $state(null);
	readonly presence = new PresenceController();
	readonly facilitation = new FacilitationController(this.presence);
	readonly ballots = new BallotBox(this.facilitation, (change) => this.edit(change));
	readonly rounds: PrivateRoundController;
	readonly checker: PlanChecker;
	readonly relay: SharedRoom;
	readonly view: PlanView;
	readonly versions: VersionsController;
	/** Today's summary: the plan now against the version saved when the session started. */
	readonly summary: SessionSummaryState;
	/** Compares versions off the main thread; its worker starts on the first comparison. */
	readonly compare = new CompareHost();
	#stop: (() => void)[] = [];

	private constructor(
		readonly id: string,
		private readonly ydoc: Y.Doc,
		readonly plan: PlanDoc,
		private readonly store: DocStore,
		private readonly steering: { doc: FacilitationDoc; store: DocStore | null },
		options: RoomOptions
	) {
		this.view = new PlanView(plan);
		this.versions = new VersionsController(
			store.db,
			id,
			ydoc,
			versionMaker(this.compare, store),
			() => this.presence.me?.name || options.displayName || plan.meta.facilitator
		);
		this.checker = new PlanChecker(plan);
		this.summary = new SessionSummaryState({
			plan,
			session: () => this.facilitation.session,
			versions: this.versions,
			findings: () => this.checker.findings,
			revealedVotes: () => steering.doc.revealedVotes(),
			attendees: () => {
				const started = this.facilitation.session?.startedAt;
				return started === undefined ? [] : steering.doc.attendees(started);
			}
		});
		this.rounds = new PrivateRoundController(this.facilitation, this.presence, plan, (change) =>
			this.edit(change)
		);
		this.relay = new SharedRoom(
			{
				db: store.db,
				workshopId: id,
				ydoc,
				plan,
				presence: this.presence,
				facilitation: this.facilitation,
				facilitationDoc: steering.doc,
				ballots: this.ballots,
				rounds: this.rounds,
				versions: this.versions
			},
			options
		);
	}

	/** `options` may still be loading: they are read alongside the catalog entry, not before it. */
	static async open(
		db: CanalDb,
		id: string,
		options: RoomOptions | Promise<RoomOptions>
	): Promise<WorkshopSession> {
		const [entry, roomOptions]: [WorkshopEntry | undefined, RoomOptions] = await Promise.all([
			db.workshops.get(id),
			options
		]);
		if (!entry || entry.deletedAt !== undefined) throw new WorkshopNotFoundError();
		const ydoc = new Y.Doc();
		let plan: PlanDoc | null = null;
		// The agenda, the session's record and the timer: kept on this device for every workshop (a
		// local one has no other copy), and the room's copy once shared. Read alongside the plan;
		// failing to keep it costs only the agenda, never the plan.
		const facilitationDoc = new FacilitationDoc();
		const kept = DocStore.open(db, facilitationDocId(id), facilitationDoc.ydoc).catch(
			(error: unknown) => {
				console.warn('Could not keep the agenda on this device', error);
				return null;
			}
		);
		let store: DocStore;
		try {
			store = await DocStore.open(
				db,
				id,
				ydoc,
				catalogFields(() => plan)
			);
		} catch (error) {
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
			store,
			{ doc: facilitationDoc, store: facilitationStore },
			roomOptions
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
		session.#stop.push(session.summary.watchStarts(facilitationDoc));
		if (entry.room) await session.relay.connect(entry.room);
		session.checker.attach();
		void session.versions.load();
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
		// The catalog code (and the file format it exports) is not needed to show the plan.
		void import('../storage/workshops')
			.then(({ markOpened }) => markOpened(db, id))
			.catch((error: unknown) => console.warn('Could not mark the workshop opened', error));
		return session;
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
		const [{ exportWorkshop }] = await Promise.all([
			import('../storage/workshops'),
			this.store.flush()
		]);
		return exportWorkshop(this.store.db, this.id, this.ydoc);
	}

	async close(): Promise<void> {
		for (const stop of this.#stop) stop();
		this.#stop = [];
		this.checker.destroy();
		this.rounds.destroy();
		this.relay.destroy();
		this.versions.destroy();
		this.compare.destroy();
		this.ballots.destroy();
		this.facilitation.destroy();
		this.presence.destroy();
		await Promise.all([this.store.close(), this.steering.store?.close()]);
		this.steering.doc.destroy();
		this.plan.destroy();
		this.ydoc.destroy();
	}
}
