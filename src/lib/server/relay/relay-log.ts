export type RelayLogEntry = {
	level: 'info' | 'warn' | 'error';
	event: string;
	[key: string]: unknown;
};

export type RelayLog = (entry: RelayLogEntry) => void;

/**
 * One JSON object per line, so a process manager can collect and filter the relay's log. Written
 * to the streams, not through `console`: while the relay hands a socket's frame to the sync
 * engine, `console.error` belongs to that socket (see library-errors), and the relay's own lines
 * must never be taken for the engine's reports.
 */
export function jsonLineLog(entry: RelayLogEntry): void {
	const line = `${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`;
	if (entry.level === 'info') process.stdout.write(line);
	else process.stderr.write(line);
}
