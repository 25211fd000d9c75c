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

/**
 * Where `command` is found: the PATH, then the sbin folders a non-login root shell may lack
 * (Debian puts haproxy in /usr/sbin). Null when it is nowhere.
 * @param {string} command
 * @returns {string | null}
 */
export function commandPath(command) {
	const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin', '/usr/local/sbin'];
	for (const dir of dirs) if (dir && executable(`${dir}/${command}`)) return `${dir}/${command}`;
	return null;
}

/**
 * Makes sure each command is there (installing its Debian package as root on Debian) and returns
 * where each one is, or fails with a message that says what to install and why.
 * @template {string} Command
 * @param {Record<Command, string>} packages command → the Debian package that has it
 * @param {string} purpose what needs them and why, the start of the message
 * @returns {Record<Command, string>}
 */
export function ensureDebianCommands(packages, purpose) {
	const commands = /** @type {Command[]} */ (Object.keys(packages));
	const missing = [
		...new Set(commands.filter((command) => !commandPath(command)).map((c) => packages[c]))
	];
	if (missing.length > 0) installDebianPackages(missing);
	const found = /** @type {Record<Command, string>} */ ({});
	for (const command of commands) {
		const path = commandPath(command);
		if (!path) {
			throw new Error(
				`${purpose}: install ${missing.join(' and ')} ` +
					`(Debian: \`sudo apt-get install ${missing.join(' ')}\`).`
			);
		}
		found[command] = path;
	}
	return found;
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
	ensureDebianCommands(pdfTools, 'The export tests check PDFs with poppler and qpdf');
}
