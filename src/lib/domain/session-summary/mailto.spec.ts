import { describe, expect, it } from 'vitest';
import {
	emailAddress,
	MAILTO_LIMIT,
	MAX_EMAIL_LENGTH,
	shortBody,
	summaryMailto,
	summaryRecipients
} from './mailto';

describe('emailAddress', () => {
	it.each([
		['ana@example.org', 'ana@example.org'],
		['  jo.smith+canal@mail.example.co.uk ', 'jo.smith+canal@mail.example.co.uk'],
		['', null],
		['ana', null],
		['ana@example', null],
		['ana @example.org', null],
		['a@b@example.org', null],
		['<ana@example.org>', null],
		['ana@example.org, bob@example.org', null],
		['ana@example.org?cc=eve@evil.example', null],
		[`${'a'.repeat(MAX_EMAIL_LENGTH)}@example.org`, null]
	])('%j → %j', (input, expected) => {
		expect(emailAddress(input)).toBe(expected);
	});
});

describe('summaryRecipients', () => {
	it('keeps only valid addresses of people who were in the session, each once', () => {
		const shared = [
			{ ballot: 'b1', email: 'ana@example.org' },
			{ ballot: 'b2', email: 'not an address' },
			{ ballot: 'b3', email: 'left@example.org' },
			{ ballot: 'b4', email: 'ANA@example.org' },
			{ ballot: 'b5', email: 'jo@example.org' }
		];
		expect(summaryRecipients(shared, new Set(['b1', 'b2', 'b4', 'b5']))).toEqual([
			'ana@example.org',
			'jo@example.org'
		]);
		expect(summaryRecipients(shared, new Set())).toEqual([]);
	});
});

describe('summaryMailto', () => {
	it('encodes recipients, subject and body; line breaks become CRLF', () => {
		const draft = summaryMailto(
			['ana@example.org', 'jo+team@example.org'],
			'Today’s summary: Library & co',
			'Line one\nLine two: 50 % & more?',
			'Headline'
		);
		expect(draft.complete).toBe(true);
		expect(draft.href).toBe(
			'mailto:ana@example.org,jo%2Bteam@example.org' +
				'?subject=Today%E2%80%99s%20summary%3A%20Library%20%26%20co' +
				'&body=Line%20one%0D%0ALine%20two%3A%2050%20%25%20%26%20more%3F'
		);
		const url = new URL(draft.href);
		expect(url.searchParams.get('body')).toBe('Line one\r\nLine two: 50 % & more?');
		expect(url.searchParams.get('subject')).toBe('Today’s summary: Library & co');
	});

	it('with nobody to address, leaves the recipients for the sender to fill in', () => {
		expect(summaryMailto([], 'S', 'B', 'H').href).toBe('mailto:?subject=S&body=B');
	});

	it('puts a short body that says where the whole summary is when it would not fit', () => {
		const body = 'Decided: '.concat('x'.repeat(3_000));
		const draft = summaryMailto(['ana@example.org'], 'Summary', body, '3 goals added.');
		expect(draft.complete).toBe(false);
		expect(draft.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
		expect(new URL(draft.href).searchParams.get('body')).toBe(
			`3 goals added.\r\n\r\n${shortBody()}`
		);
	});

	it('writes the short body in the summary’s language', () => {
		const body = 'x'.repeat(3_000);
		const draft = summaryMailto([], 'S', body, 'Rien.', MAILTO_LIMIT, 'fr');
		const short = new URL(draft.href).searchParams.get('body') ?? '';
		expect(short).toContain('presse-papiers (Copier le résumé)');
		expect(short).not.toContain('clipboard');
	});

	it('keeps the whole body up to the limit, exactly', () => {
		const prefix = 'mailto:?subject=S&body='.length;
		const fits = 'y'.repeat(MAILTO_LIMIT - prefix);
		expect(summaryMailto([], 'S', fits, 'H')).toEqual({
			href: `mailto:?subject=S&body=${fits}`,
			complete: true
		});
		expect(summaryMailto([], 'S', `${fits}y`, 'H').complete).toBe(false);
	});
});
