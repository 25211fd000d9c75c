import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** @param {string} path */
export function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * Installs Debian packages when we run as root on Debian (test tools cannot download their own
 * browsers or binaries on a closed network). Returns false when it cannot.
 * @param {string[]} packages
 */
export function installDebianPackages(packages) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !executable('/usr/bin/apt-get')) return false;
	console.error(`Installing Debian packages: ${packages.join(', ')} ...`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
	return true;
}

/** The commands the export tests check real PDFs with, and the Debian package of each. */
const pdfTools = {
	pdftotext: 'poppler-utils',
	pdfinfo: 'poppler-utils',
	pdffonts: 'poppler-utils',
	pdftoppm: 'poppler-utils',
	qpdf: 'qpdf'
};

/**
 * Makes sure poppler's tools and qpdf are on the PATH (installing them as root on Debian),
 * or fails with a message that says what to install.
 */
export function ensurePdfTools() {
	const onPath = (/** @type {string} */ command) =>
		(process.env.PATH ?? '').split(':').some((dir) => dir && executable(`${dir}/${command}`));
	const missing = [
		...new Set(
			Object.entries(pdfTools)
				.filter(([command]) => !onPath(command))
				.map(([, pkg]) => pkg)
		)
	];
	if (missing.length === 0) return;
	if (installDebianPackages(missing) && Object.keys(pdfTools).every(onPath)) return;
	throw new Error(
		`The export tests check PDFs with poppler and qpdf: install ${missing.join(' and ')} ` +
			`(Debian: \`sudo apt-get install ${missing.join(' ')}\`).`
	);
}
