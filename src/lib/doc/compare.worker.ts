import { errorMessage } from '../domain/error-message';
import { compareVersions, readInput, type CompareInput } from './compare-versions';
import type { DecodedVersion } from './version-codec';
import {
	NOW,
	type CompareReply,
	type CompareRequest,
	type CompareTarget
} from './compare-protocol';
import { timePhase, type PhaseTimings } from './compare-timings';
import { HelperDecoder } from './compare-decoder';
import { VersionCache } from './version-cache';
import { warmUpComparing } from './compare-warm-up';
import { PlanCopy } from './plan-copy';

/**
 * Compares two versions off the main thread: decoding, reading and diffing the large workshop
 * takes hundreds of milliseconds of solid work, which on the page would freeze typing and sync.
 * It also keeps a copy of the plan being edited (plan-copy.ts), started by the page's first
 * update or load, from which it compares with now and makes a new version's bytes.
 */

// The DOM and webworker type libraries cannot both be loaded in one program: this is the part
// of the worker scope used here.
interface WorkerScope {
	onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
	postMessage(message: CompareReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const cache = new VersionCache();
const helper = new HelperDecoder();
const elsewhere = (bytes: Uint8Array, timings?: PhaseTimings) => helper.decode(bytes, timings);
let copy: PlanCopy | null = null;
/** A comparison or a save has been asked for: the warm-up gives way to it. */
let asked = false;
/** Requests being answered: versions are prepared only while there are none. */
let running = 0;
/** The warm-up under way: versions are prepared after it, with the code it compiled. */
let warming: Promise<void> = Promise.resolve();
const planCopy = () => (copy ??= new PlanCopy());
const side = (
	target: CompareTarget,
	timings: PhaseTimings
): Promise<CompareInput> | CompareInput => (target === NOW ? planCopy().now(timings) : target);

scope.onmessage = async ({ data }) => {
	switch (data?.type) {
		case 'warm':
			helper.warm();
			warming = warmUpComparing(250, () => asked).catch(() => {});
			return;
		case 'prepare':
			return void prepare(data.versions);
		case 'update':
			return planCopy().apply(data.update);
		case 'load':
			return planCopy().load(data.updates);
		case 'compare':
		case 'save':
		case 'summary':
			break;
		default:
			return;
	}
	const { id } = data;
	asked = true;
	running += 1;
	const started = performance.now();
	const timings: PhaseTimings = {};
	const total = () => ({ ...timings, total: performance.now() - started });
	try {
		if (data.type === 'compare') {
			const [before, after] = await Promise.all([
				side(data.before, timings),
				side(data.after, timings)
			]);
			const result = await compareVersions(before, after, data.options, cache, timings, elsewhere);
			return scope.postMessage({ id, type: 'done', result, timings: total() });
		}
		if (data.type === 'summary') {
			const [before, after] = await Promise.all([
				readInput(data.before, cache, timings),
				planCopy()
					.now(timings)
					.then((now) => readInput(now, undefined, timings))
			]);
			// Its own chunk: only a session's end asks for it.
			const { buildSessionSummary } = await import('../domain/session-summary/build-summary');
			const summary = timePhase(timings, 'summary', () =>
				buildSessionSummary({ ...data.input, before: planOf(before), after: planOf(after) })
			);
			return scope.postMessage({ id, type: 'summarized', summary, timings: total() });
		}
		const { bytes, plan } = await planCopy().version(timings);
		// The plan the bytes hold, not the copy a moment later: an edit made meanwhile is not in it.
		const result = data.previous
			? await compareVersions(
					data.previous,
					timePhase(timings, 'read', plan) ?? bytes,
					{},
					cache,
					timings
				)
			: null;
		scope.postMessage({ id, type: 'saved', bytes, result, timings: total() });
		// After answering: the version just made is compared next (the next save's summary, or
		// with now), and its plan is known without decoding it.
		const known = plan();
		if (known)
			await cache.remember(bytes, {
				status: 'ok',
				plan: known,
				schemaVersion: known.meta.schemaVersion,
				readOnly: false
			});
	} catch (error) {
		scope.postMessage({ id, type: 'failed', message: errorMessage(error) });
	} finally {
		running -= 1;
	}
};

/**
 * Decodes the versions likely to be compared next into the cache, once the warm-up is over (a
 * large version decoded by code not yet compiled took several times as long), the first in the
 * helper while this thread decodes the second where there is a core for it. A request that comes
 * meanwhile goes first: what it finds decoded, or still decoding, it takes from the cache.
 */
async function prepare(versions: readonly Uint8Array[]): Promise<void> {
	await warming;
	if (running > 0) return;
	await Promise.all(
		versions.map((bytes, index) =>
			cache.decode(bytes, undefined, index === 0 ? elsewhere : undefined).catch(() => {})
		)
	);
}

function planOf(decoded: DecodedVersion) {
	if (decoded.status === 'corrupt') throw decoded.error;
	return decoded.plan;
}
