/**
 * A room's versions document against a real relay: everyone in the room reads it, only the
 * facilitator writes it (a participant's or an observer's version never reaches anyone or the
 * stored document), and it cannot grow past its own cap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REFUSALS } from '../../src/lib/sync/protocol';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { readStoredRow } from './helpers/stored';
import { sleep, waitFor } from './helpers/wait-for';

const version = (name: string, bytes: Uint8Array) => ({
	id: `${name}0000000`.slice(0, 12),
	name,
	createdAt: 1_700_000_000_000,
	author: 'Ana',
	schemaVersion: 1,
	summary: '',
	bytes
});

function storedVersions(dataDir: string, name: string): string[] {
	const row = readStoredRow(dataDir, name);
	if (!row) return [];
	const doc = new Y.Doc();
	Y.applyUpdate(doc, row.state);
	return [...doc.getMap('versions').keys()].sort();
}

describe('relay: the versions document', () => {
	const dir = temporaryDataDir();
	let relay: RunningRelay | null = null;

	afterEach(async () => {
		await relay?.stop();
		relay = null;
	});

	it('is read by everyone in the room and written by the facilitator only', async () => {
		relay = await startRelay(dir.path);
		const running = relay;
		const room = newRoom();
		const lead = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room', () => lead.settled);
		const facilitator = running.connect(room.name('versions'), room.token('facilitator'));
		facilitator.doc.getMap('versions').set('march', version('march', new Uint8Array([1, 2, 3])));
		await waitFor('the facilitator to sync', () => facilitator.settled);

		const participant = running.connect(room.name('versions'), room.token('participant'));
		const observer = running.connect(room.name('versions'), room.token('observer'));
		await waitFor('both readers', () => participant.synced && observer.synced);
		expect(participant.scope).toBe('readonly');
		expect(observer.scope).toBe('readonly');
		expect(participant.doc.getMap('versions').get('march')).toMatchObject({ name: 'march' });

		// A participant saves a version of their own, and deletes the facilitator's.
		participant.doc.getMap('versions').set('forged', version('forged', new Uint8Array([9])));
		participant.doc.getMap('versions').delete('march');
		observer.doc.getMap('versions').set('watcher', version('watcher', new Uint8Array([8])));
		await waitFor('the relay to see the attempt', () =>
			running.logs.some((entry) => entry.event === 'violation' && entry.reason === 'readOnly')
		);
		// The facilitator's later version still reaches everyone; the forged ones reach nobody.
		facilitator.doc.getMap('versions').set('april', version('april', new Uint8Array([4])));
		await waitFor('the observer to see April', () => observer.doc.getMap('versions').has('april'));
		await sleep(100);
		expect([...facilitator.doc.getMap('versions').keys()].sort()).toEqual(['april', 'march']);

		// Deleting is the facilitator's, and reaches the others.
		facilitator.doc.getMap('versions').delete('april');
		await waitFor(
			'the deletion to reach the observer',
			() => !observer.doc.getMap('versions').has('april')
		);
		await running.relay.flush();
		expect(storedVersions(dir.path, room.name('versions'))).toEqual(['march']);
	}, 30_000);

	it('cannot grow past its own cap, while the plan keeps the larger one', async () => {
		relay = await startRelay(dir.path, { maxVersionsBytes: 32 * 1024 });
		const running = relay;
		const room = newRoom();
		const lead = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room', () => lead.settled);
		const facilitator = running.connect(room.name('versions'), room.token('facilitator'));
		facilitator.doc.getMap('versions').set('small', version('small', new Uint8Array(1024)));
		await waitFor('the small version', () => facilitator.settled);
		facilitator.doc
			.getMap('versions')
			.set('large', version('large', new Uint8Array(64 * 1024).fill(7)));
		await waitFor('the writer closed', () =>
			facilitator.closes.some((close) => close.reason === REFUSALS.documentFull)
		);
		facilitator.destroy();
		await running.relay.flush();
		expect(storedVersions(dir.path, room.name('versions'))).toEqual(['small']);
		lead.map.set('essay', 'y'.repeat(64 * 1024));
		await waitFor('the plan takes it', () => lead.settled);
	}, 30_000);
});
