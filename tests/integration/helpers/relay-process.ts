import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../../scripts/relay.js', import.meta.url));
const startTimeoutMs = 15_000;

export interface RelayProcess {
	child: ChildProcess;
	port: number;
	url: string;
	/** Every JSON line the relay logged. */
	lines: Record<string, unknown>[];
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `scripts/relay.js` as its own process, as `npm run relay` does. With port 0 the relay
 * picks one and reports it in its start line. `openFiles` caps the process's open files.
 */
export function spawnRelay(
	dataDir: string,
	port = 0,
	options: { openFiles?: number; env?: Record<string, string>; startTimeoutMs?: number } = {}
): Promise<RelayProcess> {
	const env = {
		...process.env,
		...options.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		CANAL_DATA_DIR: dataDir
	};
	// A low open-file limit, as on a small host, is set by the shell that then becomes the relay.
	const child = options.openFiles
		? spawn(
				'sh',
				['-c', `ulimit -n ${options.openFiles} && exec "$0" "$1"`, process.execPath, script],
				{
					env,
					stdio: ['ignore', 'pipe', 'pipe']
				}
			)
		: spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	const lines: Record<string, unknown>[] = [];
	const stderr: string[] = [];
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	const collect = (line: string): Record<string, unknown> | null => {
		try {
			const entry = JSON.parse(line) as Record<string, unknown>;
			lines.push(entry);
			return entry;
		} catch {
			stderr.push(line);
			return null;
		}
	};
	createInterface({ input: child.stderr! }).on('line', collect);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`relay did not start: ${stderr.join('\n')}`));
		}, options.startTimeoutMs ?? startTimeoutMs);
		void exited.then(({ code }) => {
			clearTimeout(timer);
			// What it logged says why (a bad setting, a port taken, a locked file).
			const said = [...stderr, ...lines.map((entry) => JSON.stringify(entry))].join('\n');
			reject(new Error(`relay exited with ${code} before starting: ${said}`));
		});
		createInterface({ input: child.stdout! }).on('line', (line) => {
			const entry = collect(line);
			if (entry?.event !== 'start' || typeof entry.port !== 'number') return;
			clearTimeout(timer);
			resolve({ child, port: entry.port, url: `ws://127.0.0.1:${entry.port}/sync`, lines, exited });
		});
	});
}
