/** The name a version saved when a session starts begins with. */
export const SESSION_START_NAME = 'Start of the session';

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
				version.name.startsWith(SESSION_START_NAME) &&
				version.createdAt >= startedAt - GRACE_MS &&
				version.createdAt <= startedAt + GRACE_MS
		) ??
		newestFirst.find((version) => version.createdAt <= startedAt) ??
		null
	);
}
