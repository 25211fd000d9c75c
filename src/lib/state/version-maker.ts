import type { CompareHost } from '../doc/compare-host';
import { encodeVersion } from '../doc/version-codec';
import { summarizeChanges } from '../domain/versions';
import type { VersionMaker } from './versions.svelte';

/**
 * Versions as the app makes them: the plan's state compressed by the version codec, and the
 * one-line summary from comparing it with the version before, in the compare worker (decoding
 * two large plans and diffing them would hold the page's main thread for too long).
 */
export function versionMaker(compare: CompareHost): VersionMaker {
	return {
		encode: (ydoc) => encodeVersion(ydoc),
		async summarize(previous, current) {
			if (!previous) return 'First saved version';
			const result = await compare.compare(previous, current);
			if (result.status === 'failed')
				return 'Changes since the previous version could not be read.';
			return summarizeChanges(result.changes);
		}
	};
}
