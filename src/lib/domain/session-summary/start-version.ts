import { m } from '../../paraglide/messages.js';
import { LOCALES, type Locale } from '../locale';

/** The name a version saved when a session starts began with before it was written in every language. */
export const SESSION_START_NAME = 'Start of the session';

/** "Start of the session, 09:00" in the language of whoever saved it. */
export function sessionStartName(time: string, locale: Locale): string {
	return m.session_start_version({ time }, { locale });
}

/** What such a name begins with in every language: a session may be started in any of them. */
const START_PREFIXES = [
	SESSION_START_NAME,
	...LOCALES.map((locale) => sessionStartName('\u0000', locale).split('\u0000')[0]!)
];

const isStartName = (name: string) => START_PREFIXES.some((prefix) => name.startsWith(prefix));

export interface VersionStamp {
	id: string;
	name: string;
	createdAt: number;
}

/**
 * The version that holds the plan as it was before a session: the one saved as the session
 * started (it is saved a moment after the start, so a minute's grace), else the newest version
 * saved before the start. Null when there is none: the summary then asks which version to
 * compare with rather than guessing.
 */
export function sessionStartVersion<V extends VersionStamp>(
	versions: readonly V[],
	startedAt: number
): V | null {
	const GRACE_MS = 60_000;
	const newestFirst = [...versions].sort((a, b) => b.createdAt - a.createdAt);
	return (
		newestFirst.find(
			(version) =>
				isStartName(version.name) &&
				version.createdAt >= startedAt - GRACE_MS &&
				version.createdAt <= startedAt + GRACE_MS
		) ??
		newestFirst.find((version) => version.createdAt <= startedAt) ??
		null
	);
}
