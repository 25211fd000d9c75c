import { errorMessage } from '../domain/error-message';
import type { PhaseTimings } from './compare-timings';
import { warmUpComparing } from './compare-warm-up';
import { decodeVersion } from './version-codec';
import type { DecodeReply, DecodeRequest } from './compare-decoder';

/**
 * The compare worker's helper: decodes one side of a comparison while the compare worker decodes
 * the other, on another core (compare-decoder.ts). Decoding a large version is mostly loading its
 * Yjs state, solid work a single thread cannot share.
 */

interface WorkerScope {
	onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
	postMessage(message: DecodeReply): void;
}
const scope = self as unknown as WorkerScope;
let asked = false;

scope.onmessage = async ({ data }) => {
	if (data?.type === 'warm') return void warmUpComparing(250, () => asked).catch(() => {});
	if (data?.type !== 'decode') return;
	asked = true;
	const started = performance.now();
	const timings: PhaseTimings = {};
	try {
		const decoded = await decodeVersion(data.bytes, timings);
		const total = performance.now() - started;
		scope.postMessage(
			decoded.status === 'corrupt'
				? { id: data.id, type: 'corrupt', message: decoded.error.message, total, timings }
				: { id: data.id, type: 'decoded', decoded, total, timings }
		);
	} catch (error) {
		scope.postMessage({ id: data.id, type: 'failed', message: errorMessage(error) });
	}
};
