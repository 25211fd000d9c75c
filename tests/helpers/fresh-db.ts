import { afterEach } from 'vitest';
import { CanalDb } from '../../src/lib/storage/db';

/**
 * A new database for each call (empty, unless `name` is one a test wrote before), in the real IndexedDB of the browser the spec runs in;
 * every one is deleted after its test. Call once at the top of a spec file.
 */
export function freshDatabases(): (name?: string) => CanalDb {
	const opened: CanalDb[] = [];
	afterEach(async () => {
		for (const db of opened.splice(0)) await db.delete();
	});
	return (name = `t-${crypto.randomUUID()}`) => {
		const db = new CanalDb(name);
		opened.push(db);
		return db;
	};
}
