import { errorMessage } from '../domain/error-message';
import { createReadStream, existsSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { buildHeaderPolicy } from './content-security-policy';
import { contentTypeFor, isCompressible } from './content-types';

const gzip = promisify(gzipCallback);

export type LogEntry = {
	level: 'info' | 'warn' | 'error';
	event: string;
	[key: string]: unknown;
};

export type AppServerOptions = {
	/** The adapter-static output: `index.html` (the SPA shell) plus `_app/` and static files. */
	buildDir: string;
	log?: (entry: LogEntry) => void;
	/** `/healthz` and `/readyz` as the relay in the same process answers them. */
	health?: (
		path: string
	) => { status: number; body: string } | null | Promise<{ status: number; body: string } | null>;
};

const immutableCache = 'public, max-age=31536000, immutable';
/** Everything without a content hash in its name must be revalidated, or an update never arrives. */
const revalidateCache = 'no-cache';

/** Below this, gzip framing costs about as much as it saves. */
const minCompressBytes = 1024;
/** Larger files are streamed as they are instead of being held in memory. */
const maxCompressBytes = 8 * 1024 * 1024;
const maxGzipCacheBytes = 64 * 1024 * 1024;

type ShellPolicy = { key: string; policy: string; fromMeta: boolean };

class BadRequest extends Error {}

/** Canal uses none of these; a page that is never granted them cannot be tricked into asking. */
export const PERMISSIONS_POLICY = [
	'camera=()',
	'microphone=()',
	'geolocation=()',
	'payment=()',
	'usb=()',
	'display-capture=()'
].join(', ');

/**
 * Turns the raw request target into a path inside `root`. Decoding happens before the `..` check
 * so `%2e%2e` and `%2f` cannot smuggle a parent segment past it.
 */
function resolveRequestPath(root: string, target: string): { pathname: string; filePath: string } {
	const rawPath = target.split(/[?#]/, 1)[0] ?? '';
	if (!rawPath.startsWith('/')) throw new BadRequest('request target must be an absolute path');
	let pathname: string;
	try {
		pathname = decodeURIComponent(rawPath);
	} catch {
		throw new BadRequest('malformed percent-encoding');
	}
	if (pathname.includes('\0') || pathname.includes('\\')) throw new BadRequest('invalid character');
	if (pathname.split('/').some((segment) => segment === '..')) {
		throw new BadRequest('parent segments are not allowed');
	}
	const filePath = join(root, pathname);
	if (filePath !== root && !filePath.startsWith(root + sep)) {
		throw new BadRequest('path escapes the build directory');
	}
	return { pathname, filePath };
}

function acceptsGzip(request: IncomingMessage): boolean {
	const header = request.headers['accept-encoding'];
	if (typeof header !== 'string') return false;
	return header.split(',').some((part) => {
		const [coding, ...params] = part.trim().split(';');
		if (coding?.trim().toLowerCase() !== 'gzip') return false;
		const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

function entityTag(stats: Stats): string {
	return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

function isFresh(request: IncomingMessage, etag: string): boolean {
	const header = request.headers['if-none-match'];
	if (typeof header !== 'string') return false;
	return header
		.split(',')
		.map((tag) => tag.trim())
		.some((tag) => tag === '*' || tag === etag || tag === etag.slice(2));
}

/** A path that names a file (or lives among the build's assets) must never get the shell instead. */
function looksLikeAsset(pathname: string): boolean {
	return pathname.startsWith('/_app/') || extname(pathname) !== '';
}

/** A visitor closing the tab mid-download is normal traffic, not a server error worth a log line. */
function isClientAbort(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE';
}

function cacheControlFor(pathname: string): string {
	return pathname.startsWith('/_app/immutable/') ? immutableCache : revalidateCache;
}

/**
 * Serves the static SPA build. Returns an `http.Server` that is not listening yet, so the relay can
 * attach to the same server's `upgrade` event before `listen()`.
 */
export function createAppServer(options: AppServerOptions): Server {
	const root = resolve(options.buildDir);
	const shellPath = join(root, 'index.html');
	const log = options.log ?? (() => {});
	if (!existsSync(shellPath)) {
		throw new Error(`No app shell at ${shellPath}: build the app first (npx vite build).`);
	}

	let shellPolicy: ShellPolicy | undefined;
	const gzipCache = new Map<string, { etag: string; body: Buffer }>();
	let gzipCacheBytes = 0;

	/** Re-read when the shell changes, because every build hashes a different bootstrap script. */
	async function currentPolicy(): Promise<string> {
		const stats = await stat(shellPath);
		const key = entityTag(stats);
		if (shellPolicy?.key !== key) {
			const built = buildHeaderPolicy(await readFile(shellPath, 'utf8'));
			if (!built.fromMeta) {
				log({ level: 'warn', event: 'csp-meta-missing', shell: shellPath });
			}
			shellPolicy = { key, ...built };
		}
		return shellPolicy.policy;
	}

	async function gzipped(filePath: string, etag: string): Promise<Buffer> {
		const cached = gzipCache.get(filePath);
		if (cached?.etag === etag) return cached.body;
		const body = await gzip(await readFile(filePath));
		if (cached) {
			gzipCache.delete(filePath);
			gzipCacheBytes -= cached.body.length;
		}
		// A build is a few megabytes; the cap only guards against a build dir full of large files.
		if (gzipCacheBytes + body.length > maxGzipCacheBytes) {
			gzipCache.clear();
			gzipCacheBytes = 0;
		}
		gzipCache.set(filePath, { etag, body });
		gzipCacheBytes += body.length;
		return body;
	}

	async function securityHeaders(): Promise<Record<string, string>> {
		return {
			'Content-Security-Policy': await currentPolicy(),
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer',
			'X-Frame-Options': 'DENY',
			// No other site's window keeps a handle on Canal's, and no other site embeds its files.
			'Cross-Origin-Opener-Policy': 'same-origin',
			'Cross-Origin-Resource-Policy': 'same-origin',
			'Permissions-Policy': PERMISSIONS_POLICY
		};
	}

	async function sendText(
		request: IncomingMessage,
		response: ServerResponse,
		status: number,
		body: string,
		headers: Record<string, string> = {}
	): Promise<void> {
		response.writeHead(status, {
			...(await securityHeaders()),
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Length': String(Buffer.byteLength(body)),
			'Cache-Control': 'no-store',
			...headers
		});
		response.end(request.method === 'HEAD' ? undefined : body);
	}

	async function sendFile(
		request: IncomingMessage,
		response: ServerResponse,
		filePath: string,
		stats: Stats,
		cacheControl: string
	): Promise<void> {
		const etag = entityTag(stats);
		const compressible = isCompressible(filePath);
		const headers: Record<string, string> = {
			...(await securityHeaders()),
			'Content-Type': contentTypeFor(filePath),
			'Cache-Control': cacheControl,
			ETag: etag,
			'Last-Modified': stats.mtime.toUTCString()
		};
		if (compressible) headers['Vary'] = 'Accept-Encoding';

		if (isFresh(request, etag)) {
			response.writeHead(304, headers);
			response.end();
			return;
		}

		const compress =
			compressible &&
			stats.size >= minCompressBytes &&
			stats.size <= maxCompressBytes &&
			acceptsGzip(request);
		if (compress) {
			const body = await gzipped(filePath, etag);
			response.writeHead(200, {
				...headers,
				'Content-Encoding': 'gzip',
				'Content-Length': String(body.length)
			});
			response.end(request.method === 'HEAD' ? undefined : body);
			return;
		}

		response.writeHead(200, { ...headers, 'Content-Length': String(stats.size) });
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		await pipeline(createReadStream(filePath), response);
	}

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			await sendText(request, response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
			return;
		}

		let target: { pathname: string; filePath: string };
		try {
			target = resolveRequestPath(root, request.url ?? '/');
		} catch (error) {
			if (error instanceof BadRequest) {
				await sendText(request, response, 400, 'Bad request\n');
				return;
			}
			throw error;
		}
		const { pathname, filePath } = target;

		const health =
			(await options.health?.(pathname)) ??
			(pathname === '/healthz' ? { status: 200, body: JSON.stringify({ ok: true }) } : null);
		if (health) {
			await sendText(request, response, health.status, health.body, {
				'Content-Type': 'application/json; charset=utf-8'
			});
			return;
		}

		const stats = await stat(filePath).catch(() => undefined);
		if (stats?.isFile()) {
			await sendFile(request, response, filePath, stats, cacheControlFor(pathname));
			return;
		}
		if (looksLikeAsset(pathname)) {
			await sendText(request, response, 404, 'Not found\n');
			return;
		}
		// Client-side routes (`/w/<id>/purpose`) exist only in the browser: they all get the shell.
		await sendFile(request, response, shellPath, await stat(shellPath), revalidateCache);
	}

	return createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (isClientAbort(error)) {
				response.destroy();
				return;
			}
			log({
				level: 'error',
				event: 'request-failed',
				method: request.method,
				url: request.url,
				message: errorMessage(error)
			});
			if (response.headersSent) {
				response.destroy();
			} else {
				response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
				response.end('Internal server error\n');
			}
		});
	});
}
