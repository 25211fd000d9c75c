/**
 * Asks the browser to keep this site's storage under pressure. Without it, Chromium short of disk
 * may evict the whole origin — every workshop on the device — to make room. Asked when a person
 * creates, imports or joins a workshop (a gesture: Firefox shows a prompt); browsers that decide
 * by engagement or installation answer silently. The answer changes nothing else.
 */
export async function askToKeepStorage(): Promise<boolean> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted()) || (await storage.persist());
	} catch {
		return false;
	}
}
