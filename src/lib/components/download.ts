/** Hands a file to the browser as a download, without a server round trip. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the download a moment to start before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
	downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), fileName);
}
