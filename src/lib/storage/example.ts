import * as Y from 'yjs';
import { buildExample } from './build-example';
import { newId } from '../domain/ids';
import type { CanalDb } from './db';

/**
 * Creates a workshop holding the example plan. It is an ordinary workshop of the facilitator's
 * own, with its own id, so people can edit, export or delete it like any other; creating it twice
 * gives two that never affect each other.
 */
export async function createExampleWorkshop(db: CanalDb, now = Date.now()): Promise<string> {
	const id = newId();
	const ydoc = new Y.Doc();
	const plan = buildExample(ydoc, now);
	const { title, organisation, facilitator } = plan.meta;
	const update = Y.encodeStateAsUpdate(ydoc);
	plan.destroy();
	// One transaction, as in createWorkshop: a catalog entry without its plan (or the reverse)
	// must never be left behind.
	await db.transaction('rw', db.workshops, db.updates, async () => {
		await db.workshops.add({
			id,
			title,
			organisation,
			facilitator,
			createdAt: now,
			updatedAt: now,
			role: 'facilitator'
		});
		await db.updates.add({ docId: id, update });
	});
	return id;
}
