import * as Y from 'yjs';
import { isId } from '../domain/ids';
import { TxOrigin } from './origins';
import { readVersionRecord, type VersionRecord } from './version-record';

/** Most deletions a room remembers; the oldest are forgotten first. */
const MAX_TOMBSTONES = 2_000;

/**
 * A room's saved versions, shared through the relay: everyone reads them, only the facilitator
 * writes them (the relay refuses anyone else's writes). Each version is one entry of a Y.Map keyed
 * by its id, its compressed bytes inside; deleting the entry lets Yjs's garbage collection (on,
 * as everywhere) free the bytes. A deleted id is remembered, without its bytes, so a device that
 * still holds the version deletes it too instead of publishing it again.
 */
export class VersionsDoc {
	readonly origin = new TxOrigin('local', 'versions');
	#listeners = new Set<() => void>();
	#cache: { versions: VersionRecord[]; corrupt: number } | null = null;

	constructor(readonly ydoc: Y.Doc = new Y.Doc()) {
		this.#versions.observe(this.#changed);
		this.#deleted.observe(this.#changed);
	}

	get #versions(): Y.Map<unknown> {
		return this.ydoc.getMap('versions');
	}

	get #deleted(): Y.Map<unknown> {
		return this.ydoc.getMap('deleted');
	}

	#changed = () => {
		this.#cache = null;
		for (const listener of this.#listeners) listener();
	};

	#read() {
		if (!this.#cache) {
			const versions: VersionRecord[] = [];
			let corrupt = 0;
			for (const [id, value] of this.#versions) {
				const version = readVersionRecord(value);
				if (version && version.id === id) versions.push(version);
				else corrupt += 1;
			}
			versions.sort((a, b) => b.createdAt - a.createdAt);
			this.#cache = { versions, corrupt };
		}
		return this.#cache;
	}

	/** The whole versions, newest first. */
	get versions(): readonly VersionRecord[] {
		return this.#read().versions;
	}

	/** Entries that are not whole versions (a faulty or hostile writer): skipped. */
	get corrupt(): number {
		return this.#read().corrupt;
	}

	/** About how many bytes the versions take in the document (their bytes, plus their fields). */
	get byteSize(): number {
		return this.versions.reduce((sum, version) => sum + version.bytes.byteLength + 1_024, 0);
	}

	/** Ids of versions deleted from the room. */
	get deleted(): ReadonlySet<string> {
		return new Set([...this.#deleted.keys()].filter(isId));
	}

	has(id: string): boolean {
		return this.#versions.has(id);
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Adds versions (facilitator). One already there, or deleted before, is left as it is. */
	put(versions: readonly VersionRecord[]): void {
		const deleted = this.deleted;
		const fresh = versions.filter((v) => !this.#versions.has(v.id) && !deleted.has(v.id));
		if (fresh.length === 0) return;
		this.ydoc.transact(() => {
			for (const version of fresh) this.#versions.set(version.id, { ...version });
		}, this.origin);
	}

	/** Deletes versions (facilitator): their bytes go, their ids are remembered. */
	remove(ids: readonly string[], now = Date.now()): void {
		this.ydoc.transact(() => {
			for (const id of ids) {
				this.#versions.delete(id);
				this.#deleted.set(id, now);
			}
			const tombstones = [...this.#deleted.entries()];
			if (tombstones.length > MAX_TOMBSTONES) {
				tombstones
					.sort(([, a], [, b]) => Number(a) - Number(b))
					.slice(0, tombstones.length - MAX_TOMBSTONES)
					.forEach(([id]) => this.#deleted.delete(id));
			}
		}, this.origin);
	}

	destroy(): void {
		this.#versions.unobserve(this.#changed);
		this.#deleted.unobserve(this.#changed);
		this.#listeners.clear();
	}
}
