import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { presenceState } from '../../../tests/factories/presence';
import { DraftsDoc } from '../doc/drafts-doc';
import { PlanWriteError } from '../doc/errors';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { PlanDoc } from '../doc/plan-doc';
import { peersOf, type Peer } from '../sync/presence';
import { MAX_DRAFTS_PER_ROUND, type Role } from '../sync/protocol';
import { FacilitationController } from './facilitation.svelte';
import { PresenceController } from './presence.svelte';
import { countsOf, PrivateRoundController, type RevealPlacement } from './private-round.svelte';

/** A column at x = 0 in writing order (the real layout is the canvas layer's, tested there). */
const placement: RevealPlacement = {
	origin: () => ({ x: 0, y: 0 }),
	unsaved: () => ({ positions: new Map(), frames: [] }),
	place: (_round, _person, drafts) =>
		new Map(drafts.map((draft, index) => [draft.id, { position: [0, index * 200], z: 'a0' }]))
};

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const ballot = 'a'.repeat(26);

/** One device on a shared facilitation document, its drafts "connected" while `link.synced`. */
function device(role: Role, shared: FacilitationDoc, refuse = false) {
	const presence = new PresenceController();
	presence.attach(
		new Awareness(new Y.Doc()),
		presenceState({ name: 'Ana', role, ballot }),
		peersOf
	);
	const facilitation = new FacilitationController(presence);
	facilitation.attach(shared, role);
	const plan = new PlanDoc(new Y.Doc());
	const drafts = new DraftsDoc();
	const link = { synced: true, planSynced: true, opened: 0 };
	const rounds = new PrivateRoundController(
		facilitation,
		presence,
		plan,
		(change) => {
			if (refuse) return false;
			try {
				change(plan);
				return true;
			} catch (error) {
				if (error instanceof PlanWriteError) return false;
				throw error;
			}
		},
		placement
	);
	rounds.attach({
		ballotId: role === 'observer' ? null : ballot,
		openDrafts:
			role === 'observer'
				? null
				: () => {
						link.opened += 1;
						return { doc: drafts, synced: () => link.synced, watch: () => () => {}, close() {} };
					},
		planSynced: () => link.planSynced
	});
	const stop = shared.subscribe(() => rounds.changed());
	cleanups.push(() => {
		stop();
		rounds.destroy();
		facilitation.destroy();
		presence.destroy();
	});
	return { rounds, presence, plan, drafts, link };
}

describe('PrivateRoundController', () => {
	it('opens the drafts only once a round is on, and tells only the count', () => {
		const shared = new FacilitationDoc();
		const lead = device('facilitator', shared);
		const ana = device('participant', shared);
		expect(ana.link.opened).toBe(0);
		expect(ana.rounds.write('too early', 'yellow')).toBe(false);
		lead.rounds.start('purpose', 'columns');
		expect(ana.link.opened).toBe(1);
		expect(ana.rounds.write('  a secret  ', 'pink')).toBe(true);
		expect(ana.rounds.write('   ', 'pink')).toBe(false);
		expect(ana.rounds.mine.map((draft) => draft.text)).toEqual(['a secret']);
		const told = ana.presence.me?.drafts;
		expect(told).toEqual({ round: shared.value.round?.id, count: 1 });
		expect(JSON.stringify(ana.presence.me)).not.toContain('a secret');
	});

	it('an observer writes nothing and opens no drafts', () => {
		const shared = new FacilitationDoc();
		device('facilitator', shared).rounds.start('purpose', 'stacked');
		const olga = device('observer', shared);
		expect(olga.rounds.canWrite).toBe(false);
		expect(olga.rounds.write('hello', 'yellow')).toBe(false);
		expect(olga.presence.me?.drafts).toBeNull();
	});

	it('stops at the most drafts a round may have', () => {
		const shared = new FacilitationDoc();
		device('facilitator', shared).rounds.start('purpose', 'columns');
		const ana = device('participant', shared);
		for (let index = 0; index < MAX_DRAFTS_PER_ROUND; index += 1)
			ana.rounds.write(`n${index}`, 'blue');
		expect(ana.rounds.write('one more', 'blue')).toBe(false);
		expect(ana.rounds.mine).toHaveLength(MAX_DRAFTS_PER_ROUND);
	});

	it('publishes at the reveal only once its drafts and plan hold the relay’s copies', () => {
		const shared = new FacilitationDoc();
		const lead = device('facilitator', shared);
		const ana = device('participant', shared);
		lead.rounds.start('listening', 'columns');
		ana.rounds.write('first', 'green');
		ana.rounds.write('second', 'green');
		ana.link.synced = false;
		lead.rounds.reveal();
		expect(ana.plan.list('notes')).toEqual([]);
		ana.link.synced = true;
		ana.link.planSynced = false;
		ana.rounds.changed();
		expect(ana.plan.list('notes')).toEqual([]);
		ana.link.planSynced = true;
		ana.rounds.changed();
		const notes = ana.plan.list('notes');
		expect(notes.map((note) => note.text).sort()).toEqual(['first', 'second']);
		expect(notes.every((note) => note.position !== null && note.step === 'listening')).toBe(true);
		expect(ana.drafts.all).toEqual([]);
		expect(ana.rounds.published).toBe(2);
	});

	it('keeps the drafts when the plan refuses the write', () => {
		const shared = new FacilitationDoc();
		const lead = device('facilitator', shared);
		const ana = device('participant', shared, true);
		lead.rounds.start('goals', 'columns');
		ana.rounds.write('kept', 'yellow');
		lead.rounds.reveal();
		expect(ana.drafts.all.map((draft) => draft.text)).toEqual(['kept']);
	});

	it('never adds a note whose id is already on the board', () => {
		const shared = new FacilitationDoc();
		const lead = device('facilitator', shared);
		const ana = device('participant', shared);
		lead.rounds.start('goals', 'columns');
		ana.rounds.write('once', 'yellow');
		const [draft] = ana.drafts.all;
		ana.plan.add('notes', { step: 'goals', text: 'once, edited by others' }, draft!.id);
		lead.rounds.reveal();
		expect(ana.plan.list('notes').map((note) => note.text)).toEqual(['once, edited by others']);
		expect(ana.drafts.all).toEqual([]);
	});

	it('a round ended without a reveal leaves the drafts with their writer, who may publish them', () => {
		const shared = new FacilitationDoc();
		const lead = device('facilitator', shared);
		const ana = device('participant', shared);
		lead.rounds.start('purpose', 'columns');
		ana.rounds.write('left behind', 'purple');
		lead.rounds.end();
		expect(ana.rounds.mine).toEqual([]);
		expect(ana.rounds.leftover.map((draft) => draft.text)).toEqual(['left behind']);
		expect(ana.plan.list('notes')).toEqual([]);
		ana.rounds.publishLeftover('purpose');
		expect(ana.plan.list('notes').map((note) => note.text)).toEqual(['left behind']);
		expect(ana.rounds.leftover).toEqual([]);
	});
});

describe('countsOf', () => {
	const peer = (patch: Partial<Peer>): Peer => ({
		...presenceState({ name: 'Someone', role: 'participant' }),
		clientId: 1,
		self: false,
		...patch
	});
	const round = 'round00001';
	const a = 'a'.repeat(26);
	const b = 'b'.repeat(26);
	it.each<[string, Peer[], [string, number][]]>([
		['nobody', [], []],
		[
			'people in the round, by name, me first',
			[
				peer({ clientId: 1, name: 'Zoe', ballot: a, drafts: { round, count: 2 } }),
				peer({ clientId: 2, name: 'Ben', ballot: b, drafts: { round, count: 0 } }),
				peer({
					clientId: 3,
					name: 'Me',
					ballot: 'c'.repeat(26),
					self: true,
					drafts: { round, count: 1 }
				})
			],
			[
				['Me', 1],
				['Ben', 0],
				['Zoe', 2]
			]
		],
		[
			'another round’s count is left out',
			[peer({ name: 'Old', ballot: a, drafts: { round: 'round00002', count: 4 } })],
			[]
		],
		[
			'two devices of one person count once, with the larger count',
			[
				peer({ clientId: 1, name: 'Ana', ballot: a, drafts: { round, count: 1 } }),
				peer({ clientId: 2, name: 'Ana', ballot: a, drafts: { round, count: 3 } })
			],
			[['Ana', 3]]
		],
		[
			'an observer never counts',
			[peer({ name: 'Olga', role: 'observer', drafts: { round, count: 5 } })],
			[]
		]
	])('%s', (_name, peers, expected) => {
		expect(countsOf(peers, round).map(({ name, count }) => [name, count])).toEqual(expected);
	});
});
