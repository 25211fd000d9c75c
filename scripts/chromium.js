import { executable, installDebianPackages } from './debian.js';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Finds a Chromium for the browser and end-to-end tests: CHROMIUM_PATH first, then the usual
 * system paths. When none is there and we run as root on Debian, installs Debian's `chromium`
 * (test tools cannot download their own browsers on a closed network). Otherwise fails with a
 * message that says exactly what to install.
 */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (executable(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no executable is there.`);
	}
	const found = candidates.find(executable);
	if (found) return found;

	if (installDebianPackages(['chromium'])) {
		const installed = candidates.find(executable);
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found for the browser tests. Install it (Debian: `sudo apt-get install chromium`) ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome executable.'
	);
}
