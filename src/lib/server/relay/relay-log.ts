export type RelayLogEntry = {
	level: 'info' | 'warn' | 'error';
	event: string;
	[key: string]: unknown;
};

export type RelayLog = (entry: RelayLogEntry) => void;

/** One JSON object per line, so a process manager can collect and filter the relay's log. */
export function jsonLineLog(entry: RelayLogEntry): void {
	const line = JSON.stringify({ time: new Date().toISOString(), ...entry });
	if (entry.level === 'info') console.log(line);
	else console.error(line);
}
