import type { SummaryRequest } from '../doc/compare-protocol';
import type { FacilitationDoc, RevealedVoteEntry } from '../doc/facilitation-doc';
import type { PlanDoc } from '../doc/plan-doc';
import { decodeVersion } from '../doc/version-codec';
import type { SessionRecord } from '../domain/agenda';
import { errorMessage } from '../domain/error-message';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Finding } from '../domain/plan-check';
import {
	buildSessionSummary,
	sessionStartName,
	sessionStartVersion,
	type SessionSummary
} from '../domain/session-summary';
import type { ListedVersion, VersionsController } from './versions.svelte';

export interface SummarySources {
	plan: PlanDoc;
	/** The live session's record (agenda), if a session was started. */
	session: () => SessionRecord | null;
	versions: VersionsController;
	findings: () => readonly Finding[];
	/** Votes revealed so far, each with its moment. */
	revealedVotes: () => readonly RevealedVoteEntry[];
	/** Ballots of the people seen here during the session (noted by the facilitator's device). */
	attendees?: () => readonly string[];
	now?: () => number;
	timeZone?: string;
	/**
	 * Builds the summary from `before` (a saved version's bytes) to the plan now, elsewhere than on
	 * the page's main thread (the compare worker, `CompareHost.summarize`). Without it, the version
	 * is decoded and the plans diffed here, which takes long for a large plan.
	 */
	summarize?: (before: Uint8Array, input: SummaryRequest) => Promise<SessionSummary>;
}

/**
 * Today's summary of an open workshop. "Before" is a saved version: the one this device (as the
 * facilitator) saved when the session started, else the newest saved before it, else the one the
 * person picks. "After" is the plan now. The session's times come from the agenda's record; votes
 * from the facilitation document's reveals within them.
 */
/** A start version saved ahead counts for a session started within this of it. */
const START_GRACE_MS = 60_000;

export class SessionSummaryState {
	#summary: SessionSummary | null = $state.raw(null);
	#chosen: string | null = $state(null);
	#error: string | null = $state(null);
	#loading = $state(false);
	#run = 0;
	/** When the start version saved ahead of a session (`saveStart`) was made. */
	#savedStart: number | null = null;

	constructor(private readonly sources: SummarySources) {}

	get summary(): SessionSummary | null {
		return this.#summary;
	}

	get error(): string | null {
		return this.#error;
	}

	get loading(): boolean {
		return this.#loading;
	}

	get session(): SessionRecord | null {
		return this.sources.session();
	}

	/** The ballots of the people who were here during the session, those who left included. */
	get attendees(): readonly string[] {
		return this.sources.attendees?.() ?? [];
	}

	/** The versions to compare with, newest first. */
	get versions(): readonly ListedVersion[] {
		return this.sources.versions.versions;
	}

	/** The version the summary compares with: the person's choice, else the session's start. */
	get beforeId(): string | null {
		if (this.#chosen && this.versions.some((version) => version.id === this.#chosen))
			return this.#chosen;
		const session = this.session;
		return session ? (sessionStartVersion(this.versions, session.startedAt)?.id ?? null) : null;
	}

	choose(id: string | null): void {
		this.#chosen = id;
		void this.refresh();
	}

	/** Builds the summary from the chosen version and the plan now. */
	async refresh(): Promise<void> {
		const run = ++this.#run;
		const id = this.beforeId;
		this.#error = null;
		if (!id) {
			this.#summary = null;
			return;
		}
		this.#loading = true;
		try {
			const stored = await this.sources.versions.read(id);
			if (!stored) throw new Error(m.session_summary_version_gone());
			const now = (this.sources.now ?? Date.now)();
			const session = this.session;
			// Without a session record (none was started, or a version chosen from another day), the
			// summary runs from the version to now.
			const fromSession = session && session.startedAt >= stored.createdAt - 60_000;
			const startedAt = fromSession ? session.startedAt : stored.createdAt;
			const endedAt = (fromSession ? session.endedAt : null) ?? now;
			const votes = this.sources
				.revealedVotes()
				.filter((vote) => vote.revealedAt >= startedAt && vote.revealedAt <= endedAt);
			// Plain copies: they may be handed to the worker, which cannot take reactive state.
			const input: SummaryRequest = {
				startedAt,
				endedAt,
				votes: $state.snapshot(votes) as RevealedVoteEntry[],
				findings: $state.snapshot(this.sources.findings()) as Finding[],
				timeZone: this.sources.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
				locale: getLocale()
			};
			const summary = this.sources.summarize
				? await this.sources.summarize(stored.bytes, input)
				: await this.#summarizeHere(stored.bytes, input);
			if (run !== this.#run) return;
			this.#summary = summary;
		} catch (error) {
			if (run === this.#run)
				this.#error = m.session_summary_could_not_make({ message: errorMessage(error) });
		} finally {
			if (run === this.#run) this.#loading = false;
		}
	}

	async #summarizeHere(bytes: Uint8Array, input: SummaryRequest): Promise<SessionSummary> {
		const decoded = await decodeVersion(bytes);
		if (decoded.status === 'corrupt') throw decoded.error;
		return buildSessionSummary({
			...input,
			before: decoded.plan,
			after: this.sources.plan.toJSON()
		});
	}

	/**
	 * Facilitator (or a local workshop's owner): saves the plan as a version the moment a session
	 * starts, so the summary has the plan as it was before. Only a start seen happening is saved
	 * for: opening the workshop mid-session must not save the plan of the middle as its start.
	 * `seenAtOpen`: the session's start when the workshop opened, when this watch begins later
	 * (a start in between is then saved for at once).
	 */
	/**
	 * Facilitator: saves the plan as the start of a session about to start now. The start button
	 * waits for it before starting the session, so a reload right after the start (the page's
	 * features load when it is idle) cannot lose the summary's "before".
	 */
	async saveStart(at: number): Promise<void> {
		if (!this.sources.versions.canSave) return;
		this.#savedStart = at;
		await this.#saveStartVersion(at);
	}

	async #saveStartVersion(at: number): Promise<void> {
		// Named in the facilitator's language, as a name they typed would be.
		const locale = getLocale();
		const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
			timeStyle: 'short'
		}).format(at);
		await this.sources.versions.save(sessionStartName(time, locale));
	}

	watchStarts(
		doc: FacilitationDoc,
		seenAtOpen: number | null = doc.value.session?.startedAt ?? null
	): () => void {
		let seen = seenAtOpen;
		const check = () => {
			const started = doc.value.session?.startedAt ?? null;
			if (started === seen) return;
			seen = started;
			if (started === null || !this.sources.versions.canSave) return;
			// Saved ahead by the start button: not twice.
			if (this.#savedStart !== null && Math.abs(started - this.#savedStart) <= START_GRACE_MS)
				return;
			void this.#saveStartVersion(started);
		};
		check();
		return doc.subscribe(check);
	}
}
