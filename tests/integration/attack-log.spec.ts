import { afterEach, describe, expect, it } from 'vitest';
import { encodeToken, SECRET_LENGTH } from '../../src/lib/sync/protocol';
import type { RelayLogEntry } from '../../src/lib/server/relay/relay-log';
import { recordFigures } from '../helpers/reliability';
import { AbusePeer, authFrame, contentFrame } from './helpers/abuse-peer';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36 } from './helpers/rooms';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Bytes Yjs cannot decode ("Integer out of Range"), 12 of them. */
const undecodable = new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 127]);

describe('attacks on the relay’s log', () => {
	let relay: RunningRelay | null = null;
	const dir = temporaryDataDir();
	afterEach(async () => {
		await relay?.stop();
		relay = null;
		dir.remove();
	});

	it('long names, undecodable updates and refused sign-ins leave a bounded, structured log', async () => {
		const lines: string[] = [];
		const entries: RelayLogEntry[] = [];
		relay = await startRelay(
			dir.path,
			{},
			{
				log: (entry) => {
					entries.push(entry);
					lines.push(JSON.stringify({ time: new Date().toISOString(), ...entry }));
				}
			}
		);
		const room = newRoom();
		const owner = new AbusePeer(relay.url);
		await owner.authenticate(room.name(), room.token('facilitator'));
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });

		const breakers = Array.from({ length: 20 }, () => new AbusePeer(relay!.url));
		for (const peer of breakers) {
			await peer.authenticate(room.name(), room.token('participant'));
			peer.send(contentFrame(room.name(), undecodable));
		}
		const breakerCloses = await Promise.all(breakers.map((peer) => peer.closed));

		const longName = 'n'.repeat(3 * MiB);
		const named = Array.from({ length: 20 }, () => new AbusePeer(relay!.url));
		for (const peer of named) {
			await peer.opened;
			peer.send(authFrame(longName, room.token('participant')));
		}
		const namedCloses = await Promise.all(named.map((peer) => peer.closed));

		let refused = 0;
		for (let socket = 0; socket < 50; socket += 1) {
			const peer = new AbusePeer(relay.url);
			await peer.opened;
			for (let attempt = 0; attempt < 10; attempt += 1) {
				const wrong = encodeToken({
					v: 1,
					role: 'participant',
					secret: randomBase36(SECRET_LENGTH)
				});
				const document = newRoom().name();
				peer.send(authFrame(document, wrong));
				await peer.reply(document, ['denied']).then(() => (refused += 1));
			}
			peer.ws.terminate();
		}
		// A socket that keeps guessing is closed after its 16th refusal.
		const guesser = new AbusePeer(relay.url);
		await guesser.opened;
		let guesses = 0;
		while (guesser.isOpen && guesses < 100) {
			const document = newRoom().name();
			guesser.send(
				authFrame(document, encodeToken({ v: 1, role: 'observer', secret: randomBase36(32) }))
			);
			guesses += 1;
			await guesser.reply(document, ['denied']).catch(() => null);
		}
		const guesserClosed = await guesser.closed;
		const figures = await watch.stop();
		await relay.relay.flush();
		// Closing the relay summarises what the limiter dropped.
		await relay.stop();
		relay = null;

		const logBytes = lines.reduce((sum, line) => sum + line.length + 1, 0);
		const longest = Math.max(...lines.map((line) => line.length));
		const suppressed = entries
			.filter((entry) => entry.event === 'log-suppressed')
			.reduce((sum, entry) => sum + Number(entry.dropped), 0);
		const undecodableLines = entries.filter((entry) => entry.reason === 'undecodableUpdate');
		recordFigures('attack-log-flood', {
			longNames: named.length,
			longNameBytes: longName.length,
			undecodableUpdates: breakers.length,
			refusedSignIns: refused,
			logLines: lines.length,
			logBytes,
			longestLine: longest,
			suppressedLines: suppressed,
			guessesBeforeClose: guesses,
			honest: figures
		});
		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		expect(namedCloses.every((closed) => closed.code === 1007)).toBe(true);
		expect(breakerCloses.every((closed) => closed.code === 1007)).toBe(true);
		expect(refused).toBe(500);
		expect(guesserClosed.code).toBe(4400);
		expect(guesses).toBe(17);
		// 60 MiB of names and 540 offences: a few kilobytes of log, no line with a name or a stack.
		expect(logBytes).toBeLessThan(64 * KiB);
		expect(longest).toBeLessThan(1 * KiB);
		expect(lines.some((line) => line.includes('nnnnnnnnnn'))).toBe(false);
		expect(suppressed).toBeGreaterThan(400);
		expect(undecodableLines.length).toBeGreaterThan(0);
		expect(String(undecodableLines[0]?.message)).toContain('Integer out of Range');
	}, 60_000);
});
