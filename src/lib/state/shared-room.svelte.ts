import type * as Y from 'yjs';
import { m } from '../paraglide/messages.js';
import { BallotDoc } from '../doc/ballot-doc';
import { DraftsDoc } from '../doc/drafts-doc';
import { PlanWriteError } from '../doc/errors';
import type { FacilitationDoc } from '../doc/facilitation-doc';
import { VersionsDoc } from '../doc/versions-doc';
import type { PlanDoc } from '../doc/plan-doc';
import type { CanalDb } from '../storage/db';
import { DocStore, privateDocId } from '../storage/doc-store';
import { dropRefusedJoin, joinAccepted } from '../storage/join';
import { ballotOf, migrateCredentials, newRoom, type RoomCredentials } from '../sync/credentials';
import { colorFor, peersOf } from '../sync/presence';
import { decodeBallotList } from '../sync/protocol';
import { relayUrlForRoom } from '../sync/relay-url';
import type {
	RelayConnection,
	RelayConnectionOptions,
	RelaySocket
} from '../sync/relay-connection';
import type { SyncStatus } from '../sync/status';
import type { BallotBox } from './ballot-box.svelte';
import type { FacilitationController } from './facilitation.svelte';
import { loadWhenReachable } from './load-when-reachable';
import type { PresenceController } from './presence.svelte';
import type { PrivateRoundController } from './private-round.svelte';
import type { VersionsController } from './versions.svelte';

const warn = (error: unknown) => console.warn('Could not update the workshop list', error);

/** What a shared workshop connects to the relay. */
export interface RoomParts {
	db: CanalDb;
	workshopId: string;
	ydoc: Y.Doc;
	plan: PlanDoc;
	presence: PresenceController;
	facilitation: FacilitationController;
	/** The workshop's facilitation document, kept on this device; the room's copy once connected. */
	facilitationDoc: FacilitationDoc;
	ballots: BallotBox;
	rounds: PrivateRoundController;
	versions: VersionsController;
}

export interface RoomOptions {
	/** WebSocket URL of the relay. */
	relayUrl: string;
	/** How this person appears to the others. */
	displayName: string;
}

/** The document holds the relay's copy: it synced since it last connected. */
function hasRelayCopy(status: SyncStatus): boolean {
	return status.kind === 'synced' || status.kind === 'unsynced';
}

type DocumentOptions = Partial<
	Pick<
		RelayConnectionOptions,
		'kind' | 'ballotId' | 'presence' | 'onAuthenticated' | 'onStateless' | 'onRefused'
	>
>;

/**
 * A workshop's link to the relay: its room credentials, the one socket every document of the
 * room shares (plan, facilitation, ballots), and where this device stands with the relay.
 */
export class SharedRoom {
	#room: RoomCredentials | null = $state.raw(null);
	#sync: SyncStatus = $state.raw({ kind: 'local-only' });
	#socket: RelaySocket | null = null;
	#connections: RelayConnection[] = [];
	#stop: (() => void)[] = [];
	#destroyed = false;

	constructor(
		private readonly parts: RoomParts,
		private options: RoomOptions
	) {}

	/** This device's credentials for the room, once shared. */
	get room(): RoomCredentials | null {
		return this.#room;
	}

	get sync(): SyncStatus {
		return this.#sync;
	}

	/**
	 * Shares the workshop: creates its room (random id, one secret per role) on first use, keeps
	 * the credentials in the catalog, and connects.
	 */
	async share(displayName?: string): Promise<RoomCredentials> {
		if (this.#room) return this.#room;
		if (displayName !== undefined) this.options = { ...this.options, displayName };
		const room = newRoom();
		await this.parts.db.workshops.update(this.parts.workshopId, { room });
		await this.connect(room);
		return room;
	}

	/**
	 * Facilitator: shares the room again with the registration key the relay asked for. The key is
	 * kept with the credentials only until the relay has taken the room in.
	 */
	async useRegistrationKey(key: string): Promise<void> {
		const room = this.#room;
		if (!room || room.role !== 'facilitator' || room.confirmed) return;
		await this.#keep({ ...room, registrationKey: key.trim() });
		for (const connection of this.#connections) connection.retry();
	}

	async connect(stored: RoomCredentials): Promise<void> {
		// Credentials from any earlier version: a ballot id derived from its secret, `confirmed`
		// false until the relay says otherwise.
		const room = migrateCredentials(stored);
		if (!room) return;
		if (JSON.stringify(room) !== JSON.stringify(stored)) await this.#keep(room);
		this.#room = room;
		const { plan, presence, facilitation, ballots, rounds, versions } = this.parts;
		if (room.role === 'observer') {
			plan.makeReadOnly(new PlanWriteError(m.session_observer_cannot_edit()));
		}
		// The relay client loads only for shared workshops: a local one never downloads it. Shared
		// offline on a first visit, it may not be on this device yet: it loads once it can.
		const client = await loadWhenReachable(() => import('../sync/relay-connection'), {
			cancelled: () => this.#destroyed
		});
		if (!client) return;
		const { RelayConnection, RelaySocket } = client;
		const socket = new RelaySocket({ url: relayUrlForRoom(this.options.relayUrl, room.roomId) });
		this.#socket = socket;
		// Read on every sign-in: once confirmed, the other roles' secrets stay on this device.
		const credentials = () => this.#room ?? room;
		const open = (ydoc: Y.Doc, options: DocumentOptions = {}) => {
			const connection = new RelayConnection({ socket, ydoc, credentials, ...options });
			this.#connections.push(connection);
			this.#stop.push(() => connection.destroy());
			return connection;
		};

		// The placeholder of a refused link leaving the list; the refusal shows once it has left,
		// so someone who reads it and goes back to their workshops finds no entry about to go.
		let dropping: Promise<void> = Promise.resolve();
		const connection = open(this.parts.ydoc, {
			presence: true,
			onAuthenticated: () => {
				void this.#confirm();
				void joinAccepted(this.parts.db, this.parts.workshopId).catch(warn);
			},
			// A link whose secret the relay refuses before it ever accepted it joined nothing: its
			// placeholder leaves the list (this page still says why).
			onRefused: (refusal) => {
				if (refusal === 'unauthorized')
					dropping = dropRefusedJoin(this.parts.db, this.parts.workshopId).then(() => {}, warn);
			}
		});
		this.#stop.push(
			connection.subscribe((status) => {
				if (status.kind !== 'refused') {
					this.#sync = status;
					return;
				}
				// Subscribers hear of a refusal just before `onRefused`: wait a microtask for it.
				queueMicrotask(() => {
					void dropping.then(() => {
						if (connection.status === status) this.#sync = status;
					});
				});
			})
		);
		const awareness = connection.provider.awareness;
		const ownBallot = room.role === 'observer' ? null : ballotOf(room);
		if (awareness) {
			presence.attach(
				awareness,
				{
					// Left empty when unnamed: each reader names them in its own language.
					name: this.options.displayName,
					color: colorFor(awareness.clientID),
					role: room.role,
					step: null,
					ready: 0,
					away: false,
					editing: null,
					ballot: ownBallot,
					cursor: null,
					dragging: null,
					drafts: null,
					canvas: null
				},
				peersOf
			);
		}

		// The ballot counter exists before the facilitation document signs in, so the relay's
		// first ballot list always finds it.
		let own: { id: string; doc: BallotDoc } | null = null;
		if (ownBallot) own = { id: ownBallot, doc: new BallotDoc() };
		ballots.attach({
			own,
			count:
				room.role === 'facilitator'
					? (ballotId, doc) => {
							const ballot = open(doc.ydoc, { kind: 'ballot', ballotId });
							return () => ballot.destroy();
						}
					: null
		});
		this.#stop.push(presence.subscribe((peers) => ballots.present(peers)));
		ballots.present(presence.peers);

		const { facilitationDoc } = this.parts;
		open(facilitationDoc.ydoc, {
			kind: 'facilitation',
			onStateless: (payload) => {
				const ids = decodeBallotList(payload);
				if (ids) ballots.listed(ids);
			}
		});
		facilitation.attach(facilitationDoc, room.role);
		// Who was here during a live session, those who leave early included: the day's summary is
		// addressed to them. The facilitator's device notes it; for anyone else `steer` does nothing.
		// Presence changes many times a second while pointers move: the record is touched only when
		// the session or the set of people present is not the one noted last.
		let noted = '';
		const noteAttendance = () => {
			const session = facilitationDoc.value.session;
			if (!session || session.endedAt !== null) return;
			const here = presence.peers.flatMap((peer) => (peer.ballot ? [peer.ballot] : []));
			if (ownBallot) here.push(ownBallot);
			const key = `${session.startedAt} ${here.sort().join(' ')}`;
			if (key === noted) return;
			noted = key;
			facilitation.steer((doc) => doc.noteAttendees(session.startedAt, here));
		};
		this.#stop.push(presence.subscribe(noteAttendance));
		this.#stop.push(facilitationDoc.subscribe(noteAttendance));
		noteAttendance();
		this.#stop.push(facilitationDoc.subscribe(() => ballots.voteChanged()));
		// Private rounds: this device's drafts open only while a round is on (or drafts are left).
		rounds.attach({
			ballotId: ownBallot,
			openDrafts: ownBallot
				? () => {
						const doc = new DraftsDoc();
						// Kept on this device too: notes written offline must outlive a closed tab.
						const kept = DocStore.open(
							this.parts.db,
							privateDocId(this.parts.workshopId, 'drafts', ownBallot),
							doc.ydoc
						).catch((error: unknown) => {
							console.warn('Could not keep the private notes on this device', error);
							return null;
						});
						const drafts = open(doc.ydoc, { kind: 'drafts', ballotId: ownBallot });
						return {
							doc,
							synced: () => hasRelayCopy(drafts.status),
							watch: (listener) => drafts.subscribe(() => listener()),
							close: () => {
								drafts.destroy();
								this.#connections = this.#connections.filter((other) => other !== drafts);
								void kept.then((store) => store?.close()).finally(() => doc.destroy());
							}
						};
					}
				: null,
			planSynced: () => hasRelayCopy(this.#sync)
		});
		this.#stop.push(facilitationDoc.subscribe(() => rounds.changed()));
		this.#stop.push(connection.subscribe(() => rounds.changed()));
		this.#openVersions(open, versions, facilitationDoc, room.role);
		if (own) {
			const { id, doc } = own;
			open(doc.ydoc, { kind: 'ballot', ballotId: id });
			this.#stop.push(() => doc.destroy());
		}
	}

	/**
	 * The room's saved versions. The facilitator's device joins them once the relay's copy has
	 * arrived: it would otherwise publish again a version another of their devices deleted
	 * meanwhile. Everyone else only reads, and joins at once. The facilitator's device also saves
	 * a version as the room leaves a step, when asked to.
	 */
	#openVersions(
		open: (ydoc: Y.Doc, options?: DocumentOptions) => RelayConnection,
		versions: VersionsController,
		facilitationDoc: FacilitationDoc,
		role: RoomCredentials['role']
	): void {
		versions.setRole(role);
		const doc = new VersionsDoc();
		const connection = open(doc.ydoc, { kind: 'versions' });
		if (role !== 'facilitator') void versions.attach(doc, role);
		else {
			let joined = false;
			this.#stop.push(
				connection.subscribe((status) => {
					if (joined || !hasRelayCopy(status)) return;
					joined = true;
					void versions.attach(doc, role);
				})
			);
		}
		versions.stepChanged(facilitationDoc.value.step);
		this.#stop.push(
			facilitationDoc.subscribe(() => versions.stepChanged(facilitationDoc.value.step))
		);
		this.#stop.push(() => doc.destroy());
	}

	/**
	 * The relay accepted the plan's sign-in: the room is registered, so invitations may be shown and
	 * the other roles' secrets no longer travel with each connection.
	 */
	async #confirm(): Promise<void> {
		const room = this.#room;
		if (!room || room.role !== 'facilitator' || room.confirmed) return;
		const { registrationKey: _key, ...kept } = room;
		void _key;
		await this.#keep({ ...kept, confirmed: true });
	}

	async #keep(room: RoomCredentials): Promise<void> {
		this.#room = room;
		await this.parts.db.workshops.update(this.parts.workshopId, { room });
	}

	destroy(): void {
		this.#destroyed = true;
		for (const stop of this.#stop) stop();
		this.#stop = [];
		// Last: the documents above said goodbye on it.
		this.#socket?.destroy();
		this.#socket = null;
	}
}
