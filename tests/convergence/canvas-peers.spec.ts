import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { TxOrigin } from '../../src/lib/doc/origins';
import { Random } from '../factories/random';

const remote = new TxOrigin('remote');
const PEERS = 5;
const EDITS = 1_000;

/** Every position ever written per note id, so the end state can be checked against them. */
type Written = Map<string, Set<string>>;
const key = (position: readonly number[] | null) => JSON.stringify(position);

function remember(written: Written, id: string, position: readonly number[] | null): void {
	const seen = written.get(id) ?? new Set<string>();
	seen.add(key(position));
	written.set(id, seen);
}

/** One canvas gesture, written the way the canvas writes it: one batch per gesture. */
function randomGesture(plan: PlanDoc, random: Random, written: Written): void {
	const notes = plan.list('notes');
	const frames = plan.list('frames');
	const some = <T>(items: readonly T[]) =>
		items.length ? items[random.int(0, items.length - 1)] : undefined;
	const point = (): [number, number] => [random.int(-2_000, 2_000), random.int(-2_000, 2_000)];
	const roll = random.int(0, 99);
	plan.batch(() => {
		if (roll < 55) {
			// A drop of one to three notes, each at its own place, some into a group.
			const cluster = random.chance(0.3) ? (some(frames)?.name ?? '') : undefined;
			for (let n = random.int(1, 3); n > 0; n--) {
				const note = some(notes);
				if (!note) break;
				const position = point();
				plan.update('notes', note.id, cluster === undefined ? { position } : { position, cluster });
				remember(written, note.id, position);
			}
		} else if (roll < 70) {
			// A frame moved with its notes.
			const frame = some(frames);
			if (!frame) return;
			const [dx, dy] = [random.int(-300, 300), random.int(-300, 300)];
			const [x, y, w, h] = frame.rect;
			plan.update('frames', frame.id, { rect: [x + dx, y + dy, w, h] });
			for (const note of notes) {
				if (note.cluster !== frame.name || !note.position) continue;
				const position: [number, number] = [note.position[0] + dx, note.position[1] + dy];
				plan.update('notes', note.id, { position });
				remember(written, note.id, position);
			}
		} else if (roll < 78) {
			// A rename: the frame and its notes' cluster.
			const frame = some(frames);
			if (!frame) return;
			const name = `G${random.int(0, 20)}`;
			plan.update('frames', frame.id, { name });
			for (const note of notes)
				if (note.cluster === frame.name) plan.update('notes', note.id, { cluster: name });
		} else if (roll < 84) {
			const [x, y] = point();
			plan.add('frames', {
				step: 'purpose',
				name: `G${random.int(0, 20)}`,
				rect: [x, y, 600, 400]
			});
		} else if (roll < 88) {
			// A frame deleted: its notes stay, ungrouped.
			const frame = some(frames);
			if (!frame) return;
			plan.remove('frames', frame.id);
			for (const note of notes)
				if (note.cluster === frame.name) plan.update('notes', note.id, { cluster: '' });
		} else if (roll < 93) {
			const position = point();
			const id = plan.add('notes', { step: 'purpose', text: 'n', position });
			remember(written, id, position);
		} else if (roll < 97) {
			const note = some(notes);
			if (note) plan.remove('notes', note.id);
		} else {
			// The list moved a note to a group: the canvas lays it out again.
			const note = some(notes);
			if (!note) return;
			plan.update('notes', note.id, { cluster: some(frames)?.name ?? '', position: null });
			remember(written, note.id, null);
		}
	});
}

describe('five PlanDocs arranging one canvas, updates delivered in random order', () => {
	it.each([1, 2])(
		'converge, and every note ends at one place someone wrote (seed %i)',
		{ timeout: 120_000 },
		(seed) => {
			const random = new Random(seed);
			const docs = Array.from({ length: PEERS }, (_, index) => {
				const ydoc = new Y.Doc();
				ydoc.clientID = seed * 1_000 + index + 1;
				return ydoc;
			});
			const peers = docs.map((ydoc) => new PlanDoc(ydoc));
			const written: Written = new Map();
			// Peer 0 starts the wall; everyone has it before the gestures begin.
			peers[0]!.batch(() => {
				for (let i = 0; i < 40; i++) {
					const position: [number, number] = [i * 180, 0];
					const id = peers[0]!.add('notes', { step: 'purpose', text: `n${i}`, position });
					remember(written, id, position);
				}
				for (let i = 0; i < 4; i++)
					peers[0]!.add('frames', {
						step: 'purpose',
						name: `G${i}`,
						rect: [i * 700, 400, 600, 400]
					});
			});
			const start = Y.encodeStateAsUpdate(docs[0]!);
			for (const ydoc of docs.slice(1)) Y.applyUpdate(ydoc, start, remote);

			const inbox: Uint8Array[][] = docs.map(() => []);
			docs.forEach((ydoc, from) =>
				ydoc.on('update', (update: Uint8Array, origin: unknown) => {
					if (origin === remote) return;
					docs.forEach((_, to) => to !== from && inbox[to]!.push(update));
				})
			);
			for (let step = 0; step < EDITS; step++) {
				const index = random.int(0, PEERS - 1);
				randomGesture(peers[index]!, random, written);
				const pending = inbox[index]!;
				while (pending.length && random.chance(0.5)) {
					const [update] = pending.splice(random.int(0, pending.length - 1), 1);
					Y.applyUpdate(docs[index]!, update!, remote);
				}
			}
			// Everything still in flight arrives, in a shuffled order.
			docs.forEach((ydoc, index) => {
				const pending = inbox[index]!;
				while (pending.length) {
					const [update] = pending.splice(random.int(0, pending.length - 1), 1);
					Y.applyUpdate(ydoc, update!, remote);
				}
			});

			const json = peers.map((plan) => plan.toJSON());
			for (const other of json.slice(1)) expect(other).toEqual(json[0]);
			for (const ydoc of docs) expect(ydoc.store.pendingStructs).toBeNull();
			const notes = peers[0]!.list('notes');
			expect(notes.length).toBeGreaterThan(10);
			for (const note of notes) expect(written.get(note.id)).toContain(key(note.position));
		}
	);
});

describe('two people dropping the same note at once', () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('end at one of the two drops everywhere (seed %i)', (seed) => {
		const [docA, docB] = [new Y.Doc(), new Y.Doc()];
		docA.clientID = seed * 7_919;
		docB.clientID = seed * 104_729;
		const [a, b] = [new PlanDoc(docA), new PlanDoc(docB)];
		const id = a.add('notes', { step: 'purpose', text: 'Contested', position: [0, 0] });
		Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
		const dropA: [number, number] = [100 + seed, 900 - seed];
		const dropB: [number, number] = [700 - seed, 50 + seed];
		a.update('notes', id, { position: dropA, cluster: 'Risks' });
		b.update('notes', id, { position: dropB });
		const toB = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
		const toA = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
		Y.applyUpdate(docB, toB);
		Y.applyUpdate(docA, toA);
		const [onA, onB] = [a.get('notes', id)!, b.get('notes', id)!];
		expect(onA.position).toEqual(onB.position);
		expect([dropA, dropB]).toContainEqual(onA.position);
	});
});
