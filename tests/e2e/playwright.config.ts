import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';

// `node scripts/with-chromium.js playwright test -c tests/e2e/playwright.config.ts` exports CHROMIUM_PATH;
// Playwright never downloads its own browsers here.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A port that is free when the run starts, so a server left over from another run cannot make
// this one fail. Playwright loads this file again in every worker process: the first load keeps
// the port in the environment, which the workers inherit, so they all talk to the same server.
process.env.E2E_PORT ??= String(freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);
const dataDir = join(tmpdir(), `canal-e2e-${process.pid}-${Date.now()}`);

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.e2e.ts',
	outputDir: '../.artifacts/e2e',
	fullyParallel: false,
	forbidOnly: ci,
	retries: ci ? 1 : 0,
	// Two cores: the server, the browser and one test worker already keep both busy.
	workers: 1,
	reporter: 'list',
	timeout: 30_000,
	use: {
		baseURL,
		headless: true,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath, args: chromiumLaunchArgs }
	},
	// Tests find elements by their English names: the browser asks for English whatever the
	// machine's language (languages.e2e.ts sets its own).
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined, locale: 'en-US' } }
	],
	webServer: {
		// start.js rebuilds first when the sources are newer than build/, hence the long timeout.
		command: 'node scripts/start.js',
		cwd: '../..',
		url: `${baseURL}/healthz`,
		// A fresh relay data directory per run: tests never meet an earlier run's rooms. Every test
		// shares its workshops from one address, more than the 20 an hour one network may register
		// (that limit has its own attack test: tests/integration/attack-registration.spec.ts).
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			CANAL_DATA_DIR: dataDir,
			CANAL_REGISTRATIONS_PER_HOUR_PER_IP: '1000'
		},
		// A leftover server could be serving an older build; fail loudly on a busy port instead.
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
