import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { VersionRecord } from '../doc/version-record';
import type { Recipe } from '../domain/recipe';
import type { RoomCredentials } from '../sync/credentials';

export type { Role } from '../sync/protocol';
import type { Role } from '../sync/protocol';

/** A workshop as the list on the home page shows it. */
export interface WorkshopEntry {
	id: string;
	/** Copies of the plan's meta, refreshed whenever the plan is saved, for a fast list. */
	title: string;
	organisation: string;
	facilitator: string;
	createdAt: number;
	updatedAt: number;
	openedAt?: number;
	role: Role;
	/** Set while a deletion can still be undone; the entry and its plan are purged after. */
	deletedAt?: number;
	/** Set once the workshop is shared through a relay. */
	room?: RoomCredentials;
	/**
	 * Joined from a link the relay has not accepted yet: until it does, the entry stands for a
	 * workshop this device has never received, and a refused link removes it.
	 */
	joining?: true;
}

export interface Setting {
	key: string;
	value: unknown;
}

/** One's own recipe, saved from a workshop or imported from a file. */
export interface StoredRecipe {
	id: string;
	savedAt: number;
	recipe: Recipe;
}

/** One saved Yjs update of a plan; a plan is the merge of all its rows. */
export interface StoredUpdate {
	seq?: number;
	docId: string;
	update: Uint8Array;
}

/**
 * One saved version of a plan, kept beside its update log: versions add only their own bytes
 * (the plan's whole state then, compressed) to what the workshop stores.
 */
export interface StoredVersion extends VersionRecord {
	/** The workshop it is a version of. */
	docId: string;
	/** `bytes.byteLength`, for the list. */
	size: number;
}

/**
 * Canal's local database. The catalog (workshops, settings) and the plans' update logs share one
 * database so that deleting a workshop removes its entry and its plan in one transaction.
 *
 * Never change or delete an existing `version(n)`: add a new one with an upgrade.
 */
export class CanalDb extends Dexie {
	workshops!: Table<WorkshopEntry, string>;
	settings!: Table<Setting, string>;
	updates!: Table<StoredUpdate, number>;
	versions!: Table<StoredVersion, [string, string]>;
	recipes!: Table<StoredRecipe, string>;

	constructor(name = 'canal', options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			workshops: 'id, updatedAt, deletedAt',
			settings: 'key',
			updates: '++seq, docId'
		});
		// Versions are rows of their own beside the update log, listed per workshop by date. Keyed
		// by workshop and version: a workshop file imported as a copy brings the same version ids.
		this.version(2).stores({ versions: '[docId+id], [docId+createdAt]' });
		this.version(3).stores({ recipes: 'id, savedAt' });
	}
}

// Kept apart, for code that must not load Dexie (a workshop's first paint); still read from here.
export { isQuotaError } from './quota-error';
