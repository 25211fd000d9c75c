import { describe, expect, it } from 'vitest';
import { decodeToken, documentName, encodeToken, parseDocumentName } from './protocol';

const room = 'a'.repeat(26);
const secret = 'b'.repeat(32);
const other = 'c'.repeat(32);

describe('document names', () => {
	it.each([
		[room, { roomId: room, kind: 'plan' }],
		[`${room}.facilitation`, { roomId: room, kind: 'facilitation' }],
		[`${room}.votes`, null],
		[
			`${room}.ballot.${'d'.repeat(26)}`,
			{ roomId: room, kind: 'ballot', ballotId: 'd'.repeat(26) }
		],
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
