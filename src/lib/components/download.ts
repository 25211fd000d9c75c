/** Hands bytes to the browser as a file download, without a server round trip. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
	const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
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
