#!/usr/bin/env node
// `node scripts/route-preloads.js` (part of `npm run build`): the app shell, build/index.html, is the
// same page for every address, so on its own it asks only for the start of the app; the page's own
// files are found once that has loaded and run, one network round trip later. This writes into the
// shell a small script that, from the address, asks at once for the files of the route about to
// render (modules and styles), and adds that script's hash to the shell's content security policy.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClientBuild, routeClosure } from './route-graph.js';

const MARK = 'data-canal-route-preloads';

/**
 * The pattern of a route id's addresses ('/w/[id]/[step]' → /^\/w\/[^/]+\/[^/]+$/), as a string.
 * @param {string} id
 */
export function routePattern(id) {
	const parts = id
		.split('/')
		.map((part) =>
			/^\[[^\]]+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		);
	return `^${parts.join('\\/') || '\\/'}$`;
}

/** @param {string} code */
const hashOf = (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const SCRIPT = new RegExp(`\\s*<script ${MARK}>([\\s\\S]*?)</script>`);
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/**
 * The shell with its route preloads (replacing earlier ones), and the script's hash in its policy
 * (replacing the earlier script's).
 * @param {string} html the shell
 * @param {{ pattern: string, modules: string[], styles: string[] }[]} routes
 */
export function withRoutePreloads(html, routes) {
	const table = JSON.stringify(
		routes.map(({ pattern, modules, styles }) => [pattern, modules, styles])
	);
	// Runs before the app's own script: the links start the downloads while the start loads.
	const code =
		`{const p=location.pathname;for(const[r,m,s]of ${table})if(new RegExp(r).test(p)){` +
		`for(const h of m){const l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.append(l)}` +
		`for(const h of s){const l=document.createElement('link');l.rel='preload';l.as='style';l.href=h;document.head.append(l)}` +
		`break}}`;
	const earlier = html.match(SCRIPT);
	const stale = earlier ? hashOf(earlier[1] ?? '') : null;
	const policy = html.match(POLICY);
	if (!policy) throw new Error('The shell has no content security policy to add the script to.');
	const directives = (policy[1] ?? '')
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean)
		.map((directive) => {
			if (!directive.startsWith('script-src ')) return directive;
			const sources = directive.split(/\s+/).filter((source) => source !== stale);
			return [...sources, hashOf(code)].join(' ');
		});
	return html
		.replace(SCRIPT, '')
		.replace(
			POLICY,
			`<meta http-equiv="content-security-policy" content="${directives.join('; ')}">\n\t\t<script ${MARK}>${code}</script>`
		);
}

function main() {
	const root = join(dirname(fileURLToPath(import.meta.url)), '..');
	const shellPath = join(root, 'build', 'index.html');
	const build = readClientBuild(root);
	if (!build) throw new Error('No client build: run `vite build` first.');
	const html = readFileSync(shellPath, 'utf8');
	// What the shell already asks for: the start of the app and the root layout.
	const preloaded = new Set([...html.matchAll(/href="\/([^"]+)"/g)].map((match) => match[1]));
	const routes = Object.keys(build.routes).map((id) => {
		const keys = [...routeClosure(build, id, { withStart: false }).keys()];
		const entries = keys.map((key) => build.manifest[key]).filter((entry) => entry !== undefined);
		const modules = entries.map((entry) => entry.file).filter((file) => !preloaded.has(file));
		const styles = [...new Set(entries.flatMap((entry) => entry.css ?? []))].filter(
			(file) => !preloaded.has(file)
		);
		return {
			pattern: routePattern(id),
			modules: modules.map((file) => `/${file}`),
			styles: styles.map((file) => `/${file}`)
		};
	});
	writeFileSync(shellPath, withRoutePreloads(html, routes));
	const files = routes.reduce((sum, route) => sum + route.modules.length + route.styles.length, 0);
	console.log(`route-preloads: ${routes.length} routes, ${files} files asked for by the shell`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
