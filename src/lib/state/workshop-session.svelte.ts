import * as Y from 'yjs';
import { compatibility, migrate } from '../doc/migrations';
import { PlanDoc } from '../doc/plan-doc';
import { PlanWriteError } from '../doc/errors';
import type { CanalDb, WorkshopEntry } from '../storage/db';
import { DocStore } from '../storage/doc-store';
import type { StorageStatus } from '../storage/status';
import { connectTabs } from '../storage/tab-sync';
import { markOpened } from '../storage/workshops';
import { PlanView } from './plan-view.svelte';
import { checkPlan, type CheckedPlan, type Finding } from '../domain/plan-check';
import type { StepId } from '../domain/steps';
import { ballotOf, migrateCredentials, newRoom, type RoomCredentials } from '../sync/credentials';
import { decodeBallotList } from '../sync/protocol';
import { CountedBallots } from './counted-ballots';
import { BallotDoc } from '../doc/ballot-doc';
import { placeDot, tally, type Dots, type VoteSession } from '../domain/voting';
import { newId } from '../domain/ids';
import type { MaturityDimension } from '../domain/vocabulary';
import { colorFor, peersOf, type Peer, type PresenceState } from '../sync/presence';
import type { RemoteDrag } from '../maps/shared/remote-drags';
import type {
	RelayConnection,
	RelayConnectionOptions,
	RelaySocket
} from '../sync/relay-connection';
import type { SyncStatus } from '../sync/status';
import { FacilitationDoc, type Facilitation } from '../doc/facilitation-doc';

export interface SessionOptions {
	/** WebSocket URL of the relay. */
	relayUrl: string;
	/** How this person appears to the others. */
	displayName: string;
}

const PLAN_CHECK_DELAY_MS = 150;
const CATALOG_TOUCH_MS = 5_000;

function checkedPlan(view: PlanView): CheckedPlan {
	return {
		team: view.list('team'),
		ratings: view.ratings,
		maturityNotes: view.maturityNotes,
		stakeholders: view.list('stakeholders'),
		platforms: view.list('platforms'),
		presence: view.presence,
		goals: view.list('goals'),
		commitment: view.commitment,
		listening: view.list('listening')
	};
}

export class WorkshopNotFoundError extends Error {
	override readonly name = 'WorkshopNotFoundError';
	constructor() {
		super(
			'This workshop is not on this device. It may have been deleted, or it was never imported here.'
		);
	}
}

/**
 * One open workshop: its Y.Doc, the one DocStore saving it, the PlanDoc in front of it and the
 * reactive view components read. Created and closed by the SessionRegistry, never directly.
 */
export class WorkshopSession {
	status: StorageStatus = $state({ kind: 'opening' });
	/** The last edit the plan refused, in words for the person; cleared by the next good edit. */
	lastError: string | null = $state(null);
	/** Where this device stands with the relay. */
	sync: SyncStatus = $state({ kind: 'local-only' });
	/** Who else is here, live (empty until shared). */
	peers: Peer[] = $state.raw([]);
	// Pointers move many times a second and change `peers` each time; who edits which record
	// changes rarely. A string key (compared by value) keeps every record row from re-running on
	// each pointer move.
	#editingKey = $derived(
		JSON.stringify(
			this.peers
				.filter((peer) => !peer.self && peer.editing)
				.map((peer) => [peer.editing, peer.clientId, peer.name, peer.color])
		)
	);
	/** Other people editing each record, by record id. */
	readonly editors: ReadonlyMap<string, readonly Pick<Peer, 'clientId' | 'name' | 'color'>[]> =
		$derived.by(() => {
			const byRecord = new Map<string, Pick<Peer, 'clientId' | 'name' | 'color'>[]>();
			for (const [record, clientId, name, color] of JSON.parse(this.#editingKey) as [
				string,
				number,
				string,
				string
			][]) {
				const list = byRecord.get(record) ?? [];
				list.push({ clientId, name, color });
				byRecord.set(record, list);
			}
			return byRecord;
		});
	// The same for map drags: they change at most 20 times a second, and only while someone drags.
	#draggingKey = $derived(
		JSON.stringify(
			this.peers.flatMap((peer) =>
				!peer.self && peer.dragging
					? [[peer.dragging.id, peer.dragging.x, peer.dragging.y, peer.name, peer.color]]
					: []
			)
		)
	);
	/** Map dots other people are dragging right now, by record id. */
	readonly drags: ReadonlyMap<string, RemoteDrag> = $derived.by(
		() =>
			new Map(
				(JSON.parse(this.#draggingKey) as [string, number, number, string, string][]).map(
					([id, x, y, name, color]) => [id, { id, x, y, name, color }]
				)
			)
	);
	/** This device's credentials for the room, once shared. */
	room: RoomCredentials | null = $state.raw(null);
	/** The facilitator's steering (step, follow, timer, locks), once shared. */
	facilitation: Facilitation | null = $state.raw(null);
	#facilitationDoc: FacilitationDoc | null = null;
	/** This person's private maturity ratings (their own ballot only). */
	myRatings: Partial<Record<MaturityDimension, number>> = $state.raw({});
	/** Facilitator: how many people have rated privately so far (not what they rated). */
	privateRaters = $state(0);
	/** This person's dots in the current vote (their own ballot only). */
	myDots: Dots = $state.raw({});
	#myBallot: BallotDoc | null = null;
	#counted: CountedBallots | null = null;
	#connection: RelayConnection | null = null;
	#socket: RelaySocket | null = null;
	/** The plan's, the facilitation's and this device's ballot's connections. */
	#connections: RelayConnection[] = [];
	#options: SessionOptions = { relayUrl: '', displayName: '' };
	/** The plan check, live: re-run shortly after the plan stops changing. */
	findings: Finding[] = $state.raw([]);
	#view: PlanView | undefined;
	#unsubscribe: (() => void)[] = [];

	private constructor(
		readonly id: string,
		/** The shared document behind `plan`, for storage, sync and export; edits go through `plan`. */
		readonly ydoc: Y.Doc,
		readonly plan: PlanDoc,
		readonly store: DocStore
	) {}

	static async open(db: CanalDb, id: string, options: SessionOptions): Promise<WorkshopSession> {
		const entry: WorkshopEntry | undefined = await db.workshops.get(id);
		if (!entry || entry.deletedAt !== undefined) throw new WorkshopNotFoundError();
		const ydoc = new Y.Doc();
		let plan: PlanDoc | null = null;
		// Keep the list's copy of the title in step with the plan, in the same write as a save; but
		// only when it changed, or now and then for "changed at": each catalog write costs a keystroke
		// several milliseconds.
		let written = '';
		let touchedAt = 0;
		const catalogFields = () => {
			if (!plan) return null;
			const { title, organisation, facilitator } = plan.meta;
			const key = JSON.stringify([title, organisation, facilitator]);
			const now = Date.now();
			if (key === written && now - touchedAt < CATALOG_TOUCH_MS) return null;
			written = key;
			touchedAt = now;
			// A joined plan is empty until the relay sends it: keep the list's placeholder title.
			if (!title) return { updatedAt: now };
			return { title, organisation, facilitator, updatedAt: now };
		};
		const store = await DocStore.open(db, id, ydoc, catalogFields);
		plan = new PlanDoc(ydoc);
		performance.mark('canal:plan-loaded');
		const session = new WorkshopSession(id, ydoc, plan, store);

		const fit = compatibility(ydoc);
		if (fit.kind === 'newer') {
			plan.makeReadOnly();
			session.status = { kind: 'newer-schema', version: fit.version };
		} else {
			migrate(ydoc);
			session.#unsubscribe.push(
				store.subscribe((status) => {
					session.status = status;
				})
			);
		}
		session.#unsubscribe.push(connectTabs(id, ydoc));
		session.#options = options;
		if (entry.room) await session.#connect(entry.room);
		session.#startPlanCheck();
		// Save what is queued when the page goes away: the tab may never come back.
		const flush = () => void store.flush();
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', flush);
		session.#unsubscribe.push(() => {
			window.removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', flush);
		});
		await markOpened(db, id);
		return session;
	}

	get view(): PlanView {
		return (this.#view ??= new PlanView(this.plan));
	}

	/**
	 * Shares the workshop through the relay: creates its room (random id, one secret per role) on
	 * first use, keeps the credentials in the catalog, and connects.
	 */
	async share(db: CanalDb, displayName?: string): Promise<RoomCredentials> {
		if (this.room) return this.room;
		if (displayName !== undefined) this.#options = { ...this.#options, displayName };
		const room = newRoom();
		await db.workshops.update(this.id, { room });
		await this.#connect(room);
		return room;
	}

	/**
	 * Facilitator: shares the room again with the registration key the relay asked for. The key is
	 * kept with the credentials only until the relay has taken the room in.
	 */
	async useRegistrationKey(db: CanalDb, key: string): Promise<void> {
		const room = this.room;
		if (!room || room.role !== 'facilitator' || room.confirmed) return;
		const keyed: RoomCredentials = { ...room, registrationKey: key.trim() };
		this.room = keyed;
		await db.workshops.update(this.id, { room: keyed });
		for (const connection of this.#connections) connection.retry();
	}

	/** Says this person is ready (for the facilitator's current round), or not. */
	setReady(ready: boolean): void {
		const round = this.facilitation?.readyRound ?? 1;
		this.#connection?.provider.awareness?.setLocalStateField('ready', ready ? round : 0);
	}

	/** Shares where this person's pointer is on a board (null when it leaves). */
	setCursor(cursor: PresenceState['cursor']): void {
		this.#connection?.provider.awareness?.setLocalStateField('cursor', cursor);
	}

	/** Shares the live position of a map dot being dragged; null when the drag ends. */
	setDragging(dragging: PresenceState['dragging']): void {
		this.#connection?.provider.awareness?.setLocalStateField('dragging', dragging);
	}

	/** Tells the others which record this person is editing (null: none). */
	setEditing(recordId: string | null): void {
		const awareness = this.#connection?.provider.awareness;
		if (awareness && awareness.getLocalState()?.editing !== recordId)
			awareness.setLocalStateField('editing', recordId);
	}

	setAway(away: boolean): void {
		const awareness = this.#connection?.provider.awareness;
		if (awareness && awareness.getLocalState()?.away !== away)
			awareness.setLocalStateField('away', away);
	}

	get me(): Peer | undefined {
		return this.peers.find((peer) => peer.self);
	}

	/** Tells the others which step this person is on. */
	setStep(step: StepId | null): void {
		this.#connection?.provider.awareness?.setLocalStateField('step', step);
	}

	async #connect(stored: RoomCredentials): Promise<void> {
		// Credentials from any earlier version: a ballot id derived from its secret, `confirmed`
		// false until the relay says otherwise.
		const room = migrateCredentials(stored);
		if (!room) return;
		if (JSON.stringify(room) !== JSON.stringify(stored)) {
			await this.store.db.workshops.update(this.id, { room });
		}
		this.room = room;
		if (room.role === 'observer') {
			this.plan.makeReadOnly(
				new PlanWriteError('You joined as an observer: you can follow every change, not make one.')
			);
		}
		// The relay client loads only for shared workshops: a local one never downloads it.
		const { RelayConnection, RelaySocket } = await import('../sync/relay-connection');
		// One socket for every document of the room, however many ballots get counted.
		const socket = new RelaySocket({ url: this.#options.relayUrl });
		this.#socket = socket;
		// Read on every sign-in: once confirmed, the other roles' secrets stay on this device.
		const credentials = () => this.room ?? room;
		const open = (
			ydoc: Y.Doc,
			options: Partial<
				Pick<
					RelayConnectionOptions,
					'kind' | 'ballotId' | 'presence' | 'onAuthenticated' | 'onStateless'
				>
			> = {}
		) => {
			const connection = new RelayConnection({ socket, ydoc, credentials, ...options });
			this.#connections.push(connection);
			this.#unsubscribe.push(() => connection.destroy());
			return connection;
		};

		const connection = open(this.ydoc, {
			presence: true,
			onAuthenticated: () => void this.#confirmRoom()
		});
		this.#connection = connection;
		this.#unsubscribe.push(connection.subscribe((status) => (this.sync = status)));
		const awareness = connection.provider.awareness;
		if (awareness) {
			const state: PresenceState = {
				name: this.#options.displayName || 'Someone',
				color: colorFor(awareness.clientID),
				role: room.role,
				step: null,
				ready: 0,
				away: false,
				editing: null,
				ballot: room.role === 'observer' ? null : ballotOf(room),
				cursor: null,
				dragging: null
			};
			awareness.setLocalState(state);
			const refresh = () => (this.peers = peersOf(awareness));
			awareness.on('change', refresh);
			refresh();
			this.#unsubscribe.push(() => awareness.off('change', refresh));
		}

		const ownBallot = room.role === 'observer' ? null : ballotOf(room);
		// Facilitator: others' ballots, read-only, once the relay has listed them (on the
		// facilitation document) and someone present names them.
		const counted =
			room.role === 'facilitator'
				? new CountedBallots(
						(ballotId, doc) => {
							const ballotConnection = new RelayConnection({
								socket,
								ydoc: doc.ydoc,
								credentials,
								kind: 'ballot',
								ballotId
							});
							return () => ballotConnection.destroy();
						},
						ownBallot,
						() => this.#countRaters()
					)
				: null;
		if (counted) {
			this.#counted = counted;
			this.#unsubscribe.push(() => counted.destroy());
			const present = () => counted.present(this.peers);
			awareness?.on('change', present);
			this.#unsubscribe.push(() => awareness?.off('change', present));
			present();
		}

		const facilitationDoc = new FacilitationDoc();
		open(facilitationDoc.ydoc, {
			kind: 'facilitation',
			onStateless: (payload) => {
				const ids = decodeBallotList(payload);
				if (ids) counted?.listed(ids);
			}
		});
		this.#facilitationDoc = facilitationDoc;
		const refreshFacilitation = () => (this.facilitation = facilitationDoc.value);
		this.#unsubscribe.push(facilitationDoc.subscribe(refreshFacilitation));
		refreshFacilitation();
		this.#unsubscribe.push(() => facilitationDoc.destroy());

		if (ownBallot) {
			const ballot = new BallotDoc();
			open(ballot.ydoc, { kind: 'ballot', ballotId: ownBallot });
			this.#unsubscribe.push(() => ballot.destroy());
			this.#myBallot = ballot;
			const refreshDots = () => {
				const vote = this.facilitation?.vote;
				this.myDots = vote ? ballot.dots(vote.id) : {};
			};
			this.#unsubscribe.push(ballot.subscribe(refreshDots));
			const refreshRatings = () => (this.myRatings = ballot.ratings());
			this.#unsubscribe.push(ballot.subscribe(refreshRatings));
			refreshRatings();
			this.#unsubscribe.push(facilitationDoc.subscribe(refreshDots));
			refreshDots();
		}
	}

	/**
	 * The relay accepted the plan's sign-in: the room is registered, so invitations may be shown and
	 * the other roles' secrets no longer travel with each connection.
	 */
	async #confirmRoom(): Promise<void> {
		const room = this.room;
		if (!room || room.role !== 'facilitator' || room.confirmed) return;
		const { registrationKey: _key, ...kept } = room;
		void _key;
		const confirmed: RoomCredentials = { ...kept, confirmed: true };
		this.room = confirmed;
		await this.store.db.workshops.update(this.id, { room: confirmed });
	}

	/** Places or takes back one of this person's dots in the current vote. */
	castDot(item: string, change: 1 | -1): boolean {
		const vote = this.facilitation?.vote;
		if (!vote || vote.state !== 'open' || !this.#myBallot) return false;
		const next = placeDot(this.#myBallot.dots(vote.id), item, change, vote);
		if (!next) return false;
		this.#myBallot.setDots(vote.id, next);
		return true;
	}

	/** Facilitator: opens a dot vote on a step. */
	startVote(vote: Pick<VoteSession, 'target' | 'step' | 'budget' | 'onePerItem'>): void {
		this.steer((doc) =>
			doc.setVote({ ...vote, id: newId(12), state: 'open', results: null, voters: 0 })
		);
	}

	/** Facilitator: counts every ballot seen (their own included) and shows the totals to all. */
	revealVote(items: ReadonlySet<string>): void {
		const vote = this.facilitation?.vote;
		if (!vote || vote.state !== 'open') return;
		const ballots = [this.#myBallot, ...(this.#counted?.ballots.values() ?? [])]
			.filter((doc): doc is BallotDoc => doc !== null)
			.map((doc) => doc.dots(vote.id))
			.filter((dots) => Object.keys(dots).length > 0);
		const results = tally(ballots, vote, items);
		this.steer((doc) =>
			doc.setVote({ ...vote, state: 'revealed', results, voters: ballots.length })
		);
	}

	/** Rates a maturity dimension privately: only the facilitator can read it before the reveal. */
	ratePrivately(dimension: MaturityDimension, score: number | null): void {
		this.#myBallot?.setRating(dimension, score);
		this.#countRaters();
	}

	#countRaters(): void {
		const ballots = [this.#myBallot, ...(this.#counted?.ballots.values() ?? [])].filter(
			(doc) => doc !== null
		);
		this.privateRaters = ballots.filter((doc) => Object.keys(doc.ratings()).length > 0).length;
	}

	/**
	 * Facilitator: copies every private rating into the plan, where all see the spread. Each
	 * rater appears under their ballot id, never their name: the ratings stay anonymous.
	 */
	revealRatings(): number {
		const ballots: [string, BallotDoc][] = [...(this.#counted?.ballots.entries() ?? [])];
		const own = this.room ? ballotOf(this.room) : null;
		if (this.#myBallot && own) ballots.push([own, this.#myBallot]);
		let raters = 0;
		this.edit((plan) =>
			plan.batch(() => {
				for (const [ballotId, doc] of ballots) {
					const ratings = Object.entries(doc.ratings()) as [MaturityDimension, number][];
					if (ratings.length > 0) raters++;
					for (const [dimension, score] of ratings) plan.rate(ballotId, dimension, score);
				}
			})
		);
		return raters;
	}

	endVote(): void {
		this.steer((doc) => doc.setVote(null));
	}

	/** Facilitator only (the relay refuses anyone else's writes to this document). */
	steer(change: (doc: FacilitationDoc) => void): void {
		if (this.room?.role === 'facilitator' && this.#facilitationDoc) change(this.#facilitationDoc);
	}

	get isFacilitator(): boolean {
		return this.room === null || this.room.role === 'facilitator';
	}

	/**
	 * Runs the plan check now, then again after each burst of edits. Not on every keystroke: with
	 * hundreds of stakeholders that would cost each key a few milliseconds for a list nobody reads
	 * while typing.
	 */
	#startPlanCheck(): void {
		this.findings = checkPlan(checkedPlan(this.view));
		let timer: ReturnType<typeof setTimeout> | undefined;
		const stop = $effect.root(() => {
			$effect(() => {
				const input = checkedPlan(this.view);
				clearTimeout(timer);
				timer = setTimeout(() => (this.findings = checkPlan(input)), PLAN_CHECK_DELAY_MS);
			});
			return () => clearTimeout(timer);
		});
		this.#unsubscribe.push(stop);
	}

	/** Runs an edit; a refusal (too long, read-only) becomes a message instead of an exception. */
	edit(change: (plan: PlanDoc) => void): boolean {
		try {
			change(this.plan);
			this.lastError = null;
			return true;
		} catch (error) {
			if (!(error instanceof PlanWriteError)) throw error;
			this.lastError = error.message;
			return false;
		}
	}

	get readOnly(): boolean {
		return this.plan.readOnly;
	}

	async close(): Promise<void> {
		for (const unsubscribe of this.#unsubscribe) unsubscribe();
		this.#unsubscribe = [];
		// Last: the documents above said goodbye on it.
		this.#socket?.destroy();
		this.#socket = null;
		await this.store.close();
		this.plan.destroy();
		this.ydoc.destroy();
	}
}

/**
 * Guarantees one session (so one DocStore) per workshop per page, however many components ask
 * for it, and closes it when the last one lets go.
 */
export class SessionRegistry {
	readonly #open = new Map<string, { session: Promise<WorkshopSession>; users: number }>();

	constructor(
		readonly db: CanalDb,
		readonly options: () => Promise<SessionOptions>
	) {}

	acquire(id: string): Promise<WorkshopSession> {
		const existing = this.#open.get(id);
		if (existing) {
			existing.users++;
			return existing.session;
		}
		const session = this.options().then((options) => WorkshopSession.open(this.db, id, options));
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
