import type { CompareHost } from '../doc/compare-host';
import { encodeVersion } from '../doc/version-codec';
import { activeLocale } from '../domain/locale';
import { summarizeChanges } from '../domain/versions';
import { m } from '../paraglide/messages.js';
import type { VersionMaker } from './versions.svelte';

/**
 * Versions as the app makes them: the plan's state compressed by the version codec, and the
 * one-line summary from comparing it with the version before, in the compare worker (decoding
 * two large plans and diffing them would hold the page's main thread for too long). The summary
 * is stored with the version, so it is written in the language of the person who saved it.
 */
export function versionMaker(compare: CompareHost): VersionMaker {
	return {
		encode: (ydoc) => encodeVersion(ydoc),
		async summarize(previous, current) {
			const locale = activeLocale();
			if (!previous) return m.version_first_saved({}, { locale });
			const result = await compare.compare(previous, current, { locale });
			if (result.status === 'failed') return m.version_previous_unreadable({}, { locale });
			return summarizeChanges(result.changes, locale);
		}
	};
}
