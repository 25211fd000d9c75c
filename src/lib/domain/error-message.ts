/** What went wrong, in a sentence for a log line or a status: anything can be thrown in JavaScript. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
