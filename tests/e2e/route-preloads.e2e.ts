import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';

// Requests made by a service worker escape `page.route`: this file holds the start of the app back.
test.use({ serviceWorkers: 'block' });

test("a step page asks for its own files while the app's start is still loading, under the shell's policy", async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Preloaded');
	const shell = await (await page.request.get('/')).text();
	const fromShell = new Set([...shell.matchAll(/<link href="([^"]+)"/g)].map((match) => match[1]));
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) violations.push(message.text());
	});

	// The start of the app arrives a second late: what is asked for meanwhile, the shell asked for.
	let startDelivered = false;
	const askedBeforeStart: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (!startDelivered && pathname.startsWith('/_app/') && !fromShell.has(pathname))
			askedBeforeStart.push(pathname);
	});
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		startDelivered = true;
		await route.continue();
	});

	await page.goto(`/w/${id}/stakeholders`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Audience and stakeholders' })
	).toBeVisible();
	await expect(page.getByRole('group', { name: 'Add a starter group' })).toBeVisible();
	// The step page's own node and its styles, beyond the root layout the shell always loads.
	expect(askedBeforeStart.filter((path) => path.includes('/nodes/')).length).toBeGreaterThan(0);
	expect(askedBeforeStart.some((path) => path.endsWith('.css'))).toBe(true);
	expect(violations).toEqual([]);
});
