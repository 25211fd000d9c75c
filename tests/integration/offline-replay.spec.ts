import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { newRoom, relayToken } from '../../src/lib/sync/credentials';
import { documentName } from '../../src/lib/sync/protocol';
import { RelayConnection, RelaySocket } from '../../src/lib/sync/relay-connection';
import { startChaosProxy, type ChaosProxy } from './helpers/chaos-proxy';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { readStoredPlan } from './helpers/stored';
import { waitFor } from './helpers/wait-for';

const OFFLINE_EDITS = 1_000;

/** A proxy that passes every frame and counts them: what the relay receives. */
const passThrough = { drop: 0, cut: 0, duplicate: 0, delay: 0, maxDelayMs: 1, cutEveryMs: null };

describe('offline edits reach the relay in one message', () => {
	const cleanup: (() => unknown)[] = [];
	afterEach(async () => {
		for (const step of cleanup.splice(0).reverse()) await step();
	});

	it('replays 1,000 offline edits as a handful of frames on reconnect, every edit kept', async () => {
		const dataDir = temporaryDataDir();
		cleanup.push(() => dataDir.remove());
		const relay: RunningRelay = await startRelay(dataDir.path);
		cleanup.push(() => relay.stop());
		const proxy: ChaosProxy = await startChaosProxy(relay.url, 1, passThrough);
		cleanup.push(() => proxy.close());
		proxy.calm();

		// The app's own connection: one socket, the plan signed in over it.
		const room = newRoom();
		const ydoc = new Y.Doc();
		const socket = new RelaySocket({ url: proxy.url('device'), WebSocketPolyfill: WebSocket });
		cleanup.push(() => socket.destroy());
		const connection = new RelayConnection({ socket, ydoc, credentials: () => room });
		cleanup.push(() => connection.destroy());
		const plan = ydoc.getMap('plan');
		plan.set('title', 'Before going offline');
		await waitFor('the plan to sync', () => connection.status.kind === 'synced', 10_000);

		// Someone else in the room, straight to the relay, watching the edits arrive.
		const participant = relay.connect(
			documentName(room.roomId, 'plan'),
			relayToken({ ...room, role: 'participant', secret: room.participantSecret! })
		);
		await waitFor('the participant to sync', () => participant.settled, 10_000);

		socket.stop();
		await waitFor('the socket to close', () => socket.websocket.status === 'disconnected', 5_000);
		const notes = ydoc.getText('notes');
		for (let edit = 0; edit < OFFLINE_EDITS; edit += 1) {
			ydoc.transact(() => {
				plan.set(`offline-${edit}`, edit);
				notes.insert(notes.length, `${edit} `);
			});
		}
		expect(connection.status.kind).not.toBe('synced');

		const framesBefore = proxy.counts.framesUp;
		socket.resume();
		const arrived = () =>
			Array.from({ length: OFFLINE_EDITS }, (_, edit) => participant.map.get(`offline-${edit}`));
		await waitFor(
			'every offline edit to reach the other device',
			() => arrived().every((value, edit) => value === edit),
			20_000
		);
		await waitFor('the relay to acknowledge', () => connection.status.kind === 'synced', 10_000);
		const replayFrames = proxy.counts.framesUp - framesBefore;

		expect(participant.doc.getText('notes').toString()).toBe(notes.toString());
		// Sign-in, sync step 1 and the answer to the relay's sync step 1; a little room for the
		// relay's presence query and a heartbeat answer.
		expect(replayFrames).toBeLessThanOrEqual(5);
		await relay.relay.flush();
		const stored = readStoredPlan(dataDir.path, documentName(room.roomId, 'plan'));
		expect(Object.keys(stored ?? {}).filter((key) => key.startsWith('offline-'))).toHaveLength(
			OFFLINE_EDITS
		);

		// Live edits once signed in still go one frame each, as they happen.
		const framesLive = proxy.counts.framesUp;
		plan.set('live', 'after the reconnect');
		await waitFor('the live edit', () => participant.map.get('live') === 'after the reconnect');
		expect(proxy.counts.framesUp - framesLive).toBe(1);
	});
});
