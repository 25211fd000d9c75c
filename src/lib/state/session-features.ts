import type * as Y from 'yjs';
import { CompareHost } from '../doc/compare-host';
import type { FacilitationDoc } from '../doc/facilitation-doc';
import type { PlanDoc } from '../doc/plan-doc';
import type { CanalDb } from '../storage/db';
import type { DocStore } from '../storage/doc-store';
import type { RoomCredentials } from '../sync/credentials';
import { BallotBox } from './ballot-box.svelte';
import type { FacilitationController } from './facilitation.svelte';
import type { PlanChecker } from './plan-checker.svelte';
import type { PresenceController } from './presence.svelte';
import { PrivateRoundController } from './private-round.svelte';
import { SessionSummaryState } from './session-summary.svelte';
import { SharedRoom, type RoomOptions } from './shared-room.svelte';
import { versionMaker } from './version-maker';
import { VersionsController } from './versions.svelte';

/** What the features read of the open workshop: its documents and its always-loaded controllers. */
export interface FeatureSources {
	db: CanalDb;
	/** The plan's store: the compare worker's copy of the plan starts from its rows. */
	store: DocStore;
	id: string;
	ydoc: Y.Doc;
	plan: PlanDoc;
	presence: PresenceController;
	facilitation: FacilitationController;
	facilitationDoc: FacilitationDoc;
	checker: PlanChecker;
	edit: (change: (plan: PlanDoc) => void) => boolean;
	options: RoomOptions;
	/** When the live session had started as the workshop opened (null: none had). */
	sessionStartAtOpen: number | null;
}

/**
 * The parts of an open workshop that its first step does without: saved versions and their
 * comparison, today's summary, ballots, the private round and the link to the relay. A module of
 * their own, so a workshop on this device only fetches them after its step has painted (a shared
 * one loads them before it opens: the relay link is one of them). Created by the WorkshopSession.
 */
export class SessionFeatures {
	/** Compares versions off the main thread; its worker starts on the first comparison. */
	readonly compare = new CompareHost();
	readonly ballots: BallotBox;
	readonly versions: VersionsController;
	/** Today's summary: the plan now against the version saved when the session started. */
	readonly summary: SessionSummaryState;
	readonly rounds: PrivateRoundController;
	readonly relay: SharedRoom;
	#stop: () => void;

	constructor(sources: FeatureSources) {
		const { db, store, id, ydoc, plan, presence, facilitation, facilitationDoc, edit, options } =
			sources;
		this.ballots = new BallotBox(facilitation, edit);
		this.versions = new VersionsController(
			db,
			id,
			ydoc,
			versionMaker(this.compare, store),
			() => presence.me?.name || options.displayName || plan.meta.facilitator
		);
		this.summary = new SessionSummaryState({
			plan,
			session: () => facilitation.session,
			versions: this.versions,
			findings: () => sources.checker.findings,
			revealedVotes: () => facilitationDoc.revealedVotes(),
			// In the compare worker, from its copy of the plan: a large plan's summary is no long task.
			summarize: (before, input) => this.compare.summarize(before, input),
			attendees: () => {
				const started = facilitation.session?.startedAt;
				return started === undefined ? [] : facilitationDoc.attendees(started);
			}
		});
		this.rounds = new PrivateRoundController(facilitation, presence, plan, edit);
		this.relay = new SharedRoom(
			{
				db,
				workshopId: id,
				ydoc,
				plan,
				presence,
				facilitation,
				facilitationDoc,
				ballots: this.ballots,
				rounds: this.rounds,
				versions: this.versions
			},
			options
		);
		// A session started between opening and now still gets its version of the plan before.
		this.#stop = this.summary.watchStarts(facilitationDoc, sources.sessionStartAtOpen);
	}

	/**
	 * Connects to the room when the workshop is shared, then reads this device's versions: in
	 * that order, so whether versions save themselves follows the role the room gives.
	 */
	async start(room: RoomCredentials | undefined): Promise<void> {
		if (room) await this.relay.connect(room);
		void this.versions.load();
	}

	destroy(): void {
		this.#stop();
		this.rounds.destroy();
		this.relay.destroy();
		this.versions.destroy();
		this.compare.destroy();
		this.ballots.destroy();
	}
}
