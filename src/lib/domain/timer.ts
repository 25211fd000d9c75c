/**
 * The shared countdown. It is stored as an absolute end time, not a number of seconds left, so
 * every device shows the same time, including one that reconnects halfway through.
 */
export type TimerState =
	| { kind: 'idle' }
	| { kind: 'running'; endsAt: number; durationMs: number }
	| { kind: 'paused'; remainingMs: number; durationMs: number };

export interface TimerView {
	kind: TimerState['kind'] | 'done';
	remainingMs: number;
	/** "12:05", or "1:02:05" past an hour. */
	label: string;
}

export function formatRemaining(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0
		? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
		: `${minutes}:${seconds}`;
}

export function timerView(timer: TimerState, now: number): TimerView {
	switch (timer.kind) {
		case 'idle':
			return { kind: 'idle', remainingMs: 0, label: '' };
		case 'paused':
			return {
				kind: 'paused',
				remainingMs: timer.remainingMs,
				label: formatRemaining(timer.remainingMs)
			};
		case 'running': {
			const remainingMs = Math.max(0, timer.endsAt - now);
			return {
				kind: remainingMs === 0 ? 'done' : 'running',
				remainingMs,
				label: formatRemaining(remainingMs)
			};
		}
	}
}

export function startTimer(minutes: number, now: number): TimerState {
	const durationMs = Math.round(minutes * 60_000);
	return { kind: 'running', endsAt: now + durationMs, durationMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
	if (timer.kind !== 'running') return timer;
	return {
		kind: 'paused',
		remainingMs: Math.max(0, timer.endsAt - now),
		durationMs: timer.durationMs
	};
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
	if (timer.kind !== 'paused') return timer;
	return { kind: 'running', endsAt: now + timer.remainingMs, durationMs: timer.durationMs };
}

export function extendTimer(timer: TimerState, minutes: number, now: number): TimerState {
	const extra = Math.round(minutes * 60_000);
	switch (timer.kind) {
		case 'idle':
			return startTimer(minutes, now);
		case 'paused':
			return {
				...timer,
				remainingMs: timer.remainingMs + extra,
				durationMs: timer.durationMs + extra
			};
		case 'running':
			// An expired timer extends from now, not from its past end.
			return {
				...timer,
				endsAt: Math.max(timer.endsAt, now) + extra,
				durationMs: timer.durationMs + extra
			};
	}
}

/** A timer read from the shared document, written by another device: malformed means idle. */
export function readTimer(value: unknown): TimerState {
	const timer = value as Partial<Record<string, unknown>> | null;
	if (!timer || typeof timer !== 'object') return { kind: 'idle' };
	const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
	const durationMs = num(timer.durationMs) ?? 0;
	if (timer.kind === 'running' && num(timer.endsAt) !== null)
		return { kind: 'running', endsAt: num(timer.endsAt)!, durationMs };
	if (timer.kind === 'paused' && num(timer.remainingMs) !== null)
		return { kind: 'paused', remainingMs: num(timer.remainingMs)!, durationMs };
	return { kind: 'idle' };
}
