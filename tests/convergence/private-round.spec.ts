/**
 * Private rounds over real Yjs documents and presence, through a model of the relay: plan and
 * facilitation documents are shared by everyone online; a drafts document travels only between the
 * devices of its owner (the relay refuses everyone else, see authorize.spec.ts). Devices go offline,
 * the relay restarts from what it had stored, two devices of one person publish at once; no private
 * text may reach anyone else before the reveal, and after it every note is on every board once.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
	applyAwarenessUpdate,
	Awareness,
	encodeAwarenessUpdate,
	removeAwarenessStates
} from 'y-protocols/awareness';
import { revealPlacement } from '../../src/lib/canvas/reveal-layout';
import { DraftsDoc } from '../../src/lib/doc/drafts-doc';
import { FacilitationDoc } from '../../src/lib/doc/facilitation-doc';
import { TxOrigin } from '../../src/lib/doc/origins';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { peersOf } from '../../src/lib/sync/presence';
import type { Role } from '../../src/lib/sync/protocol';
import { FacilitationController } from '../../src/lib/state/facilitation.svelte';
import { PresenceController } from '../../src/lib/state/presence.svelte';
import { PrivateRoundController } from '../../src/lib/state/private-round.svelte';
import { presenceState } from '../factories/presence';
import { Random } from '../factories/random';

const remote = new TxOrigin('remote');
const STEP = 'listening' as const;

/** What the relay holds: the shared documents and one drafts document per owner. */
class Relay {
	plan = new Y.Doc();
	facilitation = new Y.Doc();
	drafts = new Map<string, Y.Doc>();
	#stored: { plan: Uint8Array; facilitation: Uint8Array; drafts: Map<string, Uint8Array> } | null =
		null;

	draftsOf(ballot: string): Y.Doc {
		let doc = this.drafts.get(ballot);
		if (!doc) this.drafts.set(ballot, (doc = new Y.Doc()));
		return doc;
	}

	/** The relay's store runs (debounced in the real one). */
	store(): void {
		this.#stored = {
			plan: Y.encodeStateAsUpdate(this.plan),
			facilitation: Y.encodeStateAsUpdate(this.facilitation),
			drafts: new Map([...this.drafts].map(([id, doc]) => [id, Y.encodeStateAsUpdate(doc)]))
		};
	}

	/** A crash and restart: everything since the last store is gone from the relay. */
	restart(): void {
		const stored = this.#stored;
		this.plan = new Y.Doc();
		this.facilitation = new Y.Doc();
		this.drafts = new Map();
		if (!stored) return;
		Y.applyUpdate(this.plan, stored.plan);
		Y.applyUpdate(this.facilitation, stored.facilitation);
		for (const [id, update] of stored.drafts) Y.applyUpdate(this.draftsOf(id), update);
	}
}

/** Both directions, as a sync step 1/2 exchange does it. */
function exchange(local: Y.Doc, hub: Y.Doc): void {
	Y.applyUpdate(hub, Y.encodeStateAsUpdate(local, Y.encodeStateVector(hub)), remote);
	Y.applyUpdate(local, Y.encodeStateAsUpdate(hub, Y.encodeStateVector(local)), remote);
}

class Device {
	readonly ydoc = new Y.Doc();
	readonly plan = new PlanDoc(this.ydoc);
	readonly facilitationDoc = new FacilitationDoc();
	readonly drafts = new DraftsDoc();
	readonly awareness = new Awareness(new Y.Doc());
	readonly presence = new PresenceController();
	readonly facilitation: FacilitationController;
	readonly rounds: PrivateRoundController;
	#online = true;
	/** Synced with the relay since it last connected (as the relay connection reports it). */
	planSynced = false;
	draftsSynced = false;
	/** Set when the device signed in to its drafts (the round opened them). */
	draftsOpen = false;
	readonly #watchers = new Set<() => void>();

	constructor(
		readonly name: string,
		readonly role: Role,
		readonly ballot: string | null
	) {
		this.presence.attach(this.awareness, presenceState({ name, role, ballot }), peersOf);
		this.facilitation = new FacilitationController(this.presence);
		this.facilitation.attach(this.facilitationDoc, role);
		this.rounds = new PrivateRoundController(
			this.facilitation,
			this.presence,
			this.plan,
			(change) => {
				change(this.plan);
				return true;
			},
			revealPlacement
		);
		this.rounds.attach({
			ballotId: ballot,
			openDrafts:
				role === 'observer'
					? null
					: () => {
							this.draftsOpen = true;
							return {
								doc: this.drafts,
								synced: () => this.draftsSynced,
								watch: (listener) => {
									this.#watchers.add(listener);
									return () => this.#watchers.delete(listener);
								},
								close: () => (this.draftsOpen = false)
							};
						},
			planSynced: () => this.planSynced
		});
		this.facilitationDoc.subscribe(() => this.rounds.changed());
	}

	get online(): boolean {
		return this.#online;
	}

	/** Going offline (or the relay going away) drops every document's sync until it is done again. */
	set online(online: boolean) {
		this.#online = online;
		if (!online) this.disconnected();
	}

	disconnected(): void {
		this.planSynced = false;
		this.draftsSynced = false;
	}

	/** Connection state changed: the controller looks again (as the relay connection tells it). */
	poke(): void {
		for (const watcher of this.#watchers) watcher();
		this.rounds.changed();
	}

	/** Everything this device holds, as bytes and as JSON. */
	everything(): string {
		const docs = [this.ydoc, this.facilitationDoc.ydoc, this.drafts.ydoc];
		const bytes = docs.map((doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8'));
		const json = docs.map((doc) => JSON.stringify(doc.toJSON()));
		const presence = JSON.stringify([...this.awareness.getStates().values()]);
		return [...bytes, ...json, presence].join('\n');
	}

	notes(): { id: string; text: string }[] {
		return this.plan
			.list('notes')
			.map(({ id, text }) => ({ id, text }))
			.sort((a, b) => (a.id < b.id ? -1 : 1));
	}
}

/** Every online device exchanges with the relay, until nothing changes. */
function deliver(relay: Relay, devices: Device[]): void {
	for (let pass = 0; pass < 3; pass += 1) {
		for (const device of devices) {
			if (!device.online) continue;
			exchange(device.ydoc, relay.plan);
			device.planSynced = true;
			exchange(device.facilitationDoc.ydoc, relay.facilitation);
			if (device.ballot && device.draftsOpen) {
				exchange(device.drafts.ydoc, relay.draftsOf(device.ballot));
				device.draftsSynced = true;
			}
		}
		for (const from of devices) {
			for (const to of devices) {
				if (from === to || !to.online) continue;
				if (from.online) {
					const update = encodeAwarenessUpdate(from.awareness, [from.awareness.clientID]);
					applyAwarenessUpdate(to.awareness, update, 'remote');
				} else if (to.awareness.getStates().has(from.awareness.clientID)) {
					removeAwarenessStates(to.awareness, [from.awareness.clientID], 'remote');
				}
			}
		}
		for (const device of devices) device.poke();
	}
}

let devices: Device[] = [];
afterEach(() => {
	for (const device of devices) {
		device.rounds.destroy();
		device.facilitation.destroy();
		device.presence.destroy();
	}
	devices = [];
});

function room() {
	const ana = 'a'.repeat(26);
	const ben = 'b'.repeat(26);
	const lead = new Device('Inès', 'facilitator', 'f'.repeat(26));
	const ana1 = new Device('Ana', 'participant', ana);
	const ana2 = new Device('Ana', 'participant', ana);
	const benDevice = new Device('Ben', 'participant', ben);
	const watcher = new Device('Olu', 'observer', null);
	devices = [lead, ana1, ana2, benDevice, watcher];
	return { relay: new Relay(), lead, ana1, ana2, ben: benDevice, watcher, all: devices };
}

describe('private rounds: convergence', () => {
	it('keeps each note with its writer until the reveal, then puts it on every board once', () => {
		const { relay, lead, ana1, ana2, ben, watcher, all } = room();
		lead.rounds.start(STEP, 'columns');
		deliver(relay, all);
		expect(ana1.rounds.canWrite && ben.rounds.canWrite && lead.rounds.canWrite).toBe(true);
		expect(watcher.rounds.canWrite).toBe(false);

		ana1.rounds.write('CANARY-ana-1', 'pink');
		ben.rounds.write('CANARY-ben-1', 'blue');
		ben.rounds.write('CANARY-ben-2', 'green');
		deliver(relay, all);
		ana2.rounds.write('CANARY-ana-2', 'yellow');
		deliver(relay, all);

		// The check finds a canary where it is: on the writer's other device.
		expect(ana1.everything()).toContain('CANARY-ana-2');
		const writers = { 'CANARY-ana': [ana1, ana2], 'CANARY-ben': [ben] };
		for (const [canary, own] of Object.entries(writers)) {
			for (const device of all) {
				if (own.includes(device)) continue;
				expect(device.everything(), `${device.name} holds ${canary}`).not.toContain(canary);
			}
		}
		expect(ana2.rounds.mine.map((draft) => draft.text)).toEqual(['CANARY-ana-1', 'CANARY-ana-2']);
		// Everyone sees the counts, the observer too; never the text.
		expect(watcher.rounds.counts.map(({ name, count }) => [name, count])).toEqual([
			['Ana', 2],
			['Ben', 2],
			['Inès', 0]
		]);

		lead.rounds.reveal();
		deliver(relay, all);
		const expected = ['CANARY-ana-1', 'CANARY-ana-2', 'CANARY-ben-1', 'CANARY-ben-2'];
		for (const device of all) {
			expect(
				device
					.notes()
					.map((note) => note.text)
					.sort(),
				device.name
			).toEqual(expected);
		}
		expect(ana1.drafts.all).toEqual([]);
		expect(ana2.drafts.all).toEqual([]);
		// One column per person: Ana's notes share an x, Ben's another.
		const xs = new Map(lead.plan.list('notes').map((note) => [note.text, note.position?.[0]]));
		expect(xs.get('CANARY-ana-1')).toBe(xs.get('CANARY-ana-2'));
		expect(xs.get('CANARY-ben-1')).toBe(xs.get('CANARY-ben-2'));
		expect(xs.get('CANARY-ana-1')).not.toBe(xs.get('CANARY-ben-1'));
	});

	it('an owner offline at the reveal publishes on return, once, whatever else happens', () => {
		const random = new Random(20_261_206);
		for (let trial = 0; trial < 12; trial += 1) {
			const { relay, lead, ana1, ana2, ben, all } = room();
			lead.rounds.start(STEP, random.pick(['columns', 'stacked'] as const));
			deliver(relay, all);
			const texts: string[] = [];
			for (let step = 0; step < 12; step += 1) {
				const writer = random.pick([ana1, ana2, ben, lead]);
				const text = `T${trial}-${step}`;
				if (writer.rounds.write(text, 'yellow')) texts.push(text);
				if (random.chance(0.3)) {
					const flip = random.pick([ana1, ana2, ben]);
					flip.online = !flip.online;
				}
				if (random.chance(0.5)) deliver(relay, all);
				if (random.chance(0.2)) relay.store();
			}
			// Drafts written offline reach the relay before the reveal only for those online.
			for (const device of [ana1, ana2, ben]) device.online = random.chance(0.5);
			deliver(relay, all);
			relay.store();
			lead.rounds.reveal();
			deliver(relay, all);
			// The facilitator leaves right after the reveal; the relay restarts from its store.
			lead.online = false;
			if (random.chance(0.5)) relay.store();
			relay.restart();
			for (const device of all) device.disconnected();
			deliver(relay, all);
			for (const device of [ana1, ana2, ben]) device.online = true;
			lead.online = true;
			deliver(relay, all);
			deliver(relay, all);
			const notes = lead.notes();
			expect(notes.map((note) => note.text).sort(), `trial ${trial}`).toEqual([...texts].sort());
			expect(new Set(notes.map((note) => note.id)).size).toBe(notes.length);
			for (const device of all) expect(device.notes(), `trial ${trial}`).toEqual(notes);
			for (const device of [ana1, ana2, ben, lead]) expect(device.drafts.all).toEqual([]);
			afterEachTrial();
		}
	}, 60_000);
});

function afterEachTrial(): void {
	for (const device of devices) {
		device.rounds.destroy();
		device.facilitation.destroy();
		device.presence.destroy();
	}
	devices = [];
}
