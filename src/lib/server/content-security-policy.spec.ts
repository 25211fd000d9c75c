import { describe, expect, it } from 'vitest';
import { buildHeaderPolicy, readMetaPolicy } from './content-security-policy';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('readMetaPolicy', () => {
	it.each([
		[
			'SvelteKit output',
			`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x='">`,
			"script-src 'self' 'sha256-x='"
		],
		[
			'attribute order and case',
			`<META content="default-src 'self'" HTTP-EQUIV="Content-Security-Policy">`,
			"default-src 'self'"
		],
		[
			'entity-encoded quotes',
			`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`,
			"default-src 'self'"
		],
		['no CSP meta', `<meta name="description" content="Canal">`, undefined]
	])('%s', (_name, head, expected) => {
		expect(readMetaPolicy(page(head))).toBe(expected);
	});
});

describe('buildHeaderPolicy', () => {
	it('adds frame-ancestors, which a meta tag cannot carry', () => {
		const html = page(`<meta http-equiv="content-security-policy" content="default-src 'self';">`);
		expect(buildHeaderPolicy(html)).toEqual({
			policy: "default-src 'self'; frame-ancestors 'none'",
			fromMeta: true
		});
	});

	it('keeps a frame-ancestors directive the policy already has', () => {
		const html = page(
			`<meta http-equiv="content-security-policy" content="default-src 'self'; frame-ancestors 'self'">`
		);
		expect(buildHeaderPolicy(html).policy).toBe("default-src 'self'; frame-ancestors 'self'");
	});

	it('still forbids framing and plugins when the shell has no policy', () => {
		const { policy, fromMeta } = buildHeaderPolicy(page(''));
		expect(fromMeta).toBe(false);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
	});
});
