/**
 * What a browser says when the disk itself is full rather than the origin's quota: Chromium
 * aborts the write with an `UnknownError` naming the file error (`FILE_ERROR_NO_SPACE`) and closes
 * the connection.
 */
const diskFullMessage = /FILE_ERROR_NO_SPACE|No space left on device|disk (is )?full/i;

/** True for the error a browser raises when storage is full, however Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
	for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
		const named = current as { name?: unknown; inner?: unknown; code?: unknown; message?: unknown };
		if (named.name === 'QuotaExceededError' || named.code === 22) return true;
		if (typeof named.message === 'string' && diskFullMessage.test(named.message)) return true;
		current = named.inner;
	}
	return false;
}
