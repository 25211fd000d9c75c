import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RELAY_LIMITS } from '../../src/lib/sync/protocol';
import { recordFigures } from '../helpers/reliability';
import { AbusePeer, contentFrame, syncStep1Frame } from './helpers/abuse-peer';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { fillDocument } from './helpers/large-document';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { readStoredRow } from './helpers/stored';

const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Samples the relay process's memory (the relay runs in this process) until stopped. */
function watchMemory(): {
	stop(): { rssGrowthMiB: number; externalGrowthMiB: number; loopDelayMaxMs: number };
} {
	const loop = monitorEventLoopDelay({ resolution: 10 });
	loop.enable();
	const start = process.memoryUsage();
	let peakRss = start.rss;
	let peakExternal = start.external + start.arrayBuffers;
	const timer = setInterval(() => {
		const now = process.memoryUsage();
		peakRss = Math.max(peakRss, now.rss);
		peakExternal = Math.max(peakExternal, now.external + now.arrayBuffers);
	}, 50);
	return {
		stop() {
			clearInterval(timer);
			loop.disable();
			return {
				// How long the relay's (this process's) event loop was blocked at worst.
				loopDelayMaxMs: Math.round(loop.max / 1e6),
				rssGrowthMiB: Math.round((peakRss - start.rss) / MiB),
				externalGrowthMiB: Math.round((peakExternal - start.external - start.arrayBuffers) / MiB)
			};
		}
	};
}

function storedEntries(dataDir: string, name: string): number {
	const row = readStoredRow(dataDir, name);
	if (!row) return 0;
	const doc = new Y.Doc();
	Y.applyUpdate(doc, row.state);
	return doc.getMap('filler').size;
}

describe('attacks on the cost of a message', () => {
	let relay: RunningRelay | null = null;
	const peers: AbusePeer[] = [];
	const dir = temporaryDataDir();
	afterEach(async () => {
		for (const peer of peers.splice(0)) peer.ws.terminate();
		await relay?.stop();
		relay = null;
		dir.remove();
	});

	it('a flood of duplicate updates near the size cap costs no full encode per frame', async () => {
		relay = await startRelay(dir.path);
		const room = newRoom();
		const filler = new AbusePeer(relay.url);
		peers.push(filler);
		await filler.authenticate(room.name(), room.token('facilitator'));
		const doc = await fillDocument(filler, room.name(), RELAY_LIMITS.maxDocumentBytes - MiB);
		const started = performance.now();
		const documentBytes = Y.encodeStateAsUpdate(doc).byteLength;
		const encodeMs = performance.now() - started;
		await relay.relay.flush();
		// About 2 KB, applied once, then sent again and again: it never grows the document.
		const before = Y.encodeStateVector(doc);
		doc.getMap('filler').set('duplicate', 'd'.repeat(2_000));
		const duplicate = contentFrame(room.name(), Y.encodeStateAsUpdate(doc, before));
		filler.send(duplicate);
		await sleep(200);
		// Stored now: storing re-encodes the whole document (about as long as encodeMs), a cost
		// any real edit brings and not the one under test.
		await relay.relay.flush();

		const memory = watchMemory();
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });
		let sent = 0;
		const closes: Record<string, number> = {};
		const attackStarted = Date.now();
		while (Date.now() - attackStarted < 6_000) {
			const attacker = new AbusePeer(relay.url);
			peers.push(attacker);
			const signedIn = await attacker
				.authenticate(room.name(), room.token('facilitator'))
				.then(() => true)
				.catch(() => false);
			if (!signedIn) {
				closes.refused = (closes.refused ?? 0) + 1;
				await sleep(100);
				continue;
			}
			for (let i = 0; i < 300 && attacker.isOpen; i += 1) {
				attacker.send(duplicate);
				sent += 1;
			}
			const closed = await Promise.race([attacker.closed, sleep(300).then(() => null)]);
			const key = String(closed?.code ?? 'open');
			closes[key] = (closes[key] ?? 0) + 1;
			attacker.ws.terminate();
			// New sockets are limited per minute; an attacker paces them to keep flooding.
			await sleep(100);
		}
		const attackMs = Date.now() - attackStarted;
		const figures = await watch.stop();
		const { rssGrowthMiB, loopDelayMaxMs } = memory.stop();
		await relay.relay.flush();

		recordFigures('attack-near-cap-duplicates', {
			documentMiB: Math.round((documentBytes / MiB) * 10) / 10,
			encodeMs: Math.round(encodeMs),
			duplicatesSent: sent,
			attackMs,
			closes,
			// What the same frames cost when every one was measured by a full encode.
			oldCostEstimateS: Math.round((sent * encodeMs) / 1_000),
			rssGrowthMiB,
			loopDelayMaxMs,
			honest: figures
		});
		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		expect(sent).toBeGreaterThan(1_000);
		// The cap is kept: frames past it close the sender as "full", nothing else happened.
		expect(Object.keys(closes).every((code) => ['4413', 'open', 'refused'].includes(code))).toBe(
			true
		);
		expect(rssGrowthMiB).toBeLessThan(256);
		expect(storedEntries(dir.path, room.name())).toBe(doc.getMap('filler').size);
	}, 120_000);

	it('a socket that stops reading cannot make full-sync requests pile up in memory', async () => {
		relay = await startRelay(dir.path);
		const room = newRoom();
		const filler = new AbusePeer(relay.url);
		peers.push(filler);
		await filler.authenticate(room.name(), room.token('facilitator'));
		const doc = await fillDocument(filler, room.name(), 16 * MiB);
		const documentBytes = Y.encodeStateAsUpdate(doc).byteLength;
		// The filler stays: a room whose last socket leaves is stored and unloaded, and loading
		// 16 MiB again is a cost of its own, not the one under test.
		await relay.relay.flush();

		const memory = watchMemory();
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });
		const sockets = 4;
		const requestsEach = 50;
		const request = syncStep1Frame(room.name(), Y.encodeStateVector(new Y.Doc()));
		const stalled: AbusePeer[] = [];
		for (let i = 0; i < sockets; i += 1) {
			const attacker = new AbusePeer(relay.url);
			peers.push(attacker);
			stalled.push(attacker);
			await attacker.authenticate(room.name(), room.token('participant'));
			// Stop reading: the relay's answers stay in its memory, unless it holds them back.
			(attacker.ws as unknown as { _socket: { pause(): void } })._socket.pause();
			for (let r = 0; r < requestsEach; r += 1) attacker.send(request);
		}
		await sleep(3_000);
		const stats = relay.relay.stats();
		const { rssGrowthMiB, externalGrowthMiB, loopDelayMaxMs } = memory.stop();
		// The attack is over; what follows is four clients downloading 16 MiB each, honest work.
		const figures = await watch.stop();

		// Reading again, every socket gets its one answer: nothing was refused, only held back.
		const answered: number[] = [];
		for (const attacker of stalled) {
			(attacker.ws as unknown as { _socket: { resume(): void } })._socket.resume();
		}
		for (const attacker of stalled) {
			const reply = await attacker.reply(room.name(), ['content'], 30_000);
			if (reply.kind === 'content') answered.push(reply.update.byteLength);
		}
		await sleep(500);
		const contentReplies = stalled.map(
			(attacker) => attacker.replies.filter((reply) => reply.kind === 'content').length
		);
		await relay.relay.flush();

		const pendingLines = relay.logs.filter((entry) => entry.reason === 'syncRequestPending');
		recordFigures('attack-sync-request-amplification', {
			documentMiB: Math.round((documentBytes / MiB) * 10) / 10,
			sockets,
			requestsSent: sockets * requestsEach,
			contentReplies,
			rssGrowthMiB,
			externalGrowthMiB,
			// Without the limits: every request answered with the whole document, kept in memory.
			unboundedMiB: Math.round((sockets * requestsEach * documentBytes) / MiB),
			pendingLogLines: pendingLines.length,
			loopDelayMaxMs,
			honest: figures
		});
		expectHonestUnharmed(figures);
		expectHonestStored(dir.path, figures);
		expect(stats.sockets).toBeGreaterThanOrEqual(sockets);
		expect(answered.every((bytes) => bytes >= documentBytes * 0.9)).toBe(true);
		expect(contentReplies.every((count) => count === 1)).toBe(true);
		// Two answers of 16 MiB at most are held for one address, plus the encoder's garbage, which
		// the collector frees when it likes: seen 13-15 MiB, once 65 MiB. Unbounded, the 200
		// requests would hold 3,248 MiB; the bound (8 documents) is 25 times below that.
		expect(externalGrowthMiB).toBeLessThan(8 * (documentBytes / MiB));
		expect(rssGrowthMiB).toBeLessThan(192);
		expect(pendingLines).toHaveLength(sockets);
		expect(storedEntries(dir.path, room.name())).toBe(doc.getMap('filler').size);
	}, 120_000);
});
