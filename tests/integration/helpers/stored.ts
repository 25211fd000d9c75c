import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { PlanDoc } from '../../../src/lib/doc/plan-doc';
import { DATABASE_FILE } from '../../../src/lib/server/relay/database';

export interface StoredRows {
	/** The compacted state. */
	state: Uint8Array;
	/** The update rows stored after it, in order. */
	updates: Uint8Array[];
	revision: number;
}

/** A document's rows as stored, read through a separate read-only connection as an operator would. */
export function readStoredRows(dataDir: string, name: string): StoredRows | null {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		const row = db
			.prepare<[string], { state: Buffer; revision: number }>(
				'SELECT state, revision FROM documents WHERE name = ?'
			)
			.get(name);
		if (!row) return null;
		const updates = db
			.prepare<[string], { data: Buffer }>(
				'SELECT data FROM document_updates WHERE name = ? ORDER BY revision'
			)
			.all(name)
			.map(({ data }) => new Uint8Array(data));
		return { state: new Uint8Array(row.state), updates, revision: row.revision };
	} finally {
		db.close();
	}
}

/**
 * The stored document as one state (its compacted state merged with the updates after it), as
 * the relay loads it. A document without update rows comes back byte for byte.
 */
export function readStoredRow(
	dataDir: string,
	name: string
): { state: Uint8Array; revision: number } | null {
	const rows = readStoredRows(dataDir, name);
	if (!rows) return null;
	const state =
		rows.updates.length === 0 ? rows.state : Y.mergeUpdates([rows.state, ...rows.updates]);
	return { state, revision: rows.revision };
}

/** The stored plan map as plain JSON, or null when nothing is stored. */
export function readStoredPlan(dataDir: string, name: string): Record<string, unknown> | null {
	const row = readStoredRow(dataDir, name);
	if (!row) return null;
	const doc = new Y.Doc();
	Y.applyUpdate(doc, row.state);
	return doc.getMap('plan').toJSON();
}

/** Replaces a stored document with `state` (its update rows go), as an operator's restore would. */
export function writeStoredState(dataDir: string, name: string, state: Uint8Array): void {
	const db = new Database(join(dataDir, DATABASE_FILE));
	try {
		db.transaction(() => {
			db.prepare<[string]>('DELETE FROM document_updates WHERE name = ?').run(name);
			db.prepare<[Buffer, string]>(
				'UPDATE documents SET state = ?, revision = revision + 1 WHERE name = ?'
			).run(Buffer.from(state), name);
		})();
	} finally {
		db.close();
	}
}

/** The texts of the notes a plan state holds (the relay tests make every edit one unique note). */
export function notesIn(state: Uint8Array): string[] {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	const plan = new PlanDoc(doc);
	const texts = plan.list('notes').map((note) => note.text);
	plan.destroy();
	doc.destroy();
	return texts;
}

/** Rooms in the relay's file, read as an operator would. */
export function storedRoomCount(dataDir: string): number {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		return db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM rooms').get()!.count;
	} finally {
		db.close();
	}
}
