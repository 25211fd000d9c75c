import * as Y from 'yjs';
import { TxOrigin } from './origins';
import { ROOT, SCHEMA_VERSION } from './schema';

/**
 * Upgrading plans saved by older versions of Canal.
 *
 * A migration runs on every device that opens an old plan, possibly at the same time, and the
 * results merge. So each step must be idempotent and must converge when run twice concurrently:
 * set plain values, never create a shared type under an existing key (two concurrent creations
 * would keep only one, losing what was typed into the other).
 */
export interface Migration {
	to: number;
	describe: string;
	run(ydoc: Y.Doc): void;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		to: 1,
		describe: 'Stamp plans written before versions were recorded',
		run(ydoc) {
			const meta = ydoc.getMap(ROOT.meta);
			if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', 0);
		}
	},
	{
		to: 2,
		describe: "Notes' separate x and y become one position (the canvas)",
		run(ydoc) {
			// Version 1 wrote x = y = 0 for every note and nothing moved them, so (0, 0) means "not
			// placed": the note keeps no position and the default layout places it. Any other pair
			// (an edited file, say) becomes the position. Both runs of two devices write the same values.
			const notes = ydoc.getMap(ROOT.record('notes'));
			for (const record of notes.values()) {
				if (!(record instanceof Y.Map)) continue;
				const x = record.get('x');
				const y = record.get('y');
				if (!record.has('position') && typeof x === 'number' && typeof y === 'number') {
					if ((x !== 0 || y !== 0) && Number.isFinite(x) && Number.isFinite(y)) {
						record.set('position', [x, y]);
					}
				}
				if (record.has('x')) record.delete('x');
				if (record.has('y')) record.delete('y');
			}
		}
	}
];

export type Compatibility =
	{ kind: 'current' } | { kind: 'older'; version: number } | { kind: 'newer'; version: number };

/** The schema version stored in a plan; 0 for a plan that predates versioning (or is empty). */
export function storedSchemaVersion(ydoc: Y.Doc): number {
	const version = ydoc.getMap(ROOT.meta).get('schemaVersion');
	return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

export function compatibility(ydoc: Y.Doc, appVersion = SCHEMA_VERSION): Compatibility {
	const version = storedSchemaVersion(ydoc);
	if (version === appVersion) return { kind: 'current' };
	return version > appVersion ? { kind: 'newer', version } : { kind: 'older', version };
}

/** True when a document holds nothing yet (a new plan whose content has not arrived). */
export function isEmptyDoc(ydoc: Y.Doc): boolean {
	return ydoc.store.clients.size === 0;
}

/**
 * Brings an older plan up to `SCHEMA_VERSION` in one transaction. Returns the versions it went
 * through, or null when nothing was needed. Never touches empty or newer plans.
 */
export function migrate(
	ydoc: Y.Doc,
	migrations: readonly Migration[] = MIGRATIONS,
	target = SCHEMA_VERSION
): { from: number; to: number } | null {
	if (isEmptyDoc(ydoc)) return null;
	const from = storedSchemaVersion(ydoc);
	if (from >= target) return null;
	ydoc.transact(() => {
		for (const migration of migrations) {
			if (migration.to > from && migration.to <= target) migration.run(ydoc);
		}
		ydoc.getMap(ROOT.meta).set('schemaVersion', target);
	}, new TxOrigin('migration'));
	return { from, to: target };
}
