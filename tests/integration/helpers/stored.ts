import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../../../src/lib/server/relay/database';

/** The stored row, read through a separate read-only connection as an operator would. */
export function readStoredRow(
	dataDir: string,
	name: string
): { state: Uint8Array; revision: number } | null {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		const row = db
			.prepare<[string], { state: Buffer; revision: number }>(
				'SELECT state, revision FROM documents WHERE name = ?'
			)
			.get(name);
		return row ? { state: new Uint8Array(row.state), revision: row.revision } : null;
	} finally {
		db.close();
	}
}

/** The stored plan map as plain JSON, or null when nothing is stored. */
export function readStoredPlan(dataDir: string, name: string): Record<string, unknown> | null {
	const row = readStoredRow(dataDir, name);
	if (!row) return null;
	const doc = new Y.Doc();
	Y.applyUpdate(doc, row.state);
	return doc.getMap('plan').toJSON();
}

export function writeStoredState(dataDir: string, name: string, state: Uint8Array): void {
	const db = new Database(join(dataDir, DATABASE_FILE));
	try {
		db.prepare<[Buffer, string]>(
			'UPDATE documents SET state = ?, revision = revision + 1 WHERE name = ?'
		).run(Buffer.from(state), name);
	} finally {
		db.close();
	}
}
