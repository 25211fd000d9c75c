import * as Y from 'yjs';
import { PlanDoc } from '../../../src/lib/doc/plan-doc';
import type { Plan } from '../../../src/lib/domain/plan';
import { Random } from '../../factories/random';
import { Editor, Shared } from './edits';
import { Peer, type Encoding, type Message, type ReloadMode } from './peer';

/**
 * A network of PlanDoc peers driven by one seed. Each step one peer edits (or two to four peers
 * edit the same text at once, or one deletes a record while others edit it), then messages that
 * are due arrive in random order. Links delay, duplicate, reorder and drop messages; dropped
 * updates are sent again later, as a provider resends what was not acknowledged. Peers go
 * offline and come back (then exchange state vectors and send each other what is missing, as a
 * provider's sync does), and reopen their plan from what they saved. At the end the network
 * heals and every peer must hold the same plan.
 */

export interface FuzzOptions {
	seed: number;
	steps: number;
	/** Five or more; by default 5 to 7, chosen by the seed. */
	peers?: number;
}

export interface FuzzResult {
	seed: number;
	steps: number;
	peers: number;
	encodings: string;
	/** Calls of PlanDoc write methods (undo and redo included) whose effects were checked. */
	edits: number;
	messages: number;
	reloads: number;
	methods: Record<string, number>;
	/** Set when the run failed: what went wrong, with the step it went wrong at. */
	error?: string;
}

interface Links {
	maxDelay: number;
	drop: number;
	duplicate: number;
}

const HOT_KINDS = ['stakeholders', 'platforms', 'goals', 'notes', 'team'] as const;
type HotKind = (typeof HOT_KINDS)[number];

const initial = { kind: 'update', from: 0, encoding: 'v1' } as const;

const RELOAD_MODES: ReloadMode[] = ['state-v1', 'state-v2', 'log', 'log-compacted', 'log-crash'];

export class Network {
	readonly random: Random;
	readonly peers: Peer[];
	readonly shared = new Shared();
	readonly editor: Editor;
	readonly links: Links;
	private queue: Message[] = [];
	private unacknowledged: Message[] = [];
	private nextClient = 1;
	now = 0;
	edits = 0;
	/** How often each write method was called, to show that every one of them was. */
	readonly methods: Record<string, number> = {};
	messages = 0;
	reloads = 0;

	constructor(
		readonly seed: number,
		count: number
	) {
		const random = (this.random = new Random(seed));
		this.editor = new Editor(random, this.shared);
		// A third of the seeds all V1, a third all V2, a third a mix of both on one network.
		const mix = seed % 3;
		this.links = {
			maxDelay: random.int(0, 8),
			drop: random.pick([0, 0.05, 0.2]),
			duplicate: random.pick([0, 0.05, 0.2])
		};
		this.peers = Array.from({ length: count }, (_, index) => {
			const encoding: Encoding = mix === 0 ? 'v1' : mix === 1 ? 'v2' : random.pick(['v1', 'v2']);
			const usesUndo = index < 2 || random.chance(0.4);
			return new Peer(
				index,
				encoding,
				usesUndo,
				(from, bytes) => this.broadcast(from, bytes),
				this.clientId()
			);
		});
		this.start();
	}

	get encodings(): string {
		return this.peers.map((peer) => peer.encoding).join(',');
	}

	/** Client ids are never reused: a reopened tab is a new client, as in a browser. */
	private clientId(): number {
		if (this.nextClient >= 2_000) throw new Error('Too many clients for one seed.');
		// Distinct per seed too, and below 2^31 like the ids Yjs picks itself.
		return (this.seed % 1_000_000) * 2_000 + this.nextClient++;
	}

	/** The first peer creates the plan and a few hot records; everyone starts from that state. */
	private start(): void {
		const [first] = this.peers as [Peer];
		first.plan.setMeta({ title: 'Fuzz', organisation: 'Canal', facilitator: 'Seed' });
		for (const kind of HOT_KINDS) this.shared.hot.set(kind, this.editor.add(first.plan, kind));
		first.plan.clearHistory();
		this.queue = [];
		const state = Y.encodeStateAsUpdate(first.ydoc);
		for (const peer of this.peers.slice(1))
			peer.receive({ ...initial, to: peer.index, bytes: state, due: 0, sessions: [0, 0] });
	}

	private broadcast(from: Peer, bytes: Uint8Array): void {
		if (!from.online) return;
		for (const to of this.peers)
			if (to !== from && to.online)
				this.post({ kind: 'update', from: from.index, to: to.index, bytes });
	}

	private post(message: Pick<Message, 'kind' | 'from' | 'to' | 'bytes'>, lossless = false): void {
		const { random, links, peers } = this;
		const full: Message = {
			...message,
			encoding: peers[message.from]!.encoding,
			due: this.now + random.int(0, links.maxDelay),
			sessions: [peers[message.from]!.session, peers[message.to]!.session]
		};
		if (!lossless && random.chance(links.drop)) {
			if (full.kind === 'update') this.unacknowledged.push(full);
			return;
		}
		this.queue.push(full);
		if (random.chance(links.duplicate))
			this.queue.push({ ...full, due: this.now + random.int(0, links.maxDelay + 3) });
	}

	private alive(message: Message): boolean {
		const from = this.peers[message.from]!;
		const to = this.peers[message.to]!;
		return (
			from.online &&
			to.online &&
			from.session === message.sessions[0] &&
			to.session === message.sessions[1]
		);
	}

	/** Delivers the messages due by now, in random order. */
	deliver(everything = false): void {
		const due: Message[] = [];
		const later: Message[] = [];
		for (const message of this.queue)
			(everything || message.due <= this.now ? due : later).push(message);
		this.queue = later;
		shuffle(this.random, due);
		for (const message of due) {
			if (!this.alive(message)) continue;
			this.messages++;
			const reply = this.peers[message.to]!.receive(message);
			if (reply)
				this.post({ kind: 'update', from: message.to, to: message.from, bytes: reply }, everything);
		}
	}

	/** Sync step 1 both ways between `peer` and every other online peer. */
	private sync(peer: Peer, lossless = false): void {
		for (const other of this.peers) {
			if (other === peer || !other.online) continue;
			this.post(
				{ kind: 'sync', from: peer.index, to: other.index, bytes: Y.encodeStateVector(peer.ydoc) },
				lossless
			);
			this.post(
				{ kind: 'sync', from: other.index, to: peer.index, bytes: Y.encodeStateVector(other.ydoc) },
				lossless
			);
		}
	}

	private count(method: string | null): void {
		if (method === null) return;
		this.edits++;
		this.methods[method] = (this.methods[method] ?? 0) + 1;
	}

	private edit(peer: Peer): void {
		if (peer.usesUndo && this.random.chance(0.5)) peer.plan.stopCapturing();
		this.count(this.editor.edit(peer.plan, peer.usesUndo));
	}

	/** Two to four peers type into the same text before anything is delivered. */
	private burst(): void {
		const { random, editor } = this;
		const typists = shuffle(random, [...this.peers]).slice(0, random.int(2, 4));
		const root = random.chance(0.5);
		const kind = random.pick(['stakeholders', 'goals', 'notes'] as const);
		const id = this.shared.hot.get(kind)!;
		for (const peer of typists) {
			if (root) this.count(editor.setRootText(peer.plan, this.shared.hotRootText));
			else {
				editor.setText(peer.plan, kind, id);
				this.count('setText');
			}
		}
	}

	/** One peer deletes a hot record while others edit its texts, links and presence. */
	private deleteWhileEditing(): void {
		const { random, editor, shared } = this;
		const kind = random.pick(HOT_KINDS);
		const id = shared.hot.get(kind)!;
		const [remover, ...others] = shuffle(random, [...this.peers]);
		remover!.plan.stopCapturing();
		remover!.plan.remove(kind, id);
		this.count('remove');
		for (const peer of others.slice(0, random.int(1, 3))) {
			this.count(this.editDeleted(peer.plan, kind, id));
		}
		// Sometimes the remover thinks better of it, while the others keep going.
		if (remover!.usesUndo && random.chance(0.4)) {
			remover!.plan.undo();
			this.count('undo');
		}
		if (random.chance(0.5)) shared.hot.set(kind, editor.add(remover!.plan, kind));
	}

	/** What a peer that has not seen the deletion yet does to the record. */
	private editDeleted(plan: PlanDoc, kind: HotKind, id: string): string {
		const { random, editor } = this;
		const other = (k: 'stakeholders' | 'platforms') => editor.target(plan, k) ?? id;
		switch (kind) {
			case 'stakeholders':
				if (random.chance(0.5)) break;
				plan.setPresence(id, other('platforms'), random.pick([1, 2, 3] as const));
				return 'setPresence';
			case 'platforms':
				plan.setPresence(other('stakeholders'), id, random.pick([0, 1, 2, 3] as const));
				return 'setPresence';
			case 'goals':
				if (random.chance(0.5)) break;
				plan.setLink('goals', id, 'stakeholderIds', other('stakeholders'), true);
				return 'setLink';
			case 'team':
				plan.rate(id, 'planning', random.int(1, 5));
				return 'rate';
		}
		editor.setText(plan, kind, id);
		return 'setText';
	}

	step(): void {
		const { random, peers } = this;
		this.now++;
		const roll = random.next();
		const peer = random.pick(peers);
		if (roll < 0.7) this.edit(peer);
		else if (roll < 0.78) this.burst();
		else if (roll < 0.83) this.deleteWhileEditing();
		else if (roll < 0.87) {
			if (peer.online) {
				peer.online = false;
				peer.session++;
			}
		} else if (roll < 0.93) {
			if (!peer.online) {
				peer.online = true;
				this.sync(peer);
			}
		} else if (roll < 0.95) {
			peer.reload(random.pick(RELOAD_MODES), this.clientId(), random);
			this.reloads++;
			if (peer.online) this.sync(peer);
		} else if (roll < 0.98) {
			// Resend what was dropped, on connections that still exist.
			const resend = this.unacknowledged.splice(0, random.int(1, this.unacknowledged.length || 1));
			for (const message of resend)
				if (this.alive(message)) this.queue.push({ ...message, due: this.now });
		} else if (peer.online) this.sync(peer);
		this.deliver();
	}

	/** Everyone comes online and syncs; messages then arrive (reordered, duplicated) but none are lost. */
	heal(): void {
		for (const peer of this.peers) {
			if (!peer.online) {
				peer.online = true;
				peer.session++;
			}
		}
		this.unacknowledged = [];
		for (const peer of this.peers) this.sync(peer, true);
		for (let round = 0; this.queue.length > 0; round++) {
			if (round > 100) throw new Error('the network did not settle after healing');
			this.deliver(true);
		}
	}

	/** Why the peers disagree, or null when they hold the same plan. */
	divergence(): string | null {
		const [first] = this.peers as [Peer];
		const expected = JSON.stringify(first.plan.toJSON());
		const vector = Y.encodeStateVector(first.ydoc).join(',');
		for (const peer of this.peers) {
			const { pendingStructs, pendingDs } = peer.ydoc.store;
			if (pendingStructs !== null || pendingDs !== null)
				return `peer ${peer.index} has pending ${pendingStructs ? 'structs' : 'deletes'}`;
			if (Y.encodeStateVector(peer.ydoc).join(',') !== vector)
				return `peer ${peer.index} has another state vector than peer 0`;
			const plan = peer.plan.toJSON();
			const json = JSON.stringify(plan);
			if (json !== expected) return `peer ${peer.index}: ${firstDifference(json, expected)}`;
			const dangling = danglingReference(plan);
			if (dangling) return `peer ${peer.index} reads ${dangling}`;
			// The plan's cached views must match a plan read afresh from the same state.
			const fresh = freshJson(peer.ydoc);
			if (fresh !== json)
				return `peer ${peer.index}'s views are stale: ${firstDifference(json, fresh)}`;
		}
		return null;
	}
}

/** Runs one seed: `steps` steps, then heals the network and compares every peer. */
export function runFuzz(options: FuzzOptions): FuzzResult {
	const peers = options.peers ?? 5 + (options.seed % 3);
	if (peers < 2) throw new Error('A network needs at least two peers.');
	const restore = seededIds(new Random(options.seed ^ 0x5eed));
	let network: Network | undefined;
	let step = 0;
	try {
		network = new Network(options.seed, peers);
		for (; step < options.steps; step++) network.step();
		network.heal();
		const error = network.divergence();
		return summary(options, network, peers, error ? `after healing: ${error}` : undefined);
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		return summary(options, network, peers, `at step ${step}: ${message}`);
	} finally {
		restore();
	}
}

function summary(
	options: FuzzOptions,
	network: Network | undefined,
	peers: number,
	error: string | undefined
): FuzzResult {
	return {
		seed: options.seed,
		steps: options.steps,
		peers,
		encodings: network?.encodings ?? '',
		edits: network?.edits ?? 0,
		messages: network?.messages ?? 0,
		reloads: network?.reloads ?? 0,
		methods: network?.methods ?? {},
		...(error === undefined ? {} : { error })
	};
}

/**
 * promoteNote names the records it makes with newId(), from crypto.getRandomValues. Ids decide
 * list order, and list order decides which record a later step picks, so while a run lasts ids
 * come from the seed: a replay of a failing seed then takes exactly the same steps.
 */
function seededIds(random: Random): () => void {
	const crypto = globalThis.crypto;
	Object.defineProperty(crypto, 'getRandomValues', {
		configurable: true,
		writable: true,
		value: <T extends ArrayBufferView | null>(array: T): T => {
			if (array instanceof Uint8Array)
				for (let i = 0; i < array.length; i++) array[i] = random.int(0, 255);
			return array;
		}
	});
	return () => {
		delete (crypto as { getRandomValues?: unknown }).getRandomValues;
	};
}

/**
 * A link the plan reads whose record does not exist. Peers link to records others are
 * deleting all the time; the plan must read only links between records that exist.
 */
export function danglingReference(plan: Plan): string | null {
	const ids = (records: readonly { id: string }[]) => new Set(records.map((record) => record.id));
	const stakeholders = ids(plan.stakeholders);
	const platforms = ids(plan.platforms);
	for (const link of plan.presence) {
		if (!stakeholders.has(link.stakeholderId) || !platforms.has(link.platformId))
			return `a presence link ${link.stakeholderId}:${link.platformId} to a deleted record`;
	}
	for (const goal of plan.goals) {
		const missing =
			goal.stakeholderIds.find((id) => !stakeholders.has(id)) ??
			goal.platformIds.find((id) => !platforms.has(id));
		if (missing) return `goal ${goal.id} linking to deleted record ${missing}`;
	}
	// Ratings are not checked: revealed ballots rate without a team record.
	return null;
}

/** The plan as a PlanDoc freshly built from `ydoc`'s state reads it, as JSON. */
function freshJson(ydoc: Y.Doc): string {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
	const plan = new PlanDoc(copy);
	const json = JSON.stringify(plan.toJSON());
	plan.destroy();
	copy.destroy();
	return json;
}

function firstDifference(actual: string, expected: string): string {
	let at = 0;
	while (at < actual.length && actual[at] === expected[at]) at++;
	const from = Math.max(0, at - 80);
	return `differs at character ${at}: …${actual.slice(from, at + 80)}… instead of …${expected.slice(from, at + 80)}…`;
}

function shuffle<T>(random: Random, items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = random.int(0, i);
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}
