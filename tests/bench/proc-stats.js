import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const clockTicks = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	} catch {
		return 100;
	}
})();

/**
 * VmRSS and VmHWM of a process, in KiB (Linux); null elsewhere.
 * @param {number} pid
 * @returns {{ rssKiB: number, hwmKiB: number } | null}
 */
export function memoryOf(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (/** @type {string} */ name) =>
			Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
		return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
	} catch {
		return null;
	}
}

/**
 * User + system CPU time of a process, in ms (Linux); null elsewhere. With `withExitedChildren`,
 * its children that exited count too (a database server's finished backends).
 * @param {number} pid
 * @param {boolean} [withExitedChildren]
 * @returns {number | null}
 */
export function cpuMsOf(pid, withExitedChildren = false) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may contain spaces): state is field 3, utime 14,
		// stime 15, then cutime 16 and cstime 17 (children that exited).
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const children = withExitedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
		return ((Number(fields[11]) + Number(fields[12]) + children) * 1000) / clockTicks;
	} catch {
		return null;
	}
}
