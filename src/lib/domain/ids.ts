const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A random record id (16 base-36 characters, ~82 bits). Uses getRandomValues rather than
 * randomUUID because the latter only exists in secure contexts, and a workshop served over a
 * venue's LAN by IP address is not one.
 */
export function newId(length = 16): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let id = '';
	for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
	return id;
}

/** Record ids are short, lowercase base-36: anything else in an id slot is foreign data. */
export function isId(value: unknown): value is string {
	return typeof value === 'string' && /^[0-9a-z]{6,40}$/.test(value);
}
