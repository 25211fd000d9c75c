/**
 * The summary's e-mail draft as a `mailto:` link. Canal never sends mail: the link opens the
 * facilitator's own mail program with the draft filled in, addressed only to the people given
 * (see `summaryRecipients`).
 */
import { m } from '../../paraglide/messages.js';
import type { Locale } from '../locale';

/** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
export const MAX_EMAIL_LENGTH = 254;
/**
 * Links longer than this fail in some mail programs and browsers (Outlook and older Windows
 * handlers cut or refuse them near 2,000 characters), so a longer draft gets a short body.
 */
export const MAILTO_LIMIT = 2_000;

/** Deliberately plain: one @, no spaces or brackets, a dot in the domain. Bounded length. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/u;

/** The address trimmed, or null when it is not one a mail program would take. */
export function emailAddress(value: string): string | null {
	const address = value.trim();
	if (address.length === 0 || address.length > MAX_EMAIL_LENGTH) return null;
	return ADDRESS.test(address) ? address : null;
}

export interface Recipient {
	/** The ballot (device) that shared the address. */
	ballot: string;
	email: string;
}

/**
 * Who the draft goes to: the addresses shared by people who were in the session, valid ones only,
 * each once. An address shared by someone who was not there is left out.
 */
export function summaryRecipients(
	shared: readonly Recipient[],
	inSession: ReadonlySet<string>
): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const { ballot, email } of shared) {
		const address = emailAddress(email);
		if (!address || !inSession.has(ballot)) continue;
		const key = address.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(address);
	}
	return out;
}

export interface MailDraft {
	href: string;
	/** False when the body is the short note because the whole summary would not fit the link. */
	complete: boolean;
}

/** Line breaks as e-mail wants them (CRLF), everything else percent-encoded. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
/** An address in a mailto's path: its @ stays, everything that is not plain gets encoded. */
const encodeAddress = (address: string) => encodeURIComponent(address).replace(/%40/g, '@');

/** What the draft says when the whole summary would not fit: where it is, by the buttons' names. */
export function shortBody(locale: Locale = 'en'): string {
	const options = { locale };
	return m.today_mail_too_long(
		{ copy: m.today_copy_summary({}, options), download: m.today_download_pdf({}, options) },
		options
	);
}

/**
 * The draft: the whole summary as its body when the link stays within `MAILTO_LIMIT`, else a
 * short body that says where the whole summary is, with the headline.
 */
export function summaryMailto(
	recipients: readonly string[],
	subject: string,
	body: string,
	headline: string,
	limit = MAILTO_LIMIT,
	locale: Locale = 'en'
): MailDraft {
	const to = recipients.map(encodeAddress).join(',');
	const link = (text: string) => `mailto:${to}?subject=${encode(subject)}&body=${encode(text)}`;
	const full = link(body);
	if (full.length <= limit) return { href: full, complete: true };
	return { href: link(`${headline}\n\n${shortBody(locale)}`), complete: false };
}
