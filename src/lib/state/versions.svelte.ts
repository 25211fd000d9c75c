import type * as Y from 'yjs';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { unnamedPerson } from '../domain/locale';
import { SCHEMA_VERSION } from '../doc/schema';
import type { CompareResult } from '../doc/compare-versions';
import { decodeVersion } from '../doc/version-codec';
import type { Plan } from '../domain/plan';
import type { DiffOptions } from '../domain/versions';
import { VERSION_LIMITS, type VersionRecord } from '../doc/version-record';
import type { VersionsDoc } from '../doc/versions-doc';
import { errorMessage } from '../domain/error-message';
import { newId } from '../domain/ids';
import { TEXT_LIMITS } from '../domain/limits';
import { stepById, type StepId } from '../domain/steps';
import { clipCharacters } from '../domain/text';
import type { CanalDb, StoredVersion } from '../storage/db';
import {
	deleteVersions,
	getVersion,
	listVersions,
	saveVersion,
	saveVersions,
	readAutoSave,
	versionRecordOf,
	writeAutoSave,
	VersionStorageError,
	type VersionInfo
} from '../storage/version-store';
import { RELAY_LIMITS, type Role } from '../sync/protocol';
import { mergeVersions } from './versions-merge';

/** How a version is made from the live plan: its bytes, and one line on what changed. */
export interface VersionMaker {
	/**
	 * The compressed state of the plan as it is now, and what changed since the saved version
	 * `previous` (null: there is none) in one line.
	 */
	make(ydoc: Y.Doc, previous: Uint8Array | null): Promise<{ bytes: Uint8Array; summary: string }>;
	/** A saved version (its bytes) compared with the plan as it is now; never throws. */
	compareWithNow(ydoc: Y.Doc, bytes: Uint8Array, options?: DiffOptions): Promise<CompareResult>;
	/** Versions likely to be compared next, to be decoded ahead (the compare worker's cache). */
	prepare?(versions: readonly Uint8Array[]): void;
}

/**
 * What the room's versions may take before this device stops adding to them: below the relay's
 * cap, whose bound on a document runs a little high between stores. A version past it would make
 * the relay close the facilitator's whole connection (plan included), so it is never sent.
 */
export const ROOM_VERSIONS_BUDGET = Math.floor(RELAY_LIMITS.maxVersionsBytes * 0.85);

/** A version in the list: from this device, or only in the room so far (storage full here). */
export type ListedVersion = VersionInfo & { inRoomOnly?: true };

/** The name a version gets when the person gives none: the date and time, in their words. */
export function defaultVersionName(at: Date): string {
	const locale = getLocale();
	const date = at.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
	const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
	return m.versions_default_name({ date, time });
}

/**
 * A workshop's saved versions: the ones on this device (Dexie) and, once shared, the room's
 * versions document, kept together. The facilitator's device publishes its versions to the
 * room; every device keeps the room's versions, so they read and compare them offline. Only the
 * facilitator (or, not shared, the owner) saves and deletes; the relay enforces the same.
 * Storage full keeps the new version in memory (and in the room) to save again.
 */
export class VersionsController {
	#versions: ListedVersion[] = $state.raw([]);
	#corrupt = $state(0);
	#error: string | null = $state(null);
	#retry: VersionRecord | null = $state.raw(null);
	#busy = $state(false);
	#role: Role | null = $state(null);
	#autoSave = $state(false);
	#room: VersionsDoc | null = null;
	#lastStep: StepId | null = null;
	#queue: Promise<void> = Promise.resolve();
	#detach = () => {};
	#destroyed = false;

	constructor(
		private readonly db: CanalDb,
		private readonly workshopId: string,
		private readonly ydoc: Y.Doc,
		private readonly maker: VersionMaker,
		private readonly author: () => string,
		private readonly now: () => number = Date.now,
		private readonly roomBudget = ROOM_VERSIONS_BUDGET
	) {}

	/** Newest first. */
	get versions(): readonly ListedVersion[] {
		return this.#versions;
	}

	/** Versions that could not be read (a damaged database or room entry): left out. */
	get corrupt(): number {
		return this.#corrupt;
	}

	/** The last thing that went wrong, in words for the person; cleared by the next success. */
	get error(): string | null {
		return this.#error;
	}

	/** A version that storage full kept from being saved here: `retry` saves it. */
	get retryPending(): boolean {
		return this.#retry !== null;
	}

	get busy(): boolean {
		return this.#busy;
	}

	/** Saving and deleting are the facilitator's (a workshop not shared is its owner's). */
	get canSave(): boolean {
		return this.#role === null || this.#role === 'facilitator';
	}

	/** Restoring is an ordinary edit of the plan: anyone who may edit it may restore. */
	get canRestore(): boolean {
		return this.#role !== 'observer';
	}

	/**
	 * Facilitator: save a version whenever the room moves on to another step. Remembered for the
	 * workshop on this device (`load` reads it back), so a reload keeps it on.
	 */
	get autoSave(): boolean {
		return this.#autoSave;
	}

	setAutoSave(on: boolean): Promise<void> {
		this.#autoSave = on && this.canSave;
		const kept = this.#autoSave;
		return this.#serial(() => writeAutoSave(this.db, this.workshopId, kept));
	}

	/** Reads this device's versions, and whether it saves one at the end of each step. */
	load(): Promise<void> {
		return this.#serial(async () => {
			const autoSave = await readAutoSave(this.db, this.workshopId);
			if (!this.#destroyed) this.#autoSave = autoSave && this.canSave;
			await this.#refresh();
		});
	}

	/** The workshop is shared and this device is `role` in its room (before its versions arrive). */
	setRole(role: Role): void {
		this.#role = role;
		if (!this.canSave) this.#autoSave = false;
	}

	/** Joins the room's versions document, as `role`. */
	attach(doc: VersionsDoc, role: Role): Promise<void> {
		this.#detach();
		this.#room = doc;
		this.setRole(role);
		const merge = () => void this.#serial(() => this.#merge());
		const stop = doc.subscribe(merge);
		this.#detach = () => {
			stop();
			this.#room = null;
		};
		return this.#serial(() => this.#merge());
	}

	/** Saves the plan as it is now under `name` (a dated name when blank). */
	save(name: string): Promise<boolean> {
		return this.#serial(async () => {
			if (!this.canSave) return false;
			this.#busy = true;
			try {
				const record = await this.#make(name);
				const saved = await this.#store(record);
				this.#publish([record]);
				return saved;
			} catch (error) {
				this.#error = m.versions_could_not_save({ message: errorMessage(error) });
				return false;
			} finally {
				this.#busy = false;
				await this.#refresh();
			}
		});
	}

	/** Saves again the version storage full refused. */
	retry(): Promise<boolean> {
		return this.#serial(async () => {
			const record = this.#retry;
			if (!record) return false;
			const saved = await this.#store(record);
			await this.#refresh();
			return saved;
		});
	}

	/** Deletes a version here and, shared, in the room: its bytes are freed. */
	remove(id: string): Promise<void> {
		return this.#serial(async () => {
			if (!this.canSave) return;
			this.#room?.remove([id], this.now());
			await deleteVersions(this.db, this.workshopId, [id]);
			if (this.#retry?.id === id) this.#retry = null;
			await this.#refresh();
		});
	}

	/** A version with its bytes, from this device or else the room; null when gone. */
	async read(id: string): Promise<StoredVersion | null> {
		const local = await getVersion(this.db, this.workshopId, id);
		if (local) return local;
		const pending = this.#retry?.id === id ? this.#retry : null;
		const record = pending ?? this.#room?.versions.find((version) => version.id === id);
		return record ? { ...record, docId: this.workshopId, size: record.bytes.byteLength } : null;
	}

	/** The plan a version holds; a newer or unreadable version is an Error saying so. */
	async plan(id: string): Promise<Plan> {
		const version = await this.read(id);
		if (!version) throw new Error(m.versions_gone());
		const decoded = await decodeVersion(version.bytes);
		if (decoded.status === 'corrupt') throw new Error(decoded.error.message);
		return decoded.plan;
	}

	/**
	 * Ahead of a comparison (the versions dialog opened): the newest `count` versions, those people
	 * compare first (the newest with now, or with the one before it), are decoded meanwhile. Reads
	 * the list before any wait, so an effect calling it runs again when the list changes.
	 */
	async prepare(count = 2): Promise<void> {
		const newest = this.#versions.slice(0, count);
		if (!this.maker.prepare || newest.length === 0) return;
		const stored = await Promise.all(newest.map((version) => this.read(version.id)));
		this.maker.prepare(stored.flatMap((version) => (version ? [version.bytes] : [])));
	}

	/** A saved version (its bytes) compared with the plan as it is now; never throws. */
	compareWithNow(bytes: Uint8Array, options?: DiffOptions): Promise<CompareResult> {
		return this.maker.compareWithNow(this.ydoc, bytes, options);
	}

	/**
	 * The room's step is now `step`: when the facilitator asked for it, the plan as the last step
	 * left it is saved as a version.
	 */
	stepChanged(step: StepId | null): void {
		const left = this.#lastStep;
		this.#lastStep = step;
		if (!left || !step || left === step || !this.#autoSave || !this.canSave) return;
		const { number, title } = stepById(left);
		void this.save(m.versions_end_of_step({ number, title }));
	}

	async #make(name: string): Promise<VersionRecord> {
		const createdAt = this.now();
		const chosen = clipCharacters(name.trim(), TEXT_LIMITS.name);
		const previous = this.#versions[0] ? await this.read(this.#versions[0].id) : null;
		const { bytes, summary } = await this.maker.make(this.ydoc, previous?.bytes ?? null);
		if (bytes.byteLength > VERSION_LIMITS.maxBytes) throw new Error(m.versions_too_large());
		const schemaVersion = this.ydoc.getMap('meta').get('schemaVersion');
		return {
			id: newId(),
			name: chosen || defaultVersionName(new Date(createdAt)),
			createdAt,
			author: clipCharacters(this.author().trim(), TEXT_LIMITS.name) || unnamedPerson(),
			schemaVersion:
				typeof schemaVersion === 'number' && schemaVersion > 0 ? schemaVersion : SCHEMA_VERSION,
			summary: clipCharacters(summary, VERSION_LIMITS.summaryLength),
			bytes
		};
	}

	/** Facilitator: adds versions to the room, as many as its budget takes, oldest first. */
	#publish(records: readonly VersionRecord[]): void {
		const room = this.#room;
		if (!room || this.#role !== 'facilitator') return;
		let size = room.byteSize;
		const fitting: VersionRecord[] = [];
		for (const record of [...records].sort((a, b) => a.createdAt - b.createdAt)) {
			if (size + record.bytes.byteLength + 1_024 > this.roomBudget) {
				this.#error = m.versions_room_full();
				break;
			}
			size += record.bytes.byteLength + 1_024;
			fitting.push(record);
		}
		room.put(fitting);
	}

	/** Stores a version here; storage full keeps it for `retry`. */
	async #store(record: VersionRecord): Promise<boolean> {
		try {
			await saveVersion(this.db, this.workshopId, record);
			this.#retry = null;
			this.#error = null;
			return true;
		} catch (error) {
			if (!(error instanceof VersionStorageError)) throw error;
			this.#error = error.message;
			if (error.full) this.#retry = record;
			return false;
		}
	}

	async #merge(): Promise<void> {
		const room = this.#room;
		if (!room) return;
		const { versions: local } = await listVersions(this.db, this.workshopId);
		const roomVersions = room.versions;
		const plan = mergeVersions(
			local.map((version) => version.id),
			{ ids: roomVersions.map((version) => version.id), deleted: room.deleted },
			this.#role === 'facilitator'
		);
		if (plan.drop.length > 0) await deleteVersions(this.db, this.workshopId, plan.drop);
		if (plan.store.length > 0) {
			const wanted = new Set(plan.store);
			try {
				await saveVersions(
					this.db,
					this.workshopId,
					roomVersions.filter((version) => wanted.has(version.id))
				);
			} catch (error) {
				// The room still has them: the list shows them from there.
				if (!(error instanceof VersionStorageError)) throw error;
				this.#error = error.message;
			}
		}
		if (plan.publish.length > 0) {
			const records = await Promise.all(
				plan.publish.map((id) => getVersion(this.db, this.workshopId, id))
			);
			this.#publish(records.flatMap((record) => (record ? [versionRecordOf(record)] : [])));
		}
		await this.#refresh();
	}

	async #refresh(): Promise<void> {
		const { versions, corrupt } = await listVersions(this.db, this.workshopId);
		const here = new Set(versions.map((version) => version.id));
		const room = this.#room;
		const extra: ListedVersion[] = (room?.versions ?? [])
			.filter((version) => !here.has(version.id))
			.map(({ bytes, ...info }) => ({
				...info,
				docId: this.workshopId,
				size: bytes.byteLength,
				inRoomOnly: true as const
			}));
		if (this.#retry && !here.has(this.#retry.id) && !extra.some((v) => v.id === this.#retry?.id)) {
			const { bytes, ...info } = this.#retry;
			extra.push({ ...info, docId: this.workshopId, size: bytes.byteLength, inRoomOnly: true });
		}
		if (this.#destroyed) return;
		this.#versions = [...versions, ...extra].sort((a, b) => b.createdAt - a.createdAt);
		this.#corrupt = corrupt + (room?.corrupt ?? 0);
	}

	/** Runs storage work one piece at a time, in order; a failure is said, never thrown on. */
	#serial<T>(work: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(work);
		this.#queue = run.then(
			() => undefined,
			(error: unknown) => {
				if (!this.#destroyed) this.#error = errorMessage(error);
			}
		);
		return run;
	}

	destroy(): void {
		this.#destroyed = true;
		this.#detach();
	}
}
