import { afterEach, describe, expect, it } from 'vitest';
import { CanalDb } from './db';
import { watchTable } from './dexie-changes';

const opened: CanalDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await db.delete();
	}
});

function freshDb(): CanalDb {
	const db = new CanalDb(`dexie-changes-${crypto.randomUUID()}`);
	opened.push(db);
	return db;
}

const entry = (id: string) => ({
	id,
	title: id,
	organisation: '',
	facilitator: '',
	createdAt: 1,
	updatedAt: 1,
	role: 'facilitator' as const
});

/** Waits for what has been posted on broadcast channels to be delivered. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('watchTable', () => {
	it('hears Dexie announce a write to the table, and only to that table of that database', async () => {
		const db = freshDb();
		const other = freshDb();
		const heard: string[] = [];
		const stop = watchTable(db.name, 'workshops', () => heard.push('workshops'));
		expect(stop).not.toBeNull();
		// Creating a database announces every table of it as changed: heard, then set aside.
		await db.open();
		await other.open();
		await delivered();
		expect(heard.length).toBeGreaterThan(0);
		heard.length = 0;

		await db.settings.put({ key: 'displayName', value: 'Inès' });
		await other.workshops.put(entry('elsewhere'));
		await delivered();
		expect(heard).toEqual([]);

		await db.workshops.put(entry('w1'));
		await delivered();
		expect(heard.length).toBeGreaterThan(0);

		stop!();
		const before = heard.length;
		await db.workshops.update('w1', { deletedAt: 2 });
		await delivered();
		expect(heard.length).toBe(before);
	});
});
