import { AsyncLocalStorage } from 'node:async_hooks';
import { shorten } from '../../domain/text';

/**
 * The sync engine reports some errors only through `console.error` (an undecodable update from a
 * client is caught and printed with its stack, once per frame). While the relay hands a socket's
 * frame to it, the socket's handler is in scope, so such a report becomes one structured log line
 * about that socket, and the relay can close it. Reports outside any socket go where they went.
 */
export type LibraryErrorHandler = (message: string) => void;

const scope = new AsyncLocalStorage<LibraryErrorHandler>();
let installed = false;

/** The engine's wording for an update it could not apply. */
export const UNDECODABLE_UPDATE = 'Caught error while handling a Yjs update';

/** Characters of a reported message kept before the ellipsis. */
const maxMessageLength = 300;

function describe(values: unknown[]): string {
	const text = values
		.map((value) =>
			value instanceof Error ? `${value.name}: ${value.message}` : String(value).split('\n')[0]
		)
		.join(' ');
	return shorten(text, maxMessageLength + 1);
}

function install(): void {
	if (installed) return;
	installed = true;
	const original = console.error.bind(console);
	console.error = (...values: unknown[]) => {
		const handler = scope.getStore();
		if (handler) handler(describe(values));
		else original(...values);
	};
}

/** Runs `work` (and everything it schedules) with `handler` receiving the engine's error reports. */
export function reportingLibraryErrors<T>(handler: LibraryErrorHandler, work: () => T): T {
	install();
	return scope.run(handler, work);
}
