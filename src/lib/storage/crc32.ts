const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/**
 * CRC-32 (IEEE), to tell a damaged or truncated workshop file from a good one. Not a security
 * measure; chosen over SHA-256 because WebCrypto's digest is missing outside secure contexts.
 */
export function crc32(bytes: Uint8Array, end = bytes.length): number {
	let crc = 0xffffffff;
	for (let i = 0; i < end; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}
