import { describe, expect, it } from 'vitest';
import {
	ballotIdFor,
	BALLOT_LIST_KIND,
	decodeBallotList,
	decodeToken,
	documentName,
	encodeBallotList,
	encodeToken,
	isBallotId,
	MAX_BALLOTS_PER_ROOM,
	parseDocumentName
} from './protocol';

const room = 'a'.repeat(26);
const secret = 'b'.repeat(32);
const other = 'c'.repeat(32);

describe('document names', () => {
	it.each([
		[room, { roomId: room, kind: 'plan' }],
		[`${room}.facilitation`, { roomId: room, kind: 'facilitation' }],
		[`${room}.versions`, { roomId: room, kind: 'versions' }],
		[`${room}.versions.${'d'.repeat(26)}`, null],
		[`${room}.votes`, null],
		[
			`${room}.ballot.${'d'.repeat(26)}`,
			{ roomId: room, kind: 'ballot', ballotId: 'd'.repeat(26) }
		],
		[
			`${room}.drafts.${'d'.repeat(26)}`,
			{ roomId: room, kind: 'drafts', ballotId: 'd'.repeat(26) }
		],
		[`${room}.drafts`, null],
		[`${room}.drafts.${'d'.repeat(26)}.x`, null],
		[`${room}.ballot`, null],
		[`${room}.ballot.short`, null],
		[`${room}.ballot.${'d'.repeat(26)}.x`, null],
		[`${room}.plan`, null],
		['short', null],
		[`${room}.facilitation.x`, null],
		['../../etc', null]
	])('%s → %o', (name, expected) => {
		expect(parseDocumentName(name)).toEqual(expected);
	});

	it('round-trips', () => {
		expect(parseDocumentName(documentName(room, 'facilitation'))).toEqual({
			roomId: room,
			kind: 'facilitation'
		});
	});
});

describe('tokens', () => {
	it.each([
		['a participant', encodeToken({ v: 1, role: 'participant', secret }), true],
		[
			'a registering facilitator',
			encodeToken({
				v: 1,
				role: 'facilitator',
				secret,
				register: { participant: other, observer: other }
			}),
			true
		],
		[
			'a participant trying to register',
			JSON.stringify({
				v: 1,
				role: 'participant',
				secret,
				register: { participant: other, observer: other }
			}),
			false
		],
		['an unknown role', JSON.stringify({ v: 1, role: 'admin', secret }), false],
		['a ballot owner', encodeToken({ v: 1, role: 'participant', secret, ballot: other }), true],
		[
			'a bad ballot secret',
			JSON.stringify({ v: 1, role: 'participant', secret, ballot: 'x' }),
			false
		],
		['a short secret', JSON.stringify({ v: 1, role: 'participant', secret: 'x' }), false],
		['another version', JSON.stringify({ v: 2, role: 'participant', secret }), false],
		['not JSON', '{nope', false],
		['not a string', 42, false],
		['huge', 'x'.repeat(5000), false]
	])('%s', (_, raw, valid) => {
		expect(decodeToken(raw) !== null).toBe(valid);
	});
});

describe('ballot ids derived from their secret', () => {
	it('are ballot ids, stable, and differ per secret', () => {
		const id = ballotIdFor(secret);
		expect(isBallotId(id)).toBe(true);
		expect(ballotIdFor(secret)).toBe(id);
		expect(ballotIdFor(other)).not.toBe(id);
		expect(id).not.toContain(secret.slice(0, 8));
	});
});

describe('registration keys in tokens', () => {
	const register = (key: unknown) =>
		JSON.stringify({
			v: 1,
			role: 'facilitator',
			secret,
			register: { participant: other, observer: 'd'.repeat(32), key }
		});
	it.each([
		['a short key', register('open sesame'), true],
		['a key at the limit', register('k'.repeat(256)), true],
		['an over-long key', register('k'.repeat(257)), false],
		['a key that is not a string', register(42), false]
	])('%s', (_, raw, valid) => {
		expect(decodeToken(raw) !== null).toBe(valid);
	});
});

describe('ballot lists', () => {
	const a = 'e'.repeat(26);
	it.each([
		['a list', encodeBallotList([a]), [a]],
		['foreign ids dropped', JSON.stringify({ kind: BALLOT_LIST_KIND, ids: [a, 'x', 42] }), [a]],
		['another stateless message', JSON.stringify({ kind: 'other', ids: [a] }), null],
		['not JSON', '{', null],
		['not a string', 42, null]
	])('%s', (_, payload, expected) => {
		expect(decodeBallotList(payload)).toEqual(expected);
	});

	it('never lists more than a room may have', () => {
		const many = Array.from({ length: MAX_BALLOTS_PER_ROOM + 10 }, (_, i) =>
			String(i).padStart(26, '0')
		);
		expect(decodeBallotList(encodeBallotList(many))).toHaveLength(MAX_BALLOTS_PER_ROOM);
	});
});
