import Dexie from 'dexie';
import { errorMessage } from '../domain/error-message';
import { readVersionRecord, type VersionRecord } from '../doc/version-record';
import { isQuotaError, type CanalDb, type StoredVersion } from './db';

/** A version as the list shows it: everything but its bytes. */
export type VersionInfo = Omit<StoredVersion, 'bytes'>;

export interface VersionList {
	/** Newest first. */
	versions: VersionInfo[];
	/** Rows that are not whole versions (a damaged database): left out, and counted here. */
	corrupt: number;
}

/** Thrown with a message for the person when a version cannot be stored. */
export class VersionStorageError extends Error {
	override readonly name = 'VersionStorageError';
	constructor(
		/** The device's storage is full: the same version may be saved once space is freed. */
		readonly full: boolean,
		message: string
	) {
		super(message);
	}
}

const FULL_MESSAGE =
	'This device’s storage is full, so the version was not saved. The plan itself is safe. Delete old versions or workshops you no longer need, then try again.';

function stored(docId: string, record: VersionRecord): StoredVersion {
	return { ...record, docId, size: record.bytes.byteLength };
}

/** A row read back from the database, checked like anything else this device did not just write. */
function readRow(row: unknown, docId: string): StoredVersion | null {
	const record = readVersionRecord(row);
	if (!record || (row as { docId?: unknown }).docId !== docId) return null;
	return stored(docId, record);
}

/**
 * Stores versions of one workshop. Storage full is a VersionStorageError with `full` set: the
 * bulk write is one transaction, so either every version is stored or none is.
 */
export async function saveVersions(
	db: CanalDb,
	docId: string,
	records: readonly VersionRecord[]
): Promise<void> {
	if (records.length === 0) return;
	try {
		await db.versions.bulkPut(records.map((record) => stored(docId, record)));
	} catch (error) {
		if (isQuotaError(error)) throw new VersionStorageError(true, FULL_MESSAGE);
		throw new VersionStorageError(false, `Could not save the version: ${errorMessage(error)}`);
	}
}

export async function saveVersion(db: CanalDb, docId: string, record: VersionRecord) {
	await saveVersions(db, docId, [record]);
}

/** One workshop's versions, newest first; a corrupt row is counted and skipped. */
export async function listVersions(db: CanalDb, docId: string): Promise<VersionList> {
	const rows: unknown[] = await versionsOf(db, docId).reverse().toArray();
	const versions: VersionInfo[] = [];
	let corrupt = 0;
	for (const row of rows) {
		const version = readRow(row, docId);
		if (!version) {
			corrupt += 1;
			continue;
		}
		const { bytes: _bytes, ...info } = version;
		void _bytes;
		versions.push(info);
	}
	return { versions, corrupt };
}

/** One version with its bytes; null when it is gone or corrupt. */
export async function getVersion(
	db: CanalDb,
	docId: string,
	id: string
): Promise<StoredVersion | null> {
	return readRow(await db.versions.get([docId, id]), docId);
}

/** Every whole version of a workshop, bytes included, oldest first (for a workshop file). */
export async function allVersions(db: CanalDb, docId: string): Promise<StoredVersion[]> {
	const rows: unknown[] = await versionsOf(db, docId).toArray();
	return rows.flatMap((row) => readRow(row, docId) ?? []);
}

/** The version as it travels (a file, a room), without what only this database keeps. */
export function versionRecordOf(version: StoredVersion): VersionRecord {
	const { id, name, createdAt, author, schemaVersion, summary, bytes } = version;
	return { id, name, createdAt, author, schemaVersion, summary, bytes };
}

/** Deletes versions of a workshop; their bytes are freed with them. */
export async function deleteVersions(
	db: CanalDb,
	docId: string,
	ids: readonly string[]
): Promise<void> {
	await db.versions.bulkDelete(ids.map((id): [string, string] => [docId, id]));
}

/** Every stored row of a workshop's versions, oldest first (by the date index). */
export function versionsOf(db: CanalDb, docId: string) {
	return db.versions
		.where('[docId+createdAt]')
		.between([docId, Dexie.minKey], [docId, Dexie.maxKey], true, true);
}

/**
 * The settings key of a workshop's "save a version at the end of each step". Kept on the device
 * that asked for it, not in the shared plan: only the facilitator's device saves versions, and a
 * second device of the facilitator's must not save each step's version again.
 */
export const autoSaveKey = (docId: string) => `versionsAutoSave:${docId}`;

/** Whether versions are saved at the end of each step of this workshop, on this device. */
export async function readAutoSave(db: CanalDb, docId: string): Promise<boolean> {
	return (await db.settings.get(autoSaveKey(docId)))?.value === true;
}

export async function writeAutoSave(db: CanalDb, docId: string, on: boolean): Promise<void> {
	if (on) await db.settings.put({ key: autoSaveKey(docId), value: true });
	else await db.settings.delete(autoSaveKey(docId));
}
