import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { routePattern, withRoutePreloads } from '../../scripts/route-preloads.js';

const SHELL = `<!doctype html><html><head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-kit='; object-src 'none'">
		<link href="/_app/immutable/entry/start.js" rel="modulepreload">
	</head><body><script>kit()</script></body></html>`;

const ROUTES = [
	{ pattern: routePattern('/'), modules: ['/_app/immutable/nodes/3.js'], styles: [] },
	{
		pattern: routePattern('/w/[id]/[step]'),
		modules: ['/_app/immutable/nodes/2.js', '/_app/immutable/nodes/6.js'],
		styles: ['/_app/immutable/assets/6.css']
	}
];

const scriptOf = (html: string) =>
	/<script data-canal-route-preloads>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1]?.split('; ') ?? [];
const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** Runs the shell's script for an address and lists the links it adds. */
function linksFor(html: string, pathname: string): string[] {
	const added: string[] = [];
	const document = {
		createElement: () => ({}) as Record<string, string>,
		head: { append: (link: Record<string, string>) => added.push(`${link.rel} ${link.href}`) }
	};
	new Function('location', 'document', scriptOf(html))({ pathname }, document);
	return added;
}

describe('route preloads in the shell', () => {
	it.each([
		['/', '/', true],
		['/', '/join', false],
		['/join', '/join', true],
		['/w/[id]', '/w/abc', true],
		['/w/[id]', '/w/abc/purpose', false],
		['/w/[id]/[step]', '/w/abc/purpose', true],
		['/w/[id]/[step]', '/w/abc/purpose/x', false],
		['/w/[id]/[step]', '/w//purpose', false]
	])('%s matches %s: %s', (id, pathname, matches) => {
		expect(new RegExp(routePattern(id)).test(pathname)).toBe(matches);
	});

	it('asks for the files of the route the address renders, and only those', () => {
		const html = withRoutePreloads(SHELL, ROUTES);
		expect(linksFor(html, '/w/abc/stakeholders')).toEqual([
			'modulepreload /_app/immutable/nodes/2.js',
			'modulepreload /_app/immutable/nodes/6.js',
			'preload /_app/immutable/assets/6.css'
		]);
		expect(linksFor(html, '/')).toEqual(['modulepreload /_app/immutable/nodes/3.js']);
		expect(linksFor(html, '/nowhere')).toEqual([]);
	});

	it("runs before the app's script and is allowed by the shell's policy, the rest unchanged", () => {
		const html = withRoutePreloads(SHELL, ROUTES);
		expect(html.indexOf('data-canal-route-preloads')).toBeLessThan(html.indexOf('kit()'));
		expect(policyOf(html)).toEqual([
			"default-src 'self'",
			`script-src 'self' 'sha256-kit=' ${hash(scriptOf(html))}`,
			"object-src 'none'"
		]);
	});

	it('replaces its own script and hash when run again on a new build', () => {
		const first = withRoutePreloads(SHELL, ROUTES);
		const second = withRoutePreloads(first, ROUTES.slice(0, 1));
		expect(second.match(/data-canal-route-preloads/g)).toHaveLength(1);
		expect(policyOf(second)[1]).toBe(`script-src 'self' 'sha256-kit=' ${hash(scriptOf(second))}`);
		expect(linksFor(second, '/w/abc/purpose')).toEqual([]);
	});

	it('refuses a shell without a policy', () => {
		expect(() => withRoutePreloads('<html><head></head></html>', ROUTES)).toThrow(/policy/);
	});
});
