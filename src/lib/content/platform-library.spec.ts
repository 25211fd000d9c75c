import { describe, expect, it } from 'vitest';
import { PLATFORM_LIBRARY } from './platform-library';
import { keysOf, PLATFORM_KINDS } from '../domain/vocabulary';

describe('platform library', () => {
	it('has unique, kebab-case ids and unique names', () => {
		const ids = PLATFORM_LIBRARY.map((template) => template.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		const names = PLATFORM_LIBRARY.map((template) => template.name.toLowerCase());
		expect(new Set(names).size).toBe(names.length);
	});

	it('covers every kind of platform', () => {
		const covered = new Set(PLATFORM_LIBRARY.map((template) => template.kind));
		for (const kind of keysOf(PLATFORM_KINDS).filter((kind) => kind !== 'other')) {
			expect(covered, kind).toContain(kind);
		}
	});

	it.each(PLATFORM_LIBRARY.map((template) => [template.id, template] as const))(
		'%s is short, plain and sized',
		(_, template) => {
			expect(template.name.trim()).not.toBe('');
			expect(template.name.length).toBeLessThanOrEqual(60);
			expect(template.norms.trim()).not.toBe('');
			expect(template.norms.length).toBeLessThanOrEqual(400);
			expect(`${template.name} ${template.norms}`).not.toMatch(/[<>*#`]/);
			expect(Number.isInteger(template.effort)).toBe(true);
			expect(template.effort).toBeGreaterThanOrEqual(1);
			expect(template.effort).toBeLessThanOrEqual(5);
		}
	);

	it('offers a starting set, not a catalogue', () => {
		expect(PLATFORM_LIBRARY.length).toBeGreaterThanOrEqual(10);
		expect(PLATFORM_LIBRARY.length).toBeLessThanOrEqual(12);
	});
});
