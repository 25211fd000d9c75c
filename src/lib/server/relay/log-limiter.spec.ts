import { describe, expect, it } from 'vitest';
import { LogLimiter } from './log-limiter';
import type { RelayLogEntry } from './relay-log';

describe('LogLimiter', () => {
	it('passes the first lines of each address and summarises the rest once the minute is over', () => {
		let now = 0;
		const lines: RelayLogEntry[] = [];
		const limiter = new LogLimiter(
			3,
			(entry) => lines.push(entry),
			() => now
		);
		for (let i = 0; i < 10; i += 1) limiter.line('a', { level: 'warn', event: 'violation', i });
		limiter.line('b', { level: 'warn', event: 'violation' });
		expect(lines.map((line) => `${line.event}${line.i ?? ''}`)).toEqual([
			'violation0',
			'violation1',
			'violation2',
			'violation'
		]);
		now = 60_000;
		limiter.sweep();
		expect(lines.at(-1)).toMatchObject({ event: 'log-suppressed', ip: 'a', dropped: 7 });
		expect(lines).toHaveLength(5);
		limiter.line('a', { level: 'warn', event: 'violation', i: 10 });
		expect(lines.at(-1)).toMatchObject({ i: 10 });
		limiter.stop();
	});

	it('summarises on the next line when no sweep ran, and on stop', () => {
		let now = 0;
		const lines: RelayLogEntry[] = [];
		const limiter = new LogLimiter(
			1,
			(entry) => lines.push(entry),
			() => now
		);
		limiter.line('a', { level: 'warn', event: 'x' });
		limiter.line('a', { level: 'warn', event: 'x' });
		now = 61_000;
		limiter.line('a', { level: 'warn', event: 'x' });
		limiter.line('a', { level: 'warn', event: 'x' });
		limiter.stop();
		expect(lines.map((line) => [line.event, line.dropped ?? null])).toEqual([
			['x', null],
			['log-suppressed', 1],
			['x', null],
			['log-suppressed', 1]
		]);
	});
});
