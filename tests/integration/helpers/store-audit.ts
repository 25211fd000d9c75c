import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { DATABASE_FILE, openRelayDatabase } from '../../../src/lib/server/relay/database';

/**
 * SQLite triggers in the relay's own file copy every document write, old and new state, into
 * `store_audit` inside the writing transaction: no write can escape the audit, whichever code
 * path (or crash) produced it.
 */
const AUDIT_SCHEMA = `
	CREATE TABLE IF NOT EXISTS store_audit (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		name TEXT NOT NULL,
		old_state BLOB,
		new_state BLOB NOT NULL,
		old_revision INTEGER,
		new_revision INTEGER NOT NULL
	);
	CREATE TRIGGER IF NOT EXISTS store_audit_insert AFTER INSERT ON documents BEGIN
		INSERT INTO store_audit (name, old_state, new_state, old_revision, new_revision)
		VALUES (NEW.name, NULL, NEW.state, NULL, NEW.revision);
	END;
	CREATE TRIGGER IF NOT EXISTS store_audit_update AFTER UPDATE ON documents BEGIN
		INSERT INTO store_audit (name, old_state, new_state, old_revision, new_revision)
		VALUES (NEW.name, OLD.state, NEW.state, OLD.revision, NEW.revision);
	END;
`;

/** Creates the relay's database in `dataDir`, as the relay would, and arms the audit. */
export function installStoreAudit(dataDir: string): void {
	const db = openRelayDatabase(dataDir);
	try {
		db.exec(AUDIT_SCHEMA);
	} finally {
		db.close();
	}
}

export interface AuditedWrite {
	id: number;
	name: string;
	oldState: Uint8Array | null;
	newState: Uint8Array;
	oldRevision: number | null;
	newRevision: number;
}

type AuditRow = {
	id: number;
	name: string;
	old_state: Buffer | null;
	new_state: Buffer;
	old_revision: number | null;
	new_revision: number;
};

/** Every audited write, in the order it was committed. */
export function readStoreAudit(dataDir: string): AuditedWrite[] {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		// The relay's declaration of better-sqlite3 leaves out `all`, which only tests need.
		const select = db.prepare<[], AuditRow>('SELECT * FROM store_audit ORDER BY id');
		const rows = (select as unknown as { all(): AuditRow[] }).all();
		return rows.map((row) => ({
			id: row.id,
			name: row.name,
			oldState: row.old_state ? new Uint8Array(row.old_state) : null,
			newState: new Uint8Array(row.new_state),
			oldRevision: row.old_revision,
			newRevision: row.new_revision
		}));
	} finally {
		db.close();
	}
}

/** How many audited writes there are so far; cheap enough to poll while the relay runs. */
export function countAuditedWrites(dataDir: string): number {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		const row = db
			.prepare<[], { count: number }>('SELECT count(*) AS count FROM store_audit')
			.get();
		return row?.count ?? 0;
	} finally {
		db.close();
	}
}

function stateVector(state: Uint8Array): Map<number, number> {
	return Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
}

/**
 * What is wrong with one write, if anything: an empty new state, a client whose clock went back,
 * fewer edits than before, or a revision that did not move on by one.
 */
export function shrinkageOf(
	write: AuditedWrite,
	countEdits: (state: Uint8Array) => number
): string[] {
	const problems: string[] = [];
	const label = `write ${write.id} of ${write.name} (revision ${write.newRevision})`;
	const next = stateVector(write.newState);
	if (write.newState.byteLength === 0 || next.size === 0) problems.push(`${label}: empty state`);
	if (write.oldState === null) {
		if (write.newRevision !== 1)
			problems.push(`${label}: inserted at revision ${write.newRevision}`);
		return problems;
	}
	if (write.newRevision !== (write.oldRevision ?? 0) + 1) {
		problems.push(`${label}: revision ${write.oldRevision} → ${write.newRevision}`);
	}
	for (const [client, clock] of stateVector(write.oldState)) {
		const after = next.get(client) ?? 0;
		if (after < clock) problems.push(`${label}: client ${client} went from ${clock} to ${after}`);
	}
	const before = countEdits(write.oldState);
	const after = countEdits(write.newState);
	if (after < before) problems.push(`${label}: ${before} edits became ${after}`);
	return problems;
}
