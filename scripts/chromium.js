import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @param {string} path */
function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

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

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = executable('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.error('Chromium not found: installing Debian package "chromium" ...');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		const installed = candidates.find(executable);
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found for the browser tests. Install it (Debian: `sudo apt-get install chromium`) ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome executable.'
	);
}
