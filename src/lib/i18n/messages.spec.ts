// Every interface message exists in every language Canal speaks, with the same values to fill in,
// and counted messages have a form for every plural category of each language (Arabic has six).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Variants {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}
type Message = string | Variants[];

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
};
const read = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, Message>;
const base = read(settings.baseLocale);
const keys = Object.keys(base).filter((key) => key !== '$schema');

/** The texts of a message: one, or one per variant. */
const textsOf = (message: Message): string[] =>
	typeof message === 'string' ? [message] : message.flatMap((part) => Object.values(part.match));

/** The values a message is filled with: placeholders and declared inputs. */
function parametersOf(message: Message): string[] {
	const names = new Set<string>();
	for (const text of textsOf(message))
		for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (name) names.add(name);
	if (typeof message !== 'string')
		for (const part of message)
			for (const declaration of part.declarations) {
				const input = /^input (\w+)$/.exec(declaration)?.[1];
				if (input) names.add(input);
			}
	return [...names].sort();
}

/** Plural categories a counted message covers; `*` stands for all. */
const categoriesOf = (message: Variants[]) =>
	new Set(message.flatMap((part) => Object.keys(part.match).map((key) => key.split('=')[1])));

describe('interface messages', () => {
	it('has messages to check', () => {
		expect(keys.length).toBeGreaterThan(400);
	});

	for (const locale of settings.locales.filter((other) => other !== settings.baseLocale)) {
		const translated = read(locale);

		it(`${locale}: every message is translated, with the same values`, () => {
			const missing = keys.filter((key) => {
				const message = translated[key];
				return message === undefined || textsOf(message).some((text) => text.trim() === '');
			});
			expect(missing).toEqual([]);
			const mismatched = keys.filter(
				(key) =>
					JSON.stringify(parametersOf(translated[key] as Message)) !==
					JSON.stringify(parametersOf(base[key] as Message))
			);
			expect(mismatched).toEqual([]);
		});

		it(`${locale}: no message that English does not have`, () => {
			expect(Object.keys(translated).filter((key) => !(key in base))).toEqual([]);
		});

		it(`${locale}: counted messages have every plural form of the language`, () => {
			const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
			const incomplete = keys.filter((key) => {
				const message = translated[key];
				if (typeof message === 'string' || message === undefined) return false;
				const covered = categoriesOf(message);
				return !covered.has('*') && needed.some((category) => !covered.has(category));
			});
			expect(incomplete).toEqual([]);
		});
	}

	it('Arabic gives its own forms for two and for few and many, not only the English ones', () => {
		const arabic = read('ar');
		const counted = keys.filter((key) => typeof arabic[key] !== 'string');
		expect(counted.length).toBeGreaterThan(5);
		for (const key of counted) {
			const covered = categoriesOf(arabic[key] as Variants[]);
			expect([key, ['zero', 'one', 'two', 'few', 'many'].every((c) => covered.has(c))]).toEqual([
				key,
				true
			]);
		}
	});
});
