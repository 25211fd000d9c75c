import { describe, expect, it } from 'vitest';
import { clockLabel, instantOf, wallTimeOf, zoneOffset } from './wall-clock';

const utc = (iso: string) => Date.parse(iso);

describe('wall clock of a time zone', () => {
	it.each([
		// zone, date, time, the instant it names
		['UTC', '2026-06-01', '09:00', '2026-06-01T09:00:00Z'],
		['Europe/Berlin', '2026-01-15', '09:00', '2026-01-15T08:00:00Z'],
		['Europe/Berlin', '2026-07-15', '09:00', '2026-07-15T07:00:00Z'],
		// The night the clocks go forward (02:00 → 03:00): 02:30 does not exist; read as 03:30.
		['Europe/Berlin', '2026-03-29', '01:30', '2026-03-29T00:30:00Z'],
		['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00Z'],
		['Europe/Berlin', '2026-03-29', '03:30', '2026-03-29T01:30:00Z'],
		['Europe/Berlin', '2026-03-29', '09:00', '2026-03-29T07:00:00Z'],
		// The night they go back (03:00 → 02:00): 02:30 happens twice; the first is taken.
		['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00Z'],
		['Europe/Berlin', '2026-10-25', '09:00', '2026-10-25T08:00:00Z'],
		['America/New_York', '2026-03-08', '09:00', '2026-03-08T13:00:00Z'],
		['Asia/Kolkata', '2026-03-29', '09:00', '2026-03-29T03:30:00Z'],
		['Pacific/Chatham', '2026-04-05', '09:00', '2026-04-04T20:15:00Z']
	])('%s %s %s is %s', (zone, date, time, iso) => {
		expect(instantOf(date, time, zone)).toBe(utc(iso));
	});

	it.each([
		['2026-02-30', '09:00'],
		['2026-13-01', '09:00'],
		['2026-01-01', '24:00'],
		['2026-01-01', '9:00'],
		['', '']
	])('refuses %s %s', (date, time) => {
		expect(instantOf(date, time, 'Europe/Berlin')).toBeNull();
	});

	it.each([
		['2026-03-29T00:59:00Z', 60],
		['2026-03-29T01:00:00Z', 120],
		['2026-10-25T00:59:00Z', 120],
		['2026-10-25T01:00:00Z', 60]
	])('Berlin is UTC+%s minutes at %s', (iso, minutes) => {
		expect(zoneOffset(utc(iso), 'Europe/Berlin')).toBe(minutes * 60_000);
	});

	it('shows an instant on each zone’s clock', () => {
		const instant = utc('2026-03-29T07:00:00Z');
		expect(clockLabel(instant, 'Europe/Berlin')).toBe('09:00');
		expect(clockLabel(instant, 'Europe/London')).toBe('08:00');
		expect(wallTimeOf(instant, 'America/Los_Angeles')).toEqual({
			date: '2026-03-29',
			time: '00:00'
		});
	});
});
