import type * as Y from 'yjs';
import { NOW } from '../doc/compare-protocol';
import type { CompareHost } from '../doc/compare-host';
import type { CompareResult } from '../doc/compare-versions';
import { encodeVersion } from '../doc/version-codec';
import { activeLocale } from '../domain/locale';
import { summarizeChanges } from '../domain/versions';
import type { DocStore } from '../storage/doc-store';
import { m } from '../paraglide/messages.js';
import type { VersionMaker } from './versions.svelte';

/**
 * Versions as the app makes them: the plan's state compressed by the version codec, and the
 * one-line summary from comparing it with the version before, in the compare worker (decoding
 * two large plans and diffing them would hold the page's main thread for too long).
 *
 * Given the store of the plan being edited, the worker keeps a copy of that plan (compare-host.ts)
 * and makes its versions and its comparisons with now from the copy: encoding the large plan on
 * the page was a task of 60 to 140 ms. A document without that store is encoded in place. The
 * summary is stored with the version, so it is written in the language of the person who saved it.
 */
export function versionMaker(compare: CompareHost, store?: DocStore): VersionMaker {
	if (store) compare.follow({ ydoc: store.ydoc, stored: () => store.storedUpdates() });
	const followed = (ydoc: Y.Doc) => store?.ydoc === ydoc;
	return {
		async make(ydoc, previous) {
			let bytes: Uint8Array;
			let result: CompareResult | null;
			if (followed(ydoc)) ({ bytes, result } = await compare.save(previous));
			else {
				bytes = await encodeVersion(ydoc);
				result = previous ? await compare.compare(previous, bytes) : null;
			}
			return { bytes, summary: summaryOf(result) };
		},
		async compareWithNow(ydoc, bytes, options) {
			return compare.compare(bytes, followed(ydoc) ? NOW : await encodeVersion(ydoc), options);
		},
		prepare: (versions) => compare.prepare(versions)
	};
}

function summaryOf(result: CompareResult | null): string {
	const locale = activeLocale();
	if (!result) return m.version_first_saved({}, { locale });
	if (result.status === 'failed') return m.version_previous_unreadable({}, { locale });
	return summarizeChanges(result.changes, locale);
}
