// A real PostgreSQL server of its own, for tests, benchmarks and scripts: a fresh cluster in a
// temporary folder, on a free port of 127.0.0.1, never the system's service or a fixed port.
// Plain JavaScript, so `node scripts/…` can use it as well as the TypeScript tests.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executable, installDebianPackages } from '../../../scripts/debian.js';
import { freePort } from '../../../scripts/free-port.js';

const DEBIAN_ROOT = '/usr/lib/postgresql';
const USER = 'canal';
const DATABASE = 'canal';

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb, or null. */
function debianBinDir() {
	if (!existsSync(DEBIAN_ROOT)) return null;
	const versions = readdirSync(DEBIAN_ROOT)
		.filter((name) => executable(join(DEBIAN_ROOT, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] === undefined ? null : join(DEBIAN_ROOT, versions[0], 'bin');
}

/** A folder on the PATH holding initdb and pg_ctl (Homebrew, other distributions), or null. */
function pathBinDir() {
	const dirs = (process.env.PATH ?? '').split(':').filter(Boolean);
	return (
		dirs.find((dir) => executable(join(dir, 'initdb')) && executable(join(dir, 'pg_ctl'))) ?? null
	);
}

/**
 * Where PostgreSQL's server programs are: `CANAL_POSTGRES_BIN`, Debian's folder or the PATH,
 * installing Debian's package first when we run as root on Debian and find none.
 * @returns {string}
 */
export function postgresBinDir() {
	const chosen = process.env.CANAL_POSTGRES_BIN;
	if (chosen) return chosen;
	const found = debianBinDir() ?? pathBinDir();
	if (found) return found;
	if (installDebianPackages(['postgresql'])) {
		const installed = debianBinDir();
		if (installed) return installed;
	}
	throw new Error(
		'These tests run a PostgreSQL server of their own: install PostgreSQL ' +
			'(Debian: `sudo apt-get install postgresql`) or set CANAL_POSTGRES_BIN to its bin folder.'
	);
}

/**
 * initdb refuses to run as root: as root, the server's programs run as the `postgres` system
 * user (Debian's package creates it), which then owns the folder.
 * @returns {{ uid: number; gid: number } | null}
 */
function serverUser() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
		return { uid, gid };
	} catch {
		throw new Error('Running as root, PostgreSQL needs a `postgres` system user to run as.');
	}
}

/**
 * @typedef {object} PostgresServer
 * @property {string} url `postgres://canal@127.0.0.1:<port>/canal`, a database of its own
 * @property {number} port
 * @property {string} dir the temporary folder: cluster, socket and log
 * @property {() => void} stop stops the server (as if the database went away), keeping its files
 * @property {() => Promise<void>} crash kills the server and its backends with SIGKILL (a power cut
 *   for everything not yet written to the kernel), keeping its files for a recovery at the next start
 * @property {() => void} start starts it again on the same port, with what it had stored
 * @property {() => void} remove stops the server and deletes its folder
 */

/**
 * Creates a cluster in a temporary folder and starts it on a free port. `durable: false` (the
 * default, for tests) turns off flushing to disk, which a throwaway cluster does not need.
 * @param {{ durable?: boolean }} [options]
 * @returns {PostgresServer}
 */
export function startPostgres(options = {}) {
	const bin = postgresBinDir();
	const owner = serverUser();
	const dir = mkdtempSync(join(tmpdir(), 'canal-postgres-'));
	if (owner) chownSync(dir, owner.uid, owner.gid);
	const data = join(dir, 'data');
	const logFile = join(dir, 'server.log');
	/** @param {string} program @param {string[]} args */
	const run = (program, args) => {
		const command = join(bin, program);
		const [file, argv] = owner
			? ['runuser', ['-u', 'postgres', '--', command, ...args]]
			: [command, args];
		try {
			execFileSync(file, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
		} catch (error) {
			if (program !== 'pg_ctl' || !existsSync(logFile)) throw error;
			const log = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
			throw new Error(`${/** @type {Error} */ (error).message}\nserver log:\n${log}`, {
				cause: error
			});
		}
	};
	const fast = options.durable
		? ''
		: ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
	let port = 0;
	const start = () =>
		run('pg_ctl', [
			'start',
			'-D',
			data,
			'-l',
			logFile,
			'-w',
			'-t',
			'60',
			'-o',
			`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${fast}`
		]);
	let running = false;
	const stop = () => {
		if (!running) return;
		running = false;
		run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']);
	};
	const crash = async () => {
		if (!running) return;
		running = false;
		const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
		// Stopped first, so it forks no backend between the listing and the kill, then killed
		// first, so it restarts none of those killed.
		signal(postmaster, 'SIGSTOP');
		// The stop lands a moment after the signal is sent: a fork meanwhile would escape the list.
		const stopping = Date.now() + 2_000;
		while (state(postmaster) !== 'T' && state(postmaster) !== null && Date.now() < stopping)
			await new Promise((resolve) => setTimeout(resolve, 10));
		const backends = childrenOf(postmaster);
		for (const pid of [postmaster, ...backends]) signal(pid, 'SIGKILL');
		// A backend still attached to the shared memory would stop the next start.
		const deadline = Date.now() + 10_000;
		while ([postmaster, ...backends].some(alive)) {
			if (Date.now() > deadline) throw new Error('PostgreSQL outlived SIGKILL');
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		// The killed postmaster's parent has gone, and where nothing reaps orphans (a container
		// whose first process is not an init) it stays a zombie: its pid still answers, so the next
		// start would take the lock file for a running server's. It is dead: the lock goes with it.
		rmSync(join(data, 'postmaster.pid'), { force: true });
	};
	const remove = () => {
		try {
			stop();
		} finally {
			process.off('exit', remove);
			rmSync(dir, { recursive: true, force: true });
		}
	};
	// A test run that ends early must not leave a server behind.
	process.on('exit', remove);
	try {
		run('initdb', ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--no-sync']);
		// Another process may take the port between the probe and the start: try another one.
		for (let attempt = 1; ; attempt += 1) {
			port = freePort();
			try {
				start();
				break;
			} catch (error) {
				if (attempt >= 3) throw error;
			}
		}
		running = true;
		run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, DATABASE]);
	} catch (error) {
		remove();
		const detail = /** @type {{ stderr?: string }} */ (error).stderr ?? '';
		throw new Error(
			`PostgreSQL did not start: ${/** @type {Error} */ (error).message}\n${detail}`,
			{
				cause: error
			}
		);
	}
	return {
		url: `postgres://${USER}@127.0.0.1:${port}/${DATABASE}`,
		port,
		dir,
		stop,
		crash,
		start() {
			if (running) return;
			// After a crash, a backend that noticed its postmaster's death may still be on its way
			// out and hold the shared memory a moment: the start is tried again, as an operator would.
			for (let attempt = 1; ; attempt += 1) {
				try {
					start();
					break;
				} catch (error) {
					if (attempt >= 5) throw error;
					Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
				}
			}
			running = true;
		},
		remove
	};
}

/**
 * The processes whose parent is `pid` (from /proc).
 * @param {number} pid
 * @returns {number[]}
 */
function childrenOf(pid) {
	/** @type {number[]} */
	const children = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
			// `pid (name) state ppid …`: the name may hold spaces and parentheses.
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (parent === pid) children.push(Number(entry));
		} catch {
			// Gone meanwhile.
		}
	}
	return children;
}

/**
 * Whether the process runs (a zombie, killed and not yet reaped by its parent, does not).
 * @param {number} pid
 */
function alive(pid) {
	const now = state(pid);
	return now !== null && now !== 'Z';
}

/**
 * A process's state letter from /proc (R, S, T for stopped, Z for a zombie…), null once gone.
 * @param {number} pid
 */
function state(pid) {
	try {
		const stat = readFileSync(join('/proc', String(pid), 'stat'), 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return null;
	}
}

/**
 * @param {number} pid
 * @param {NodeJS.Signals} name
 */
function signal(pid, name) {
	try {
		process.kill(pid, name);
	} catch {
		// Already gone.
	}
}
