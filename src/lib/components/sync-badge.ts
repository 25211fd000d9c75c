// The sync badge's words: one short label and one sentence for each way this device stands with
// the relay, in the interface's language. The statuses themselves (sync/status.ts) carry no words.
import { formatCount, type Locale } from '../domain/locale';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Refusal } from '../sync/protocol';
import { REGISTRATION_REFUSALS, syncTone, type SyncStatus, type SyncTone } from '../sync/status';

/** The relay's known refusals in the interface's language (the relay itself speaks English). */
const REFUSAL_MESSAGES: Record<Refusal, (inputs: object, options: { locale: Locale }) => string> = {
	unauthorized: m.sync_refusal_unauthorized,
	unknownRoom: m.sync_refusal_unknown_room,
	readOnly: m.sync_refusal_read_only,
	tooLarge: m.sync_refusal_too_large,
	tooChatty: m.sync_refusal_too_chatty,
	throttled: m.sync_refusal_throttled,
	documentFull: m.sync_refusal_document_full,
	unavailable: m.sync_refusal_unavailable,
	registrationKey: m.sync_refusal_registration_key,
	registrationLimit: m.sync_refusal_registration_limit,
	relayFull: m.sync_refusal_relay_full,
	tooManyDocuments: m.sync_refusal_too_many_documents,
	tooManySockets: m.sync_refusal_too_many_sockets,
	signInTimeout: m.sync_refusal_sign_in_timeout,
	tooFast: m.sync_refusal_too_fast,
	slowReader: m.sync_refusal_slow_reader,
	badOrigin: m.sync_refusal_bad_origin
};

/** A refusal the relay named, in the interface's language; any other reason as the relay gave it. */
export function describeRefusal(
	reason: string,
	refusal: Refusal | undefined,
	locale: Locale = getLocale()
): string {
	return refusal ? REFUSAL_MESSAGES[refusal]({}, { locale }) : reason;
}

export interface SyncBadge {
	label: string;
	detail: string;
	tone: SyncTone;
}

export function describeSync(status: SyncStatus, locale: Locale = getLocale()): SyncBadge {
	const options = { locale };
	const counted = (count: number) => ({ count, countText: formatCount(count, locale) });
	/** " 3 changes will be sent when it is back." after a sentence, or nothing. */
	const pending = (count: number) =>
		count === 0 ? '' : ` ${m.sync_pending(counted(count), options)}`;
	const words = (): Omit<SyncBadge, 'tone'> => {
		switch (status.kind) {
			case 'local-only':
				return {
					label: m.sync_local_only_label({}, options),
					detail: m.sync_local_only_detail({}, options)
				};
			case 'offline':
				return {
					label: m.sync_offline_label({}, options),
					detail: m.sync_offline_detail({}, options) + pending(status.unsynced)
				};
			case 'connecting':
				return {
					label: m.sync_connecting_label({}, options),
					detail: m.sync_connecting_detail({}, options) + pending(status.unsynced)
				};
			case 'synced':
				return {
					label: m.sync_synced_label({}, options),
					detail: m.sync_synced_detail({}, options)
				};
			case 'unsynced':
				return {
					label: m.sync_unsynced_label({ countText: formatCount(status.count, locale) }, options),
					detail: m.sync_unsynced_detail(counted(status.count), options)
				};
			case 'refused':
				return {
					label:
						status.refusal && REGISTRATION_REFUSALS.has(status.refusal)
							? m.sync_refused_not_shared_label({}, options)
							: m.sync_refused_label({}, options),
					detail: describeRefusal(status.reason, status.refusal, locale)
				};
			case 'read-only':
				return {
					label: m.sync_read_only_label({}, options),
					detail: m.sync_read_only_detail({}, options)
				};
			case 'unreachable':
				return {
					label: m.sync_unreachable_label({}, options),
					detail: m.sync_unreachable_detail({}, options) + pending(status.unsynced)
				};
		}
	};
	return { ...words(), tone: syncTone(status) };
}
