import { describe, expect, it } from 'vitest';
import { unnamedPerson } from '../domain/locale';
import { ballotsToOpen, readCanvasPresence, readPresence } from './presence';

const id = (c: string) => c.repeat(26);

describe('ballotsToOpen', () => {
	const peer = (ballot: string | null, self = false) => ({ ballot, self });
	it.each([
		['listed and present', [id('a')], [peer(id('a'))], [], 10, [id('a')]],
		['present but never listed (a presence claim alone)', [], [peer(id('a'))], [], 10, []],
		['listed but nobody present names it', [id('a')], [], [], 10, []],
		['this device’s own ballot', [id('m')], [peer(id('m'), true)], [], 10, []],
		['already open', [id('a')], [peer(id('a'))], [id('a')], 10, []],
		['named twice', [id('a')], [peer(id('a')), peer(id('a'))], [], 10, [id('a')]],
		['no ballot (an observer)', [id('a')], [peer(null)], [], 10, []],
		[
			'never more than the cap, counting those already open',
			[id('a'), id('b'), id('c')],
			[peer(id('a')), peer(id('b')), peer(id('c'))],
			[id('z')],
			2,
			[id('a')]
		]
	] as [string, string[], ReturnType<typeof peer>[], string[], number, string[]][])(
		'%s',
		(_, listed, peers, open, cap, expected) => {
			expect(ballotsToOpen(new Set(listed), peers, id('m'), new Set(open), cap)).toEqual(expected);
		}
	);
});

describe('readPresence: draft counts', () => {
	const base = { name: 'Ana', role: 'participant' };
	it.each([
		['a count', { round: 'round0001', count: 3 }, { round: 'round0001', count: 3 }],
		['none', null, null],
		['a negative count', { round: 'round0001', count: -1 }, null],
		['a huge count', { round: 'round0001', count: 10_000 }, null],
		['a bad round', { round: '<b>', count: 1 }, null],
		['text instead', 'my secret note', null]
	])('%s', (_, drafts, expected) => {
		expect(readPresence({ ...base, drafts })?.drafts).toEqual(expected);
	});
});

describe('readCanvasPresence', () => {
	const good = { step: 'purpose', pointer: [1, 2], selection: [id('a')], drag: null };
	it('keeps a well-formed canvas presence, each id once', () => {
		expect(readCanvasPresence({ ...good, selection: [id('a'), id('a')] })).toEqual(good);
		expect(readCanvasPresence({ ...good, drag: { ids: [id('b')], dx: 3, dy: -4 } })).toEqual({
			...good,
			drag: { ids: [id('b')], dx: 3, dy: -4 }
		});
	});
	it.each([
		['nothing', undefined],
		['a pointer beyond the canvas', { ...good, pointer: [Infinity, 0] }],
		['too many ids', { ...good, selection: Array.from({ length: 51 }, () => id('c')) }],
		['a drag of something else', { ...good, drag: { ids: ['x y'], dx: 0, dy: 0 } }]
	])('drops %s', (_name, value) => {
		expect(readCanvasPresence(value)).toBeNull();
	});
});

describe('readPresence: someone who gave no name', () => {
	it('is named with the reader’s word for someone, a name as typed', () => {
		expect(readPresence({ name: '', role: 'participant' })?.name).toBe(unnamedPerson());
		expect(readPresence({ name: 'Ana', role: 'participant' })?.name).toBe('Ana');
	});
});
