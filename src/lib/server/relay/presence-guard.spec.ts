import { describe, expect, it } from 'vitest';
import { ballotIdFor } from '../../sync/protocol';
import * as encoding from 'lib0/encoding';
import {
	judgePresence,
	readPresenceEntries,
	writePresenceFrame,
	type ClientOwner,
	type KnownClient,
	type PresenceEntry,
	type PresenceSender
} from './presence-guard';

const limits = { clientsPerSocket: 2, stateBytes: 128, clockStep: 10 };
const ballot = ballotIdFor('b'.repeat(32));
const otherBallot = ballotIdFor('c'.repeat(32));
const me: PresenceSender = { socket: 1, role: 'participant', ballotId: ballot };
const text = new TextEncoder();

/** A Hocuspocus frame: document name, message type, then whatever `write` adds. */
function rawFrame(
	name: string,
	type: number,
	write: (encoder: encoding.Encoder) => void = () => {}
) {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, name);
	encoding.writeVarUint(encoder, type);
	write(encoder);
	return encoding.toUint8Array(encoder);
}

function entry(clientId: number, clock: number, state: unknown): PresenceEntry {
	const json =
		typeof state === 'string' && state.startsWith('raw:') ? state.slice(4) : JSON.stringify(state);
	return { clientId, clock, state: text.encode(json) };
}

/**
 * The relay as the tables describe it: 100 is mine (clock 5), 200 the facilitator's on socket 2
 * (clock 7), 300 belonged to me as the same person on a socket that left (clock 40), 400 belonged
 * to someone else who left (clock 3), 500 left without a ballot secret (clock 20), 600 was removed
 * (clock 9, no state) and is socket 2's.
 */
const known = new Map<number, KnownClient>([
	[100, { clock: 5, present: true }],
	[200, { clock: 7, present: true }],
	[300, { clock: 40, present: false }],
	[400, { clock: 3, present: false }],
	[500, { clock: 20, present: false }],
	[600, { clock: 9, present: false }]
]);
const owners = new Map<number, ClientOwner>([
	[100, { socket: 1, identity: `participant:${ballot}` }],
	[200, { socket: 2, identity: `facilitator:${otherBallot}` }],
	[300, { socket: null, identity: `participant:${ballot}` }],
	[400, { socket: null, identity: `participant:${otherBallot}` }],
	[500, { socket: null, identity: null }],
	[600, { socket: 2, identity: `facilitator:${otherBallot}` }]
]);

function judge(entries: PresenceEntry[], sender = me, owned = 1) {
	return judgePresence(
		entries,
		sender,
		{
			known: (id) => known.get(id),
			owner: (id) => owners.get(id),
			ownedBy: (socket) => (socket === sender.socket ? owned : 0)
		},
		limits
	);
}

const state = { name: 'Ada', role: 'participant', ballot };

describe('judgePresence', () => {
	it.each<[string, PresenceEntry[], unknown]>([
		['an update of my own id', [entry(100, 6, state)], { apply: [100], claims: [] }],
		['the default state {}', [entry(100, 6, {})], { apply: [100], claims: [] }],
		['removing my own id', [entry(100, 6, null)], { apply: [100], claims: [] }],
		['a new id of mine', [entry(700, 0, state)], { apply: [700], claims: [700] }],
		[
			'a new id with a large first clock',
			[entry(700, 90_000, state)],
			{ apply: [700], claims: [700] }
		],
		[
			'my ballot as null',
			[entry(100, 6, { ...state, ballot: null })],
			{ apply: [100], claims: [] }
		],
		// Echoes: a provider sends back what the relay told it; nothing changes, nothing is applied.
		['an echo of the facilitator', [entry(200, 7, { name: 'Inès' })], { apply: [], claims: [] }],
		[
			'an older state of the facilitator',
			[entry(200, 2, { name: 'X' })],
			{ apply: [], claims: [] }
		],
		['an echo of a removal', [entry(600, 9, null)], { apply: [], claims: [] }],
		[
			'a query answer: mine and echoes',
			[entry(200, 7, {}), entry(100, 6, state), entry(600, 9, null)],
			{ apply: [100], claims: [] }
		],
		['my own id back after a reconnect', [entry(300, 900, state)], { apply: [300], claims: [300] }],
		[
			'a departed id without a ballot, small step',
			[entry(500, 25, state)],
			{ apply: [500], claims: [500] }
		],
		['an older clock of my own', [entry(100, 2, { name: 'old' })], { apply: [], claims: [] }],
		[
			'my draft count',
			[entry(100, 6, { ...state, drafts: { round: 'round1', count: 3 } })],
			{ apply: [100], claims: [] }
		],
		['no draft count', [entry(100, 6, { ...state, drafts: null })], { apply: [100], claims: [] }]
	])('applies %s', (_name, entries, expected) => {
		const judgement = judge(entries);
		expect(judgement.verdict).toBe('apply');
		if (judgement.verdict !== 'apply') return;
		expect({
			apply: judgement.entries.map((e) => e.clientId),
			claims: judgement.claims
		}).toEqual(expected);
	});

	it.each<[string, PresenceEntry[], string, number?]>([
		['overwriting the facilitator', [entry(200, 8, { name: 'Mallory' })], 'presenceNotOwned'],
		['removing the facilitator', [entry(200, 7, null)], 'presenceNotOwned'],
		['removing the facilitator, later clock', [entry(200, 8, null)], 'presenceNotOwned'],
		['freezing the facilitator at 2^53', [entry(200, 2 ** 53, {})], 'presenceNotOwned'],
		['taking a departed person’s id', [entry(400, 4, state)], 'presenceNotOwned'],
		['removing an id nobody has', [entry(800, 1, null)], 'presenceNotOwned'],
		['a third id', [entry(700, 0, state), entry(701, 0, state)], 'presenceTooManyClients'],
		['the same id twice', [entry(100, 6, state), entry(100, 7, state)], 'presenceRepeated'],
		['my clock jumping', [entry(100, 16, state)], 'presenceClock'],
		['my clock at 2^53', [entry(100, 2 ** 53, state)], 'presenceClock'],
		['a new id at 2^53', [entry(700, 2 ** 53, state)], 'presenceClock'],
		['a departed id without a ballot, big step', [entry(500, 31, state)], 'presenceClock'],
		['a state over the size', [entry(100, 6, { name: 'x'.repeat(128) })], 'presenceTooLarge'],
		['another role', [entry(100, 6, { ...state, role: 'facilitator' })], 'presenceRole'],
		['a role that is not a string', [entry(100, 6, { role: 1 })], 'presenceRole'],
		['another ballot', [entry(100, 6, { ...state, ballot: otherBallot })], 'presenceBallot'],
		[
			'a draft count too large',
			[entry(100, 6, { ...state, drafts: { round: 'round1', count: 1_000_000 } })],
			'presenceDrafts'
		],
		[
			'a draft count carrying text',
			[entry(100, 6, { ...state, drafts: { round: 'round1', count: 1, text: 'secret' } })],
			'presenceDrafts'
		],
		[
			'a draft count with a fractional count',
			[entry(100, 6, { ...state, drafts: { round: 'round1', count: 1.5 } })],
			'presenceDrafts'
		],
		[
			'a draft count for a malformed round',
			[entry(100, 6, { ...state, drafts: { round: 'Round 1!', count: 1 } })],
			'presenceDrafts'
		],
		['a draft count as a string', [entry(100, 6, { ...state, drafts: '3' })], 'presenceDrafts'],
		['a list for a state', [entry(100, 6, [1, 2])], 'presenceNotObject'],
		['a number for a state', [entry(100, 6, 3)], 'presenceNotObject'],
		['null written oddly', [entry(100, 6, 'raw: null')], 'presenceNotObject'],
		[
			'a good entry beside a bad one',
			[entry(100, 6, state), entry(200, 8, { name: 'Mallory' })],
			'presenceNotOwned'
		]
	])('drops %s', (_name, entries, reason) => {
		expect(judge(entries)).toMatchObject({ verdict: 'drop', reason });
	});

	it('drops a ballot from a token without a ballot secret, and checks the role', () => {
		const anonymous: PresenceSender = { socket: 9, role: 'observer', ballotId: null };
		expect(judge([entry(900, 0, { role: 'observer', ballot })], anonymous, 0)).toMatchObject({
			reason: 'presenceBallot'
		});
		expect(judge([entry(900, 0, { role: 'facilitator' })], anonymous, 0)).toMatchObject({
			reason: 'presenceRole'
		});
		expect(judge([entry(900, 0, { role: 'observer', ballot: null })], anonymous, 0).verdict).toBe(
			'apply'
		);
	});

	it('lets the same person take over an id from a socket not yet gone', () => {
		const facilitator: PresenceSender = { socket: 5, role: 'facilitator', ballotId: otherBallot };
		const judgement = judge([entry(200, 3_000, { role: 'facilitator' })], facilitator, 0);
		expect(judgement).toMatchObject({ verdict: 'apply', claims: [200] });
	});

	describe('the canvas field', () => {
		const id = (n: number) => `n${String(n).padStart(15, '0')}`;
		const ids = (count: number) => Array.from({ length: count }, (_, n) => id(n));
		const canvas = (value: unknown) => [entry(100, 6, { canvas: value })];
		const roomy = { ...limits, stateBytes: 4 * 1024 };
		const judgeRoomy = (entries: PresenceEntry[]) =>
			judgePresence(
				entries,
				me,
				{ known: (c) => known.get(c), owner: (c) => owners.get(c), ownedBy: () => 1 },
				roomy
			);
		const good = { step: 'purpose', pointer: [10, -20], selection: [id(1)], drag: null };

		it.each<[string, unknown]>([
			['none', null],
			['a pointer and a selection', good],
			['a drag of 50 notes', { ...good, selection: [], drag: { ids: ids(50), dx: 5, dy: -5 } }],
			['no pointer', { ...good, pointer: null }],
			['a pointer at the edge', { ...good, pointer: [1_000_000, -1_000_000] }]
		])('applies %s', (_name, value) => {
			expect(judgeRoomy(canvas(value)).verdict).toBe('apply');
		});

		it.each<[string, unknown]>([
			['a list', [1]],
			['an unknown step', { ...good, step: 'lunch' }],
			['51 selected notes', { ...good, selection: ids(51) }],
			['51 dragged notes', { ...good, drag: { ids: ids(51), dx: 0, dy: 0 } }],
			['a selected id that is not an id', { ...good, selection: ['<img>'] }],
			['a pointer beyond the canvas', { ...good, pointer: [1_000_001, 0] }],
			['a pointer of three numbers', { ...good, pointer: [1, 2, 3] }],
			['a pointer that is text', { ...good, pointer: ['1', '2'] }],
			['a drag without ids', { ...good, drag: { dx: 1, dy: 1 } }],
			['a drag by an infinite amount', { ...good, drag: { ids: [id(1)], dx: 1e300, dy: 0 } }],
			['no selection', { step: 'purpose', pointer: null, drag: null }]
		])('drops %s', (_name, value) => {
			expect(judgeRoomy(canvas(value))).toMatchObject({
				verdict: 'drop',
				reason: 'presenceCanvas'
			});
		});

		it('fits the largest canvas presence an honest device sends in the relay’s state size', () => {
			// A drag sends its ids and an empty selection; ids are 16 characters (newId).
			const largest = {
				...state,
				name: 'N'.repeat(80),
				canvas: {
					step: 'stakeholders',
					pointer: [-999_999.5, -999_999.5],
					selection: [],
					drag: { ids: ids(50), dx: -1_999_999.5, dy: -1_999_999.5 }
				}
			};
			expect(text.encode(JSON.stringify(largest)).byteLength).toBeLessThan(roomy.stateBytes);
			expect(judgeRoomy([entry(100, 6, largest)]).verdict).toBe('apply');
		});
	});

	it('calls a state that is not JSON malformed', () => {
		expect(judge([entry(100, 6, 'raw:{"name":')])).toEqual({ verdict: 'malformed' });
	});
});

describe('readPresenceEntries and writePresenceFrame', () => {
	it('reads back what it writes', () => {
		const entries = [entry(100, 6, state), entry(4_000_000_000, 1, null)];
		const frame = writePresenceFrame('room', entries);
		expect(readPresenceEntries(frame)).toEqual(entries);
	});

	it.each<[string, Uint8Array, unknown]>([
		['a frame of another type', rawFrame('room', 0), null],
		['a cut frame', writePresenceFrame('room', [entry(1, 1, {})]).slice(0, -3), null],
		[
			'too many entries',
			rawFrame('room', 1, (encoder) => {
				const update = encoding.createEncoder();
				encoding.writeVarUint(update, 5_000);
				encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
			}),
			'tooMany'
		]
	])('reads %s as %s', (_name, frame, expected) => {
		expect(readPresenceEntries(frame)).toEqual(expected);
	});
});
