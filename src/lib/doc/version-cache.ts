import { timePhaseAsync, type PhaseTimings } from './compare-timings';
import { decodeVersion, type DecodedVersion } from './version-codec';

export type Decode = (bytes: Uint8Array, timings?: PhaseTimings) => Promise<DecodedVersion>;

/**
 * The last few versions decoded, by the SHA-256 of their bytes. People compare along a list of
 * versions (each with the one before, then with now), so the same version is often decoded again
 * moments later; decoding is most of a comparison's time, hashing its bytes a millisecond.
 */
export class VersionCache {
	readonly #entries = new Map<string, Promise<DecodedVersion>>();

	constructor(readonly size = 4) {}

	/** What `bytes` decode to, from the cache, else decoded by `decode` and kept. */
	decode(
		bytes: Uint8Array,
		timings?: PhaseTimings,
		decode: Decode = decodeVersion
	): Promise<DecodedVersion> {
		return timePhaseAsync(timings, 'hash', () => digest(bytes)).then((key) => {
			const known = this.#entries.get(key);
			if (known) {
				// Most recently used last, so the oldest goes first.
				this.#entries.delete(key);
				this.#entries.set(key, known);
				return known;
			}
			return this.#keep(key, decode(bytes, timings));
		});
	}

	/**
	 * Keeps what `bytes` decode to, known without decoding them: a version just made from a plan
	 * read as plain data. The next save compares with it, and people compare it with now.
	 */
	async remember(bytes: Uint8Array, decoded: DecodedVersion): Promise<void> {
		this.#keep(await digest(bytes), Promise.resolve(decoded));
	}

	#keep(key: string, decoded: Promise<DecodedVersion>): Promise<DecodedVersion> {
		this.#entries.delete(key);
		this.#entries.set(key, decoded);
		while (this.#entries.size > this.size) {
			const oldest = this.#entries.keys().next().value as string;
			this.#entries.delete(oldest);
		}
		return decoded;
	}

	clear(): void {
		this.#entries.clear();
	}
}

async function digest(bytes: Uint8Array): Promise<string> {
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
	return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
