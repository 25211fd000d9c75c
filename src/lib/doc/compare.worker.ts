import { errorMessage } from '../domain/error-message';
import { compareVersions } from './compare-versions';
import type { CompareReply, CompareRequest } from './compare-protocol';
import { VersionCache } from './version-cache';
import { warmUpComparing } from './compare-warm-up';

/**
 * Compares two versions off the main thread: decoding, reading and diffing the large workshop
 * takes hundreds of milliseconds of solid work, which on the page would freeze typing and sync.
 */

// The DOM and webworker type libraries cannot both be loaded in one program: this is the part
// of the worker scope used here.
interface WorkerScope {
	onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
	postMessage(message: CompareReply): void;
}
const scope = self as unknown as WorkerScope;
const cache = new VersionCache();

scope.onmessage = async ({ data }) => {
	if (data?.type === 'warm') return void warmUpComparing().catch(() => {});
	if (data?.type !== 'compare') return;
	const { id } = data;
	try {
		const result = await compareVersions(data.before, data.after, data.options, cache);
		scope.postMessage({ id, type: 'done', result });
	} catch (error) {
		scope.postMessage({
			id,
			type: 'done',
			result: { status: 'failed', side: null, message: errorMessage(error) }
		});
	}
};
