import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer, type LogEntry } from './app-server';

const scriptHash = "'sha256-abc123+/='";
const shell = `<!doctype html>
<html lang="en">
	<head>
		<title>Canal</title>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scriptHash}; object-src 'none'">
	</head>
	<body><script>start()</script>${'<!-- padding so the shell is worth compressing -->'.repeat(40)}</body>
</html>`;
const chunk = `export const answer = 42;\n${'// filler\n'.repeat(200)}`;

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };

let root: string;
let buildDir: string;
let server: Server;
let port: number;
const logged: LogEntry[] = [];

/** node:http sends the path exactly as given, unlike fetch, which would normalise `..` away. */
function send(
	path: string,
	options: { method?: string; headers?: Record<string, string> } = {}
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
			(res) => {
				const parts: Buffer[] = [];
				res.on('data', (part: Buffer) => parts.push(part));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) })
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'canal-app-server-'));
	buildDir = join(root, 'build');
	await mkdir(join(buildDir, '_app', 'immutable', 'chunks'), { recursive: true });
	await mkdir(join(buildDir, 'icons'), { recursive: true });
	await writeFile(join(buildDir, 'index.html'), shell);
	await writeFile(join(buildDir, '_app', 'immutable', 'chunks', 'app.abc123.js'), chunk);
	await writeFile(join(buildDir, 'service-worker.js'), 'self.addEventListener("fetch", () => {});');
	await writeFile(join(buildDir, 'manifest.webmanifest'), '{"name":"Canal"}');
	await writeFile(join(buildDir, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	// A file next to the build directory that traversal attempts try to reach.
	await writeFile(join(root, 'secret.json'), '{"secret":"do not serve"}');

	server = createAppServer({ buildDir, log: (entry) => logged.push(entry) });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	await rm(root, { recursive: true, force: true });
});

describe('createAppServer', () => {
	it('refuses to start without a built shell', async () => {
		const empty = await mkdtemp(join(tmpdir(), 'canal-empty-build-'));
		expect(() => createAppServer({ buildDir: empty })).toThrow(/build the app first/);
		await rm(empty, { recursive: true, force: true });
	});

	it('answers /healthz with ok', async () => {
		const reply = await send('/healthz');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toMatch(/^application\/json/);
		expect(JSON.parse(reply.body.toString())).toEqual({ ok: true });
	});

	it('serves the shell for / and for client-side routes', async () => {
		for (const path of ['/', '/w/some-id/purpose', '/w/some-id/purpose?step=2']) {
			const reply = await send(path);
			expect(reply.status, path).toBe(200);
			expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(reply.headers['cache-control']).toBe('no-cache');
			expect(reply.body.toString()).toContain('<title>Canal</title>');
		}
	});

	it('sends a CSP header built from the shell meta tag, plus frame-ancestors', async () => {
		const { headers } = await send('/');
		const policy = headers['content-security-policy'];
		expect(policy).toContain(`script-src 'self' ${scriptHash}`);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toMatch(/frame-ancestors 'none'$/);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['cross-origin-opener-policy']).toBe('same-origin');
		expect(headers['cross-origin-resource-policy']).toBe('same-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
	});

	it('serves hashed assets as immutable with the right type', async () => {
		const reply = await send('/_app/immutable/chunks/app.abc123.js');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(reply.body.toString()).toBe(chunk);
	});

	it('revalidates the service worker and the manifest on every load', async () => {
		const worker = await send('/service-worker.js');
		expect(worker.headers['cache-control']).toBe('no-cache');
		const manifest = await send('/manifest.webmanifest');
		expect(manifest.headers['cache-control']).toBe('no-cache');
		expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
		const icon = await send('/icons/icon-192.png');
		expect(icon.headers['content-type']).toBe('image/png');
	});

	it('answers 404 for missing assets instead of the shell', async () => {
		for (const path of [
			'/_app/immutable/nope.js',
			'/_app/version.json',
			'/missing.png',
			'/a/b.css'
		]) {
			const reply = await send(path);
			expect(reply.status, path).toBe(404);
			expect(reply.body.toString()).not.toContain('<title>Canal</title>');
		}
	});

	it('never serves files outside the build directory', async () => {
		const attempts = [
			'/../secret.json',
			'/%2e%2e/secret.json',
			'/%2E%2E/secret.json',
			'/..%2fsecret.json',
			'/_app/..%2f..%2fsecret.json',
			'/%2e%2e%2f%2e%2e%2fpackage.json',
			'/..\\secret.json',
			'/icons/%00.png',
			'/%E0%A4%A'
		];
		for (const path of attempts) {
			const reply = await send(path);
			expect(reply.status, path).toBeGreaterThanOrEqual(400);
			expect(reply.status, path).toBeLessThan(500);
			expect(reply.body.toString(), path).not.toContain('do not serve');
		}
	});

	it('answers HEAD with the GET headers and no body', async () => {
		const get = await send('/_app/immutable/chunks/app.abc123.js');
		const head = await send('/_app/immutable/chunks/app.abc123.js', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(head.headers['content-length']).toBe(get.headers['content-length']);
		expect(head.headers['content-type']).toBe(get.headers['content-type']);
		expect((await send('/healthz', { method: 'HEAD' })).status).toBe(200);
	});

	it('rejects methods other than GET and HEAD', async () => {
		const reply = await send('/', { method: 'POST' });
		expect(reply.status).toBe(405);
		expect(reply.headers.allow).toBe('GET, HEAD');
	});

	it('gzips text when the client accepts it, and says it varies', async () => {
		const reply = await send('/_app/immutable/chunks/app.abc123.js', {
			headers: { 'accept-encoding': 'br, gzip' }
		});
		expect(reply.headers['content-encoding']).toBe('gzip');
		expect(reply.headers.vary).toBe('Accept-Encoding');
		expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
		expect(gunzipSync(reply.body).toString()).toBe(chunk);

		const refused = await send('/_app/immutable/chunks/app.abc123.js', {
			headers: { 'accept-encoding': 'gzip;q=0' }
		});
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(refused.body.toString()).toBe(chunk);
	});

	it('answers 304 when the client already has the current version', async () => {
		const first = await send('/');
		const etag = first.headers.etag;
		expect(etag).toBeDefined();
		const second = await send('/', { headers: { 'if-none-match': etag ?? '' } });
		expect(second.status).toBe(304);
		expect(second.body.length).toBe(0);
	});

	it('picks up a rebuilt shell and its new script hash', async () => {
		const rebuilt = shell.replace(scriptHash, "'sha256-rebuilt'");
		await writeFile(join(buildDir, 'index.html'), rebuilt);
		// mtime resolution can be coarse; make sure the change is visible to stat().
		const later = new Date(Date.now() + 5_000);
		await utimes(join(buildDir, 'index.html'), later, later);
		const { headers } = await send('/');
		expect(headers['content-security-policy']).toContain("'sha256-rebuilt'");
		expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
	});
});
