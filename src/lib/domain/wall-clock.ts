/**
 * Instants and the wall clock of a time zone. An agenda stores absolute instants (milliseconds
 * since the epoch), so every device agrees when a step starts; only display and input go through
 * a time zone, the device's own. Everything takes the zone explicitly, so tests can pin one.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

interface WallParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function wallParts(instant: number, timeZone: string): WallParts {
	const parts: Partial<Record<string, number>> = {};
	for (const part of partsFormatter(timeZone).formatToParts(new Date(instant)))
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	return {
		year: parts.year ?? 1970,
		month: parts.month ?? 1,
		day: parts.day ?? 1,
		hour: parts.hour ?? 0,
		minute: parts.minute ?? 0,
		second: parts.second ?? 0
	};
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffset(instant: number, timeZone: string): number {
	const wall = wallParts(instant, timeZone);
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `{ date: 'YYYY-MM-DD', time: 'HH:MM' }` of an instant on the zone's wall clock. */
export function wallTimeOf(instant: number, timeZone: string): { date: string; time: string } {
	const wall = wallParts(instant, timeZone);
	return {
		date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`,
		time: `${pad(wall.hour)}:${pad(wall.minute)}`
	};
}

/** "09:30": an instant as the zone's clock shows it (24-hour, as a printed agenda does). */
export function clockLabel(instant: number, timeZone: string): string {
	return wallTimeOf(instant, timeZone).time;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock date and time names in a zone, or null for text that is not one.
 * Like Temporal's "compatible" choice: a time the clocks skip (02:30 on the night they go forward)
 * is read as the same time after the jump (03:30), and a time they show twice (02:30 on the night
 * they go back) as the first of the two.
 */
export function instantOf(date: string, time: string, timeZone: string): number | null {
	const d = DATE.exec(date);
	const t = TIME.exec(time);
	if (!d || !t) return null;
	const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
	const [hour, minute] = [Number(t[1]), Number(t[2])];
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
	const asUtc = Date.UTC(year, month - 1, day, hour, minute);
	if (wallTimeOf(asUtc, 'UTC').date !== date) return null;
	// The offsets in force half a day either side cover any one transition around the time.
	const before = asUtc - zoneOffset(asUtc - 12 * HOUR_MS, timeZone);
	const after = asUtc - zoneOffset(asUtc + 12 * HOUR_MS, timeZone);
	const shows = (instant: number) => {
		const wall = wallTimeOf(instant, timeZone);
		return wall.date === date && wall.time === time;
	};
	const valid = [before, after].filter(shows);
	if (valid.length > 0) return Math.min(...valid);
	// In a gap: the offset from before the jump lands after it by the gap's length.
	return before;
}

/** The device's time zone, for display; tests pass their own instead. */
export function deviceTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
