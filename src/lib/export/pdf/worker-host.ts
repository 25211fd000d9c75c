import { errorMessage } from '../../domain/error-message';
import {
	ReportFailure,
	type ExportPhase,
	type RenderRequest,
	type WorkerReply
} from './worker-protocol';

/**
 * Keeps one PDF worker warm between exports. Starting a worker means loading pdfmake, its fonts
 * and the report code again (a second or more before the first page is laid out), and people
 * often export twice in a row: after a look at the PDF, a fix, the other edition. So the worker
 * stays after an export, for later ones, until it has been idle for a while or the page goes away.
 *
 * One export runs at a time and a few may wait their turn. Whatever goes wrong, the next export
 * meets a working worker or a fresh one, never a stuck one: a worker that fails, is cancelled,
 * times out or sends something unreadable is terminated, and a warm worker that does not take up
 * a request within moments (it died quietly: a crash, an out-of-memory kill) is replaced.
 */

/** The worker cannot be used (it failed to start, crashed or stopped answering). */
export class WorkerFailure extends Error {
	override name = 'WorkerFailure';
}

/** A render ran past `timeoutMs`: the worker was stopped. */
export class RenderTimeout extends Error {
	override name = 'RenderTimeout';
}

/** More exports asked for than may wait. */
export class HostBusy extends Error {
	override name = 'HostBusy';
}

export interface WorkerHostOptions {
	/** Starts a worker; may throw when none can be started. */
	start: () => Worker;
	/** A warm worker idle this long is terminated. */
	idleMs?: number;
	/** Far beyond the largest workshop's few seconds: only a stuck worker gets here. */
	timeoutMs?: number;
	/**
	 * How soon a worker must answer a request (its first progress message comes before any work):
	 * a fresh one loads its script first, a warm one answers at once unless it is gone.
	 */
	answerMs?: { fresh: number; warm: number };
	/** Exports that may wait while one runs. */
	maxWaiting?: number;
}

/**
 * Idle time before the worker goes: long enough to look at a PDF, fix a line and export again;
 * short enough that a page left open does not hold pdfmake (tens of MB) for the rest of the day.
 */
const IDLE_MS = 5 * 60_000;
const TIMEOUT_MS = 180_000;
const ANSWER_MS = { fresh: 30_000, warm: 5_000 };
const MAX_WAITING = 3;

type Progress = (phase: ExportPhase, fraction?: number) => void;

interface Job {
	request: RenderRequest;
	onProgress: Progress;
	signal: AbortSignal | undefined;
	resolve: (bytes: Uint8Array) => void;
	reject: (error: unknown) => void;
}

function aborted(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

export class PdfWorkerHost {
	readonly #options: Required<WorkerHostOptions>;
	#worker: Worker | null = null;
	/** Whether the current worker has finished a render (its engine is loaded). */
	#warm = false;
	#idle: ReturnType<typeof setTimeout> | undefined;
	#running: Job | null = null;
	readonly #waiting: Job[] = [];
	#nextId = 1;
	/** Workers started so far, and renders finished by a warm worker (for tests and benchmarks). */
	readonly stats = { started: 0, warmRenders: 0 };

	constructor(options: WorkerHostOptions) {
		this.#options = {
			idleMs: IDLE_MS,
			timeoutMs: TIMEOUT_MS,
			answerMs: ANSWER_MS,
			maxWaiting: MAX_WAITING,
			...options
		};
	}

	/** Whether a worker is running (busy or idle). */
	get alive(): boolean {
		return this.#worker !== null;
	}

	/**
	 * Renders in the worker, after the exports already asked for. Rejects with an AbortError when
	 * `signal` aborts (waiting or running), WorkerFailure when the worker is the problem (the
	 * caller may render elsewhere), ReportFailure when the plan is, RenderTimeout, or HostBusy.
	 */
	render(request: RenderRequest, onProgress: Progress, signal?: AbortSignal): Promise<Uint8Array> {
		return new Promise((resolve, reject) => {
			if (signal?.aborted) return reject(aborted());
			if (this.#running && this.#waiting.length >= this.#options.maxWaiting)
				return reject(new HostBusy('Other exports are still being made.'));
			const job: Job = { request, onProgress, signal, resolve, reject };
			if (this.#running) {
				this.#waiting.push(job);
				signal?.addEventListener(
					'abort',
					() => {
						const at = this.#waiting.indexOf(job);
						if (at === -1) return;
						this.#waiting.splice(at, 1);
						reject(aborted());
					},
					{ once: true }
				);
			} else this.#run(job);
		});
	}

	/**
	 * Starts a worker ahead of an export (the export dialog opened), so pdfmake loads while the
	 * person picks the options. Does nothing when one is running or none can be started.
	 */
	prepare(): void {
		if (this.#worker) return;
		try {
			this.#acquire();
			this.#scheduleIdle();
		} catch {
			// The export itself will find out, and fall back.
		}
	}

	/** Terminates an idle worker now (the page is going away); a running export is left alone. */
	release(): void {
		if (!this.#running) this.#discard();
	}

	#acquire(): Worker {
		if (this.#worker) return this.#worker;
		let worker: Worker;
		try {
			worker = this.#options.start();
		} catch (error) {
			throw new WorkerFailure(errorMessage(error));
		}
		this.stats.started += 1;
		this.#worker = worker;
		this.#warm = false;
		this.#listenWhileIdle(worker);
		return worker;
	}

	/** An idle worker that fails is dropped at once, so the next export starts a fresh one. */
	#listenWhileIdle(worker: Worker): void {
		worker.onmessage = null;
		worker.onerror = (event) => {
			event.preventDefault();
			if (this.#worker === worker) this.#discard();
		};
		worker.onmessageerror = null;
	}

	#discard(): void {
		clearTimeout(this.#idle);
		this.#worker?.terminate();
		this.#worker = null;
		this.#warm = false;
	}

	#scheduleIdle(): void {
		clearTimeout(this.#idle);
		this.#idle = setTimeout(() => this.release(), this.#options.idleMs);
	}

	#next(): void {
		this.#running = null;
		const job = this.#waiting.shift();
		if (job) this.#run(job);
		else if (this.#worker) this.#scheduleIdle();
	}

	#run(job: Job, replacing = false): void {
		this.#running = job;
		clearTimeout(this.#idle);
		let worker: Worker;
		try {
			worker = this.#acquire();
		} catch (error) {
			job.reject(error);
			this.#next();
			return;
		}
		const warm = this.#warm;
		const id = this.#nextId++;
		const { signal } = job;
		let answered = false;
		let settled = false;

		const finish = (keep: boolean, settle: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(answer);
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			if (keep) this.#listenWhileIdle(worker);
			else if (this.#worker === worker) this.#discard();
			settle();
			this.#next();
		};
		const onAbort = () => finish(false, () => job.reject(aborted()));
		signal?.addEventListener('abort', onAbort, { once: true });

		const answer = setTimeout(
			() => {
				if (answered || settled) return;
				if (warm && !replacing) {
					// The warm worker is gone without a word: the request goes to a fresh one.
					settled = true;
					clearTimeout(timer);
					signal?.removeEventListener('abort', onAbort);
					if (this.#worker === worker) this.#discard();
					this.#run(job, true);
					return;
				}
				finish(false, () => job.reject(new WorkerFailure('the background worker did not answer')));
			},
			warm ? this.#options.answerMs.warm : this.#options.answerMs.fresh
		);
		const timer = setTimeout(
			() =>
				finish(false, () =>
					job.reject(new RenderTimeout('Making the PDF took too long and was stopped.'))
				),
			this.#options.timeoutMs
		);

		worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
			if (data?.id !== id) return;
			answered = true;
			if (data.type === 'progress') job.onProgress(data.phase, data.fraction);
			else if (data.type === 'done') {
				if (warm) this.stats.warmRenders += 1;
				this.#warm = true;
				finish(true, () => job.resolve(new Uint8Array(data.pdf)));
			}
			// The plan could not become a report: the worker itself is fine.
			else if (data.report) finish(true, () => job.reject(new ReportFailure(data.message)));
			// Anything else may have left pdfmake half way through something: start afresh.
			else finish(false, () => job.reject(new WorkerFailure(data.message)));
		};
		// A script that cannot load (an old browser without module workers, a blocked file) fails
		// here, before any reply; so does an error thrown outside the render.
		worker.onerror = (event) => {
			event.preventDefault();
			finish(false, () =>
				job.reject(new WorkerFailure(event.message || 'the background worker failed'))
			);
		};
		worker.onmessageerror = () =>
			finish(false, () =>
				job.reject(new WorkerFailure('the PDF could not be passed back from the worker'))
			);
		try {
			worker.postMessage({ ...job.request, id });
		} catch (error) {
			// The request cannot be copied to a worker (a DataCloneError): the worker is fine.
			finish(true, () => job.reject(new WorkerFailure(errorMessage(error))));
		}
	}
}
