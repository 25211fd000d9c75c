import type { PhaseTimings } from './compare-timings';
import { CorruptVersion, decodeVersion, type DecodedVersion } from './version-codec';

/**
 * Decodes versions in a helper worker of the compare worker's own (compare-decode.worker.ts), so
 * that the two sides of a comparison are decoded at once, on two cores: decoding is most of a
 * comparison's time, and a single thread cannot share it. Only where the device has a core for
 * each of the page, the compare worker and the helper (`MIN_CORES`): with fewer, the three take
 * turns on the same cores, the comparison ends no sooner (the plan is cloned back besides) and
 * the page's own tasks are held up (measured on two busy cores: one task of 600 ms). Where no
 * helper can be started (no nested workers, too few cores), or the helper fails, the version is
 * decoded in place: the result is the same.
 */

export const MIN_CORES = 3;

/** Whether this device has a core to spare for the helper. */
export function coresToSpare(): boolean {
	return typeof navigator !== 'undefined' && (navigator.hardwareConcurrency ?? 0) >= MIN_CORES;
}

export type DecodeRequest =
	| { type: 'decode'; id: number; bytes: Uint8Array }
	/** Run the helper's decoding code ahead of its first version; no answer. */
	| { type: 'warm' };

export type DecodeReply =
	| { type: 'decoded'; id: number; decoded: DecodedVersion; total: number; timings: PhaseTimings }
	| { type: 'corrupt'; id: number; message: string; total: number; timings: PhaseTimings }
	| { type: 'failed'; id: number; message: string };

function startHelper(): Worker {
	return new Worker(new URL('./compare-decode.worker.ts', import.meta.url), { type: 'module' });
}

export class HelperDecoder {
	#worker: Worker | null = null;
	/** Starting one failed: decode in place from then on. */
	#unavailable = false;
	#next = 1;
	readonly #pending = new Map<number, (reply: DecodeReply | null) => void>();

	constructor(
		private readonly start: () => Worker = startHelper,
		available: () => boolean = coresToSpare
	) {
		this.#unavailable = !available();
	}

	/** Starts the helper and runs its code once ahead of its first version. */
	warm(): void {
		this.#ensure()?.postMessage({ type: 'warm' } satisfies DecodeRequest);
	}

	/**
	 * What `bytes` decode to, decoded by the helper (in place without one). The helper's phases
	 * are added to `timings`, and `handover`, the rest of the wait (the plan cloned back).
	 */
	async decode(bytes: Uint8Array, timings?: PhaseTimings): Promise<DecodedVersion> {
		const worker = this.#ensure();
		if (!worker) return decodeVersion(bytes, timings);
		const id = this.#next++;
		const asked = performance.now();
		const reply = await new Promise<DecodeReply | null>((resolve) => {
			this.#pending.set(id, resolve);
			try {
				// A copy: the caller keeps its bytes (a cache key, a comparison's other uses).
				worker.postMessage({ type: 'decode', id, bytes } satisfies DecodeRequest);
			} catch {
				this.#broken();
			}
		});
		if (!reply || reply.type === 'failed') return decodeVersion(bytes, timings);
		if (timings) {
			for (const [phase, ms] of Object.entries(reply.timings) as [keyof PhaseTimings, number][])
				timings[phase] = (timings[phase] ?? 0) + ms;
			timings.handover = (timings.handover ?? 0) + performance.now() - asked - reply.total;
		}
		if (reply.type === 'corrupt')
			return { status: 'corrupt', error: new CorruptVersion(reply.message) };
		return reply.decoded;
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#settleAll();
	}

	#ensure(): Worker | null {
		if (this.#worker || this.#unavailable) return this.#worker;
		if (typeof Worker === 'undefined') {
			this.#unavailable = true;
			return null;
		}
		try {
			const worker = this.start();
			worker.onmessage = ({ data }: MessageEvent<DecodeReply>) => {
				const settle = data ? this.#pending.get(data.id) : undefined;
				if (!settle) return;
				this.#pending.delete(data.id);
				settle(data);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				this.#broken();
			};
			worker.onmessageerror = () => this.#broken();
			this.#worker = worker;
		} catch {
			this.#unavailable = true;
		}
		return this.#worker;
	}

	/** The helper failed: what it was decoding is decoded in place, and so is all that follows. */
	#broken(): void {
		this.#unavailable = true;
		this.destroy();
	}

	#settleAll(): void {
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		for (const settle of pending) settle(null);
	}
}
