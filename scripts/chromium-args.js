/**
 * Flags for headless Debian Chromium in tests: no sandbox (CI runs as root), and no background
 * networking, which would otherwise try to reach hosts a closed network refuses.
 */
export const chromiumLaunchArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
