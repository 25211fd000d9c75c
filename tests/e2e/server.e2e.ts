import { expect, test } from '@playwright/test';

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };

/** Width and height from a PNG's IHDR chunk, which always directly follows the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the shell carries a strict CSP header and security headers', async ({ request }) => {
	const response = await request.get('/');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	const policy = headers['content-security-policy'] ?? '';
	expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).not.toContain('unsafe-eval');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['cache-control']).toBe('no-cache');

	// The header must allow exactly what the meta tag allows, or the bootstrap script is blocked.
	const html = await response.text();
	const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	expect(meta).toBeDefined();
	expect(policy.startsWith(meta ?? '')).toBe(true);
});

test('/healthz answers ok', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ ok: true });
});

test('deep links get the shell, missing assets get 404', async ({ request }) => {
	const deepLink = await request.get('/w/some-id/purpose');
	expect(deepLink.status()).toBe(200);
	expect(deepLink.headers()['content-type']).toContain('text/html');

	expect((await request.get('/_app/immutable/nope.js')).status()).toBe(404);
	expect((await request.get('/icons/nope.png')).status()).toBe(404);
});

test('the manifest is served as JSON and every icon it lists exists', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
	const manifest = (await response.json()) as {
		name: string;
		start_url: string;
		display: string;
		icons: ManifestIcon[];
	};
	expect(manifest.name).toBe('Canal');
	expect(manifest.start_url).toBe('/');
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

	for (const icon of manifest.icons) {
		const file = await request.get(icon.src);
		expect(file.status(), icon.src).toBe(200);
		expect(file.headers()['content-type'], icon.src).toBe(icon.type);
		if (icon.type === 'image/png') {
			const [width, height] = icon.sizes.split('x').map(Number);
			expect(pngSize(await file.body()), icon.src).toEqual({ width, height });
		}
	}
});

test('hashed assets are immutable and the service worker is revalidated', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const asset = /\/_app\/immutable\/[^"]+\.js/.exec(html)?.[0];
	expect(asset).toBeDefined();
	const chunk = await request.get(asset ?? '');
	expect(chunk.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(chunk.headers()['content-type']).toMatch(/^text\/javascript/);

	const worker = await request.get('/service-worker.js');
	expect(worker.status()).toBe(200);
	expect(worker.headers()['cache-control']).toBe('no-cache');
});

test('the app loads without CSP violations', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	const consoleViolations: string[] = [];
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) consoleViolations.push(message.text());
	});

	for (const path of ['/', '/w/some-id/purpose']) {
		await page.goto(path);
		await expect(page).toHaveTitle(/Canal/);
		await expect(page.getByRole('heading').first()).toBeVisible();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const violations = await page.evaluate(
			() => (window as unknown as { __cspViolations: string[] }).__cspViolations
		);
		expect(violations, path).toEqual([]);
	}
	expect(consoleViolations).toEqual([]);
});

test('Chromium considers the app installable', async ({ page }) => {
	await page.goto('/');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Test contexts are incognito profiles, where Chromium never offers installation.
	const errorIds = installabilityErrors.map((error) => error.errorId);
	expect(errorIds.filter((id) => id !== 'in-incognito')).toEqual([]);
	const { errors } = await cdp.send('Page.getAppManifest');
	expect(errors).toEqual([]);
});
