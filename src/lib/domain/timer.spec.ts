import { describe, expect, it } from 'vitest';
import {
	extendTimer,
	formatRemaining,
	pauseTimer,
	readTimer,
	resumeTimer,
	startTimer,
	timerView
} from './timer';

const now = 1_000_000;

describe('the shared timer', () => {
	it.each([
		[0, '0:00'],
		[1, '0:01'],
		[59_001, '1:00'],
		[12 * 60_000 + 5_000, '12:05'],
		[3_725_000, '1:02:05']
	])('formats %i ms as %s', (ms, label) => {
		expect(formatRemaining(ms)).toBe(label);
	});

	it('counts down from an absolute end, the same on every device', () => {
		const timer = startTimer(10, now);
		expect(timerView(timer, now).label).toBe('10:00');
		expect(timerView(timer, now + 4 * 60_000).label).toBe('6:00');
		expect(timerView(timer, now + 11 * 60_000)).toEqual({
			kind: 'done',
			remainingMs: 0,
			label: '0:00'
		});
	});

	it('pauses, resumes with what was left, and extends', () => {
		const paused = pauseTimer(startTimer(10, now), now + 3 * 60_000);
		expect(timerView(paused, now + 60 * 60_000).label).toBe('7:00');
		const resumed = resumeTimer(paused, now + 5 * 60_000);
		expect(timerView(resumed, now + 6 * 60_000).label).toBe('6:00');
		expect(timerView(extendTimer(resumed, 2, now + 6 * 60_000), now + 6 * 60_000).label).toBe(
			'8:00'
		);
		const expired = startTimer(1, now);
		expect(timerView(extendTimer(expired, 2, now + 5 * 60_000), now + 5 * 60_000).label).toBe(
			'2:00'
		);
		expect(timerView(extendTimer({ kind: 'idle' }, 5, now), now).label).toBe('5:00');
	});

	it.each([
		[null],
		['running'],
		[{ kind: 'running', endsAt: 'soon' }],
		[{ kind: 'paused', remainingMs: -5 }],
		[{ kind: 'exploded' }]
	])('reads malformed shared state %j as idle', (value) => {
		expect(readTimer(value)).toEqual({ kind: 'idle' });
	});

	it('reads what it writes', () => {
		const timer = startTimer(3, now);
		expect(readTimer(JSON.parse(JSON.stringify(timer)))).toEqual(timer);
	});
});
