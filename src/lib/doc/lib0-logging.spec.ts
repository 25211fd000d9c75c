import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BOLD, ORANGE, RED, UNBOLD, plainArgs, print, warn } from './lib0-logging';

describe('lib0 logging stand-in', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each([
		{ name: 'text and numbers', args: ['a', 1], plain: ['a', 1] },
		{
			name: 'style markers dropped',
			args: [ORANGE, BOLD, '[yjs] ', UNBOLD, RED, 'x'],
			plain: ['[yjs] ', 'x']
		},
		{ name: 'objects kept', args: ['Structs: ', { a: 1 }], plain: ['Structs: ', { a: 1 }] },
		{ name: 'a lone function is called', args: [() => [BOLD, 'late']], plain: ['late'] },
		{ name: 'nothing', args: [], plain: [] }
	])('$name', ({ args, plain }) => {
		expect(plainArgs(args)).toEqual(plain);
	});

	it('prints and warns through the console', () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const warning = vi.spyOn(console, 'warn').mockImplementation(() => {});
		print(BOLD, 'hello', UNBOLD);
		warn(ORANGE, 'careful');
		expect(log).toHaveBeenCalledWith('hello');
		expect(warning).toHaveBeenCalledWith('careful');
	});

	it('is what `lib0/logging` resolves to in the app’s bundles, and Yjs warns through it', async () => {
		const aliased = (await import('lib0/logging')) as unknown as { plainArgs?: unknown };
		expect(aliased.plainArgs).toBe(plainArgs);
		const warning = vi.spyOn(console, 'warn').mockImplementation(() => {});
		// Reading a type that belongs to no document is one of Yjs's warnings.
		new Y.Map().get('x');
		expect(warning).toHaveBeenCalledWith(
			'Invalid access: Add Yjs type to a document before reading data.'
		);
	});
});
