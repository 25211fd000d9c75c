import { describe, expect, it } from 'vitest';
import { HourlyQuota, registrationKeyMatches } from './registration-quota';

const hour = 60 * 60 * 1_000;

describe('HourlyQuota', () => {
	it('allows the limit per key in an hour, then again once the hour is over', () => {
		const quota = new HourlyQuota(3);
		const taken = Array.from({ length: 5 }, (_, index) => quota.take('10.0.0.1', index));
		expect(taken).toEqual([true, true, true, false, false]);
		expect(quota.take('10.0.0.2', 10), 'another address has its own count').toBe(true);
		expect(quota.take('10.0.0.1', hour - 1)).toBe(false);
		expect(quota.take('10.0.0.1', hour)).toBe(true);
	});

	it('forgets addresses whose hour is over', () => {
		const quota = new HourlyQuota(1);
		for (let index = 0; index < 100; index += 1) quota.take(`10.0.0.${index}`, 0);
		expect(quota.size).toBe(100);
		quota.take('10.0.1.1', hour + 1);
		expect(quota.size).toBe(1);
	});
});

describe('registrationKeyMatches', () => {
	it.each([
		['the same key', 'open sesame', 'open sesame', true],
		['no key', 'open sesame', undefined, false],
		['an empty key', 'open sesame', '', false],
		['a prefix', 'open sesame', 'open', false],
		['a longer key', 'open sesame', 'open sesame!', false],
		['another case', 'open sesame', 'Open Sesame', false]
	])('%s', (_name, expected, given, matches) => {
		expect(registrationKeyMatches(expected, given)).toBe(matches);
	});
});
