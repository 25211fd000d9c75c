/**
 * The header CSP mirrors the policy SvelteKit writes into the shell's `<meta>` tag, because only the
 * build knows the hash of its inline bootstrap script. A header can carry directives a meta tag
 * cannot (browsers ignore `frame-ancestors` there), so those are added here.
 */
const headerOnlyDirectives: Record<string, string> = {
	'frame-ancestors': "'none'"
};

/** Used when a shell has no CSP meta tag: still forbid framing and plugins rather than send nothing. */
const minimalPolicy = "object-src 'none'; base-uri 'self'";

const metaTagPattern = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
const contentAttributePattern = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

function decodeHtmlAttribute(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;|&apos;/gi, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Returns the policy of the first CSP meta tag in the document, or undefined when there is none. */
export function readMetaPolicy(html: string): string | undefined {
	const tag = metaTagPattern.exec(html)?.[0];
	if (!tag) return undefined;
	const match = contentAttributePattern.exec(tag);
	const content = match?.[1] ?? match?.[2];
	return content === undefined ? undefined : decodeHtmlAttribute(content).trim();
}

function directiveNames(policy: string): Set<string> {
	return new Set(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/)[0]?.toLowerCase() ?? '')
			.filter((name) => name !== '')
	);
}

/** Builds the CSP header value for a shell document. */
export function buildHeaderPolicy(html: string): { policy: string; fromMeta: boolean } {
	const metaPolicy = readMetaPolicy(html);
	const base = metaPolicy && metaPolicy !== '' ? metaPolicy : minimalPolicy;
	const present = directiveNames(base);
	const additions = Object.entries(headerOnlyDirectives)
		.filter(([name]) => !present.has(name))
		.map(([name, value]) => `${name} ${value}`);
	const policy = [base.replace(/;\s*$/, ''), ...additions].join('; ');
	return { policy, fromMeta: metaPolicy !== undefined && metaPolicy !== '' };
}
