import type { RelayLog, RelayLogEntry } from './relay-log';

const windowMs = 60_000;

type Window = { start: number; lines: number; dropped: number };

/**
 * Lets at most `perMinute` lines per client address through for events a peer can cause at will
 * (violations, refused sign-ins, throttled sockets); the rest are counted and summarised in one
 * `log-suppressed` line when the address's minute is over. A peer cannot fill the disk through
 * the log, and an operator still sees that something happened and how much.
 */
export class LogLimiter {
	readonly #perMinute: number;
	readonly #log: RelayLog;
	readonly #now: () => number;
	readonly #windows = new Map<string, Window>();
	readonly #timer: NodeJS.Timeout;

	constructor(perMinute: number, log: RelayLog, now: () => number = Date.now) {
		this.#perMinute = perMinute;
		this.#log = log;
		this.#now = now;
		this.#timer = setInterval(() => this.sweep(), windowMs);
		this.#timer.unref();
	}

	line(ip: string, entry: RelayLogEntry): void {
		const now = this.#now();
		let window = this.#windows.get(ip);
		if (window && now - window.start >= windowMs) {
			this.#summarise(ip, window);
			window = undefined;
		}
		if (!window) {
			window = { start: now, lines: 0, dropped: 0 };
			this.#windows.set(ip, window);
		}
		if (window.lines < this.#perMinute) {
			window.lines += 1;
			this.#log(entry);
		} else {
			window.dropped += 1;
		}
	}

	/** Summarises and forgets every finished minute (also run every minute on its own). */
	sweep(): void {
		const now = this.#now();
		for (const [ip, window] of this.#windows) {
			if (now - window.start >= windowMs) this.#summarise(ip, window);
		}
	}

	/** Summarises what was dropped so far, finished minute or not (on shutdown). */
	stop(): void {
		clearInterval(this.#timer);
		for (const [ip, window] of this.#windows) this.#summarise(ip, window);
	}

	#summarise(ip: string, window: Window): void {
		this.#windows.delete(ip);
		if (window.dropped === 0) return;
		this.#log({
			level: 'warn',
			event: 'log-suppressed',
			ip,
			dropped: window.dropped,
			sinceMs: this.#now() - window.start
		});
	}
}
