import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from './locale';

/** What went wrong, in a sentence for a log line or a status: anything can be thrown in JavaScript. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Said when a workshop was deleted (on another tab) while someone still acted on it. */
export function workshopGone(locale: Locale = getLocale()): string {
	return m.workshop_gone({}, { locale });
}
