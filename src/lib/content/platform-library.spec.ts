import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlatformLibrary, type PlatformTemplate } from './platform-library';
import { LOCALES, type Locale } from '../domain/locale';
import { keysOf, PLATFORM_KINDS } from '../domain/vocabulary';

// Read through the loader the platforms step uses, so a language whose module is missing fails here.
let LIBRARY = {} as Record<Locale, PlatformTemplate[]>;
beforeAll(async () => {
	const loaded = await Promise.all(
		LOCALES.map(async (locale) => [locale, await loadPlatformLibrary(locale)])
	);
	LIBRARY = Object.fromEntries(loaded) as Record<Locale, PlatformTemplate[]>;
});

describe('platform library', () => {
	it('has unique, kebab-case ids', () => {
		const ids = LIBRARY.en.map((template) => template.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('covers every kind of platform', () => {
		const covered = new Set(LIBRARY.en.map((template) => template.kind));
		for (const kind of keysOf(PLATFORM_KINDS).filter((kind) => kind !== 'other')) {
			expect(covered, kind).toContain(kind);
		}
	});

	it.each(LOCALES)(
		'in %s, has unique names and every template short, plain and sized',
		(locale) => {
			const library = LIBRARY[locale];
			const names = library.map((template) => template.name.toLocaleLowerCase(locale));
			expect(new Set(names).size).toBe(names.length);
			for (const template of library) {
				expect(template.name.trim(), template.id).not.toBe('');
				expect(template.name.length, template.id).toBeLessThanOrEqual(60);
				expect(template.norms.trim(), template.id).not.toBe('');
				expect(template.norms.length, template.id).toBeLessThanOrEqual(400);
				expect(`${template.name} ${template.norms}`).not.toMatch(/[<>*#`]/);
				expect(Number.isInteger(template.effort)).toBe(true);
				expect(template.effort).toBeGreaterThanOrEqual(1);
				expect(template.effort).toBeLessThanOrEqual(5);
			}
		}
	);

	it('offers a starting set, not a catalogue', () => {
		expect(LIBRARY.en.length).toBeGreaterThanOrEqual(10);
		expect(LIBRARY.en.length).toBeLessThanOrEqual(12);
	});
});
