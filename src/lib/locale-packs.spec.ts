import { compile } from '@inlang/paraglide-js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	packKeys,
	packSource,
	projectOf,
	pagedModule,
	routePattern,
	splitMessage,
	wordsHash
} from '../../scripts/locale-packs.js';
import { paraglideOptions } from '../../scripts/paraglide-options.js';

/**
 * The client build's split of every message (scripts/locale-packs.js): each compiled message,
 * its words moved into a pack per language and the page's module reading them from there, must
 * say exactly what Paraglide's own module says, in every language, for every plural form.
 */

const project: { baseLocale: string; locales: string[]; keys?: Map<string, string> } = {
	baseLocale: 'en',
	locales: ['en', 'fr', 'de', 'ar']
};
// The messages compiled as a build compiles them (a module per message; tests and dev get a module
// per language), the split modules beside them, importing the same runtime and registry.
const folder = mkdtempSync(join(tmpdir(), 'canal-locale-packs-'));
const compiled = join(folder, 'paraglide', 'messages');
const splitFolder = join(folder, 'paraglide', 'split');
let ids: string[] = [];

beforeAll(async () => {
	await compile({
		...paraglideOptions,
		project: resolve(paraglideOptions.project),
		outdir: join(folder, 'paraglide'),
		outputStructure: 'message-modules'
	});
	mkdirSync(splitFolder);
	ids = readdirSync(compiled)
		.filter((file) => file.endsWith('.js') && file !== '_index.js')
		.map((file) => file.replace(/\.js$/, ''));
	project.keys = packKeys(ids);
}, 60_000);
/** Counts that reach every plural form of the four languages (Arabic has six). */
const COUNTS = [0, 1, 2, 3, 11, 100];
/** Every input the message asks for, as the count in words (plurals read it as a number). */
const inputsOf = (count: number) =>
	new Proxy({}, { get: (_, key) => (typeof key === 'string' ? String(count) : undefined) });

type Message = (inputs?: object, options?: { locale?: string }) => string;
type Said = Record<string, (inputs: object) => string>;
const said = () => ((globalThis as { __canalMessages?: Said }).__canalMessages ??= {});

async function importText(file: string, text: string) {
	writeFileSync(file, text);
	return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

afterAll(() => {
	delete (globalThis as { __canalMessages?: Said }).__canalMessages;
});

describe('locale packs', () => {
	it('split every compiled message, and a message not in that form is left alone', () => {
		expect(ids.length).toBeGreaterThan(1000);
		// Every message has a short key of its own in the packs.
		const keys = ids.map((id) => project.keys?.get(id));
		expect(new Set(keys).size).toBe(ids.length);
		for (const key of keys) expect(key).toMatch(/^:[0-9a-z]{1,3}$/);
		// The build numbers them from the message files: the same keys for every compiled message.
		const built = projectOf(resolve('.')).keys;
		expect(ids.map((id) => built?.get(id))).toEqual(keys);
		for (const id of ids) {
			const code = readFileSync(join(compiled, `${id}.js`), 'utf8');
			expect(splitMessage(code, id, project), id).not.toBeNull();
		}
		expect(splitMessage('export const x = () => "x";', 'x', project)).toBeNull();
	});

	it('say what Paraglide says, in every language and plural form, from the page and the packs', async () => {
		const messages = ids.map((id) => {
			const split = splitMessage(readFileSync(join(compiled, `${id}.js`), 'utf8'), id, project);
			if (!split) throw new Error(id);
			return split;
		});
		for (const locale of project.locales) {
			const pack = await importText(
				join(folder, `pack-${locale}.js`),
				packSource(messages, locale)
			);
			Object.assign(said(), pack.default as Said);
		}
		let compared = 0;
		for (const message of messages) {
			const original = (
				(await import(
					/* @vite-ignore */ pathToFileURL(join(compiled, `${message.id}.js`)).href
				)) as Record<string, Message>
			)[message.id];
			const split = (
				await importText(join(splitFolder, `${message.id}.js`), pagedModule(message, 'en'))
			)[message.id] as Message;
			for (const locale of project.locales)
				for (const count of COUNTS) {
					expect(split(inputsOf(count), { locale }), `${message.id} ${locale} ${count}`).toBe(
						original?.(inputsOf(count), { locale })
					);
					compared++;
				}
		}
		expect(compared).toBe(messages.length * 4 * COUNTS.length);
	}, 120_000);

	it('say the English words when the page has no pack for its language, and nothing without either', async () => {
		const code = readFileSync(join(compiled, 'common_add.js'), 'utf8');
		const message = splitMessage(code, 'common_add', project);
		if (!message) throw new Error('common_add');
		const split = (
			await importText(join(splitFolder, 'common_add-alone.js'), pagedModule(message, 'en'))
		).common_add as Message;
		const key = message.key;
		said()[`en${key}`] = () => 'Add';
		said()[`fr${key}`] = () => 'Ajouter';
		expect(split({}, { locale: 'fr' })).toBe('Ajouter');
		delete said()[`fr${key}`];
		expect(split({}, { locale: 'fr' })).toBe('Add');
		delete said()[`en${key}`];
		expect(split({}, { locale: 'fr' })).toBe('');
	});

	it('match the paths of each route the loader asks the packs of', () => {
		const cases: [string, string, boolean][] = [
			['/', '/', true],
			['/', '/join', false],
			['/join', '/join', true],
			['/join', '/join/', true],
			['/w/[id]', '/w/abc', true],
			['/w/[id]', '/w/abc/purpose', false],
			['/w/[id]/[step]', '/w/abc/purpose', true],
			['/w/[id]/[step]', '/w/abc', false],
			['/(group)/a/[...rest]', '/a/b/c', true],
			['/a.b', '/aXb', false]
		];
		for (const [id, path, matches] of cases)
			expect(new RegExp(routePattern(id)).test(path), `${id} ${path}`).toBe(matches);
	});

	it('name every chunk after the words too, which its code does not hold', () => {
		const read = (id: string) =>
			splitMessage(readFileSync(join(compiled, `${id}.js`), 'utf8'), id, project)!;
		const messages = ['common_add', 'common_someone'].map(read);
		const [add, someone] = messages as [(typeof messages)[number], (typeof messages)[number]];
		const reworded = { ...add, variants: { ...add.variants, fr: '() => `Ajouter encore`' } };
		// The page's module is the same whatever the words: its chunk's code would not change.
		expect(pagedModule(reworded, 'en')).toBe(pagedModule(add, 'en'));
		expect(wordsHash([add, someone])).toBe(wordsHash([someone, add]));
		expect(wordsHash([reworded, someone])).not.toBe(wordsHash([add, someone]));
		expect(wordsHash([add])).not.toBe(wordsHash([add, someone]));
	});
});
