import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { FacilitationDoc, readRound, type PrivateRound } from './facilitation-doc';
import { startTimer } from '../domain/timer';
import { defaultAgenda, setMinutes, startSession } from '../domain/agenda';

describe('FacilitationDoc', () => {
	it('starts idle and reads back what the facilitator sets', () => {
		const doc = new FacilitationDoc();
		expect(doc.value).toEqual({
			step: null,
			follow: false,
			timer: { kind: 'idle' },
			locked: [],
			readyRound: 1,
			vote: null,
			round: null,
			agenda: defaultAgenda(),
			session: null
		});
		const seen: number[] = [];
		doc.subscribe(() => seen.push(1));
		doc.setStep('stakeholders');
		doc.setFollow(true);
		doc.setTimer(startTimer(5, 1000));
		doc.setLocked('purpose', true);
		doc.setLocked('goals', true);
		doc.setLocked('goals', false);
		expect(doc.value).toEqual({
			step: 'stakeholders',
			follow: true,
			timer: { kind: 'running', endsAt: 301_000, durationMs: 300_000 },
			locked: ['purpose'],
			readyRound: 1,
			vote: null,
			round: null,
			agenda: defaultAgenda(),
			session: null
		});
		expect(seen.length).toBe(6);
		doc.newReadyRound();
		expect(doc.value.readyRound).toBe(2);
	});

	it('reaches another device through Yjs updates', () => {
		const a = new FacilitationDoc();
		const b = new FacilitationDoc(new Y.Doc());
		a.setStep('goals');
		a.setLocked('review', true);
		Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
		expect(b.value.step).toBe('goals');
		expect(b.value.locked).toEqual(['review']);
	});

	it('holds a vote: open without results, revealed with them', () => {
		const doc = new FacilitationDoc();
		const vote = {
			id: 'v1',
			target: 'notes' as const,
			step: 'purpose' as const,
			budget: 3,
			onePerItem: false,
			state: 'open' as const,
			results: { a: 2 },
			voters: 0
		};
		doc.setVote(vote);
		expect(doc.value.vote).toEqual({ ...vote, results: null });
		doc.setVote({ ...vote, state: 'revealed', results: { a: 2 }, voters: 2 });
		expect(doc.value.vote?.results).toEqual({ a: 2 });
		doc.ydoc.getMap('facilitation').set('vote', { id: 'x', target: 'secrets', step: 'purpose' });
		expect(doc.value.vote).toBeNull();
	});

	it('ignores malformed values from a foreign device', () => {
		const doc = new FacilitationDoc();
		doc.ydoc.getMap('facilitation').set('step', '../admin');
		doc.ydoc.getMap('facilitation').set('timer', 'forever');
		expect(doc.value.step).toBeNull();
		expect(doc.value.timer).toEqual({ kind: 'idle' });
	});

	it('holds a private round: writing, then revealed with its columns and origin', () => {
		const doc = new FacilitationDoc();
		const round: PrivateRound = {
			id: 'round0001',
			step: 'listening',
			mode: 'columns',
			state: 'writing',
			columns: [],
			origin: null
		};
		doc.setRound(round);
		expect(doc.value.round).toEqual(round);
		const ballots = ['b'.repeat(26), 'a'.repeat(26)];
		doc.setRound({ ...round, state: 'revealed', columns: ballots, origin: { x: 0, y: 420 } });
		expect(doc.value.round).toMatchObject({
			state: 'revealed',
			columns: [...ballots].sort(),
			origin: { x: 0, y: 420 }
		});
		doc.setRound(null);
		expect(doc.value.round).toBeNull();
	});

	const good = { id: 'round0001', step: 'purpose', mode: 'stacked', state: 'revealed' };
	it.each<[string, unknown, Partial<PrivateRound> | null]>([
		['nothing', undefined, null],
		['a string', 'round', null],
		['an id that is no id', { ...good, id: '../x' }, null],
		['an unknown step', { ...good, step: 'admin' }, null],
		['a good round', good, { mode: 'stacked', state: 'revealed', columns: [], origin: null }],
		['an unknown mode', { ...good, mode: 'grid' }, { mode: 'columns' }],
		['an unknown state', { ...good, state: 'open' }, { state: 'writing' }],
		[
			'columns with junk and repeats',
			{
				...good,
				columns: ['zz' + 'a'.repeat(24), 42, 'Bad!', 'zz' + 'a'.repeat(24), 'c'.repeat(26)]
			},
			{ columns: ['c'.repeat(26), 'zz' + 'a'.repeat(24)] }
		],
		['columns that are no list', { ...good, columns: 'abc' }, { columns: [] }],
		[
			'an origin far away',
			{ ...good, origin: { x: 1e300, y: -1e300 } },
			{ origin: { x: 1e6, y: -1e6 } }
		],
		['an origin of NaN', { ...good, origin: { x: Number.NaN, y: 0 } }, { origin: null }],
		['an origin as a list', { ...good, origin: [1, 2] }, { origin: null }]
	])('reads a round from %s', (_name, stored, expected) => {
		const round = readRound(stored);
		if (expected === null) expect(round).toBeNull();
		else expect(round).toMatchObject(expected);
	});

	it('carries the agenda and the session record to another device, coerced on read', () => {
		const lead = new FacilitationDoc();
		const other = new FacilitationDoc();
		lead.ydoc.on('update', (update: Uint8Array) => Y.applyUpdate(other.ydoc, update));
		lead.setAgenda(setMinutes(defaultAgenda(), 'goals', 45));
		lead.setSession(startSession(5_000), { step: 'goals', timer: startTimer(45, 5_000) });
		expect(
			other.value.agenda.items.find((item) => item.kind === 'step' && item.step === 'goals')
		).toMatchObject({ minutes: 45 });
		expect(other.value).toMatchObject({
			step: 'goals',
			session: { startedAt: 5_000 },
			timer: { kind: 'running' }
		});
		// Whatever a hostile writer puts there reads as something the views can show.
		lead.ydoc.getMap('facilitation').set('agenda', { items: 'nope', startsAt: -1 });
		lead.ydoc.getMap('facilitation').set('session', { startedAt: Number.NaN });
		expect(other.value.agenda).toEqual(defaultAgenda());
		expect(other.value.session).toBeNull();
	});
});

describe('revealed votes', () => {
	it('keeps every revealed vote with its moment, in the change that reveals it', () => {
		const doc = new FacilitationDoc();
		let changes = 0;
		doc.subscribe(() => changes++);
		const vote = {
			id: 'vote1',
			target: 'stakeholders' as const,
			step: 'stakeholders' as const,
			budget: 3,
			onePerItem: false,
			state: 'revealed' as const,
			results: { a: 2 },
			voters: 2
		};
		doc.setRevealedVote(vote, 1_000);
		doc.setRevealedVote({ ...vote, id: 'vote2', results: { b: 1 } }, 2_000);
		expect(changes).toBe(2);
		expect(doc.value.vote?.id).toBe('vote2');
		expect(doc.revealedVotes().map((v) => [v.id, v.revealedAt, v.results])).toEqual([
			['vote1', 1_000, { a: 2 }],
			['vote2', 2_000, { b: 1 }]
		]);
	});
});

describe('attendance', () => {
	const a = 'a'.repeat(26);
	const b = 'b'.repeat(26);

	it.each([
		['nothing noted yet', [], 1_000, []],
		['people noted for this session', [[1_000, [a, b]]], 1_000, [a, b]],
		[
			'each person once, in the order first seen',
			[
				[1_000, [a]],
				[1_000, [b, a]]
			],
			1_000,
			[a, b]
		],
		['nothing from another session', [[1_000, [a]]], 2_000, []],
		[
			'a new session starts its own list',
			[
				[1_000, [a]],
				[2_000, [b]]
			],
			2_000,
			[b]
		],
		['no ids that are not ids', [[1_000, ['<b>x</b>', '', a]]], 1_000, [a]]
	] as [string, [number, string[]][], number, string[]][])('%s', (_, notes, session, expected) => {
		const doc = new FacilitationDoc();
		for (const [start, ballots] of notes) doc.noteAttendees(start, ballots);
		expect(doc.attendees(session)).toEqual(expected);
	});

	it('writes only news, and keeps at most a room of people', () => {
		const doc = new FacilitationDoc();
		let changes = 0;
		doc.subscribe(() => changes++);
		doc.noteAttendees(1_000, [a]);
		doc.noteAttendees(1_000, [a]);
		expect(changes).toBe(1);
		const many = Array.from({ length: 600 }, (_, i) => i.toString(36).padStart(26, 'x'));
		doc.noteAttendees(1_000, many);
		expect(doc.attendees(1_000)).toHaveLength(500);
	});

	it('reads a hostile value as nobody', () => {
		const doc = new FacilitationDoc();
		doc.ydoc.getMap('facilitation').set('attendance', { session: 1_000, ballots: 'everyone' });
		expect(doc.attendees(1_000)).toEqual([]);
	});
});
