import * as Y from 'yjs';
import { buildExample } from './build-example';
import { loadExample } from '../content/load-example';
import { newId } from '../domain/ids';
import { activeLocale, type Locale } from '../domain/locale';
import type { CanalDb } from './db';

/**
 * Creates a workshop holding the example plan. It is an ordinary workshop of the facilitator's
 * own, with its own id, so people can edit, export or delete it like any other; creating it twice
 * gives two that never affect each other. It is written in `locale` (the interface's language by
 * default) and stays in it: switching language later does not rewrite what the team now owns.
 */
export async function createExampleWorkshop(
	db: CanalDb,
	now = Date.now(),
	locale: Locale = activeLocale()
): Promise<string> {
	const data = await loadExample(locale);
	const id = newId();
	const ydoc = new Y.Doc();
	const plan = buildExample(data, ydoc, now);
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
