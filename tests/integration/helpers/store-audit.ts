import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { DATABASE_FILE, openRelayDatabase } from '../../../src/lib/server/relay/database';

/**
 * SQLite triggers in the relay's own file copy every document write into `store_audit` inside
 * the writing transaction: each new compacted state (old and new), each update row appended and
 * each one dropped by a compaction. No write can escape the audit, whichever code path (or crash)
 * produced it. A store moves the document's revision on exactly once, after its other rows, so
 * each `documents` event closes one store.
 */
const AUDIT_SCHEMA = `
	CREATE TABLE IF NOT EXISTS store_audit (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		kind TEXT NOT NULL,
		name TEXT NOT NULL,
		old_state BLOB,
		new_state BLOB,
		old_revision INTEGER,
		new_revision INTEGER NOT NULL
	);
	CREATE TRIGGER IF NOT EXISTS store_audit_insert AFTER INSERT ON documents BEGIN
		INSERT INTO store_audit (kind, name, old_state, new_state, old_revision, new_revision)
		VALUES ('store', NEW.name, NULL, NEW.state, NULL, NEW.revision);
	END;
	CREATE TRIGGER IF NOT EXISTS store_audit_update AFTER UPDATE ON documents BEGIN
		INSERT INTO store_audit (kind, name, old_state, new_state, old_revision, new_revision)
		VALUES ('store', NEW.name, OLD.state, NEW.state, OLD.revision, NEW.revision);
	END;
	CREATE TRIGGER IF NOT EXISTS store_audit_append AFTER INSERT ON document_updates BEGIN
		INSERT INTO store_audit (kind, name, new_state, new_revision)
		VALUES ('append', NEW.name, NEW.data, NEW.revision);
	END;
	CREATE TRIGGER IF NOT EXISTS store_audit_drop AFTER DELETE ON document_updates BEGIN
		INSERT INTO store_audit (kind, name, new_revision)
		VALUES ('drop', OLD.name, OLD.revision);
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

/** One store: the whole document (state and update rows) before and after it. */
export interface AuditedWrite {
	id: number;
	name: string;
	oldState: Uint8Array | null;
	newState: Uint8Array;
	oldRevision: number | null;
	newRevision: number;
	/** Whether the store appended an update row, rather than writing a new compacted state. */
	appended: boolean;
}

type AuditRow = {
	id: number;
	kind: 'store' | 'append' | 'drop';
	name: string;
	old_state: Buffer | null;
	new_state: Buffer | null;
	old_revision: number | null;
	new_revision: number;
};

/**
 * Every audited store, in the order it was committed, each with the whole stored document before
 * and after it, rebuilt from the audited rows alone.
 */
export function readStoreAudit(dataDir: string): AuditedWrite[] {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	let rows: AuditRow[];
	try {
		rows = db.prepare<[], AuditRow>('SELECT * FROM store_audit ORDER BY id').all();
	} finally {
		db.close();
	}
	const documents = new Map<
		string,
		{ state: Uint8Array | null; updates: Map<number, Uint8Array>; appended: boolean }
	>();
	const writes: AuditedWrite[] = [];
	for (const row of rows) {
		let document = documents.get(row.name);
		if (!document) {
			document = { state: null, updates: new Map(), appended: false };
			documents.set(row.name, document);
		}
		if (row.kind === 'append') {
			document.updates.set(row.new_revision, new Uint8Array(row.new_state!));
			document.appended = true;
			continue;
		}
		if (row.kind === 'drop') {
			document.updates.delete(row.new_revision);
			continue;
		}
		const updates = [...document.updates].sort(([a], [b]) => a - b).map(([, data]) => data);
		const base = new Uint8Array(row.new_state!);
		const newState = updates.length === 0 ? base : Y.mergeUpdates([base, ...updates]);
		writes.push({
			id: row.id,
			name: row.name,
			oldState: document.state,
			newState,
			oldRevision: row.old_revision,
			newRevision: row.new_revision,
			appended:
				document.appended && Buffer.compare(row.old_state ?? Buffer.alloc(0), row.new_state!) === 0
		});
		document.state = newState;
		document.appended = false;
	}
	return writes;
}

/** How many audited stores there are so far; cheap enough to poll while the relay runs. */
export function countAuditedWrites(dataDir: string): number {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		const row = db
			.prepare<[], { count: number }>(
				"SELECT count(*) AS count FROM store_audit WHERE kind = 'store'"
			)
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
