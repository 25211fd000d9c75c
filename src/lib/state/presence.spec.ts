import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { presenceState } from '../../../tests/factories/presence';
import { newId } from '../domain/ids';
import { PresenceController } from './presence.svelte';
import { peersOf } from '../sync/presence';

const press = newId();
const paper = newId();

const base = presenceState();

/** Two devices whose awareness updates reach each other at once, as over a relay. */
function twoDevices() {
	const a = new Awareness(new Y.Doc());
	const b = new Awareness(new Y.Doc());
	const sent = { a: 0, b: 0 };
	const relay = (from: Awareness, to: Awareness, who: 'a' | 'b') =>
		from.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
			if (origin === 'remote') return;
			sent[who]++;
			const changed = [...added!, ...updated!, ...removed!];
			applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'remote');
		});
	relay(a, b, 'a');
	relay(b, a, 'b');
	return { a, b, sent };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('PresenceController', () => {
	it('is empty and sends nothing before the workshop is shared', () => {
		const presence = new PresenceController();
		presence.set('step', 'purpose');
		expect(presence.peers).toEqual([]);
		expect(presence.me).toBeUndefined();
		expect(presence.editors.size).toBe(0);
	});

	it('lists everyone, this device first, and who edits and drags what', () => {
		const { a, b } = twoDevices();
		const presence = new PresenceController();
		cleanups.push(() => presence.destroy());
		presence.attach(a, base, peersOf);
		b.setLocalState({
			...base,
			name: 'Ana',
			role: 'participant',
			editing: press,
			dragging: { id: press, x: 20, y: 70 }
		});
		expect(presence.peers.map((peer) => [peer.name, peer.self])).toEqual([
			['Inès', true],
			['Ana', false]
		]);
		expect(presence.me?.name).toBe('Inès');
		expect(presence.editors.get(press)?.map((mark) => mark.name)).toEqual(['Ana']);
		expect(presence.drags.get(press)).toMatchObject({ x: 20, y: 70, name: 'Ana' });
	});

	it('keeps the editors and drags it had while only pointers move', () => {
		const { a, b } = twoDevices();
		const presence = new PresenceController();
		cleanups.push(() => presence.destroy());
		presence.attach(a, base, peersOf);
		b.setLocalState({ ...base, name: 'Ana', role: 'participant', editing: press });
		const editors = presence.editors;
		const drags = presence.drags;
		const peers = presence.peers;
		for (let x = 0; x < 5; x++)
			b.setLocalStateField('cursor', { step: 'purpose', x: x / 10, y: 5 });
		expect(presence.peers).not.toBe(peers);
		expect(presence.editors).toBe(editors);
		expect(presence.drags).toBe(drags);
		b.setLocalStateField('editing', paper);
		expect(presence.editors).not.toBe(editors);
		expect([...presence.editors.keys()]).toEqual([paper]);
	});

	it('sends a change of its own only when the value changed, and tells subscribers', () => {
		const { a, b, sent } = twoDevices();
		const presence = new PresenceController();
		cleanups.push(() => presence.destroy());
		const seen: number[] = [];
		presence.subscribe((peers) => seen.push(peers.length));
		presence.attach(a, base, peersOf);
		const before = sent.a;
		presence.set('away', false);
		presence.set('editing', null);
		expect(sent.a).toBe(before);
		presence.set('away', true);
		presence.set('step', 'stakeholders');
		expect(sent.a).toBe(before + 2);
		expect(b.getStates().get(a.clientID)).toMatchObject({ away: true, step: 'stakeholders' });
		expect(seen.length).toBeGreaterThan(0);
	});

	it('stops listening once destroyed', () => {
		const { a, b } = twoDevices();
		const presence = new PresenceController();
		presence.attach(a, base, peersOf);
		presence.destroy();
		b.setLocalState({ ...base, name: 'Ana', role: 'participant' });
		expect(presence.peers.map((peer) => peer.name)).toEqual(['Inès']);
		presence.set('away', true);
		expect(a.getLocalState()?.away).toBe(false);
	});
});
