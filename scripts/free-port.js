import { execFileSync } from 'node:child_process';

/**
 * Ports Chromium and Node's fetch refuse to connect to (the Fetch standard's "bad ports" above
 * 1023). The system rarely hands one out, but a test server there could never be reached.
 */
const BAD_PORTS = new Set([
	1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669,
	6679, 6697, 10080
]);

// Listening on port 0 makes the system choose a port nobody uses; the child closes it again and
// prints its number. A child, because a config file must know its port before it returns and
// Node offers no synchronous way to listen.
const PROBE = `
const server = require('node:net').createServer();
server.listen(0, process.argv[1], () => {
	process.stdout.write(String(server.address().port));
	server.close();
});`;

/**
 * A TCP port that is free on `host` now, for a server started a moment later. A fixed port would
 * make a run fail at once (or, worse, test someone else's server) whenever something is left
 * listening on it.
 * @param {string} [host]
 * @returns {number}
 */
export function freePort(host = '127.0.0.1') {
	for (let attempt = 0; attempt < 5; attempt++) {
		const port = Number(execFileSync(process.execPath, ['-e', PROBE, host], { encoding: 'utf8' }));
		if (Number.isInteger(port) && port > 0 && !BAD_PORTS.has(port)) return port;
	}
	throw new Error(`No free port found on ${host}.`);
}
