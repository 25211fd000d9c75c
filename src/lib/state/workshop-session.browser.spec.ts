import { afterEach, describe, expect, it } from 'vitest';
import { CanalDb } from '../storage/db';
import { createWorkshop } from '../storage/workshops';
import { FeaturesNotLoadedError, WorkshopSession } from './workshop-session.svelte';

// A workshop on this device opens without its versions, summary, ballots, private round and relay
// link: they load after its first step painted, or when a part asks for them. Against Chromium's
// own IndexedDB and the real modules.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openLocal(): Promise<WorkshopSession> {
	const db = new CanalDb(`session-${crypto.randomUUID()}`);
	cleanups.push(() => db.delete());
	const id = await createWorkshop(db, {
		title: 'Spring',
		organisation: 'Riverside',
		facilitator: 'Inès'
	});
	const session = await WorkshopSession.open(db, id, {
		relayUrl: 'ws://127.0.0.1:9/relay',
		displayName: 'Inès'
	});
	cleanups.push(() => session.close());
	return session;
}

describe('WorkshopSession features', () => {
	it('opens a workshop on this device without them, and reads as not shared meanwhile', async () => {
		const session = await openLocal();
		expect(session.features).toBeNull();
		expect(session.room).toBeNull();
		expect(session.sync).toEqual({ kind: 'local-only' });
		expect(() => session.versions).toThrow(FeaturesNotLoadedError);
		expect(() => session.relay).toThrow(FeaturesNotLoadedError);
		// The plan itself works at once.
		expect(session.edit((plan) => plan.setMeta({ title: 'Summer' }))).toBe(true);
		expect(session.view.meta.title).toBe('Summer');
	});

	it('loads them once, on demand, with this device’s versions', async () => {
		const session = await openLocal();
		const [first, second] = await Promise.all([session.loadFeatures(), session.loadFeatures()]);
		expect(first).toBe(second);
		expect(session.features).toBe(first);
		expect(session.versions).toBe(first.versions);
		expect(session.relay.room).toBeNull();
		expect(session.sync).toEqual({ kind: 'local-only' });
		await session.versions.save('Before the workshop');
		await expect
			.poll(() => session.versions.versions.map((v) => v.name))
			.toEqual(['Before the workshop']);
	});

	it('loads the plan check and them once a step has painted', async () => {
		const session = await openLocal();
		expect(session.checker.checked).toBe(false);
		session.stepShown();
		await expect.poll(() => session.features !== null, { timeout: 5_000 }).toBe(true);
		await expect.poll(() => session.checker.checked, { timeout: 5_000 }).toBe(true);
	});
});
