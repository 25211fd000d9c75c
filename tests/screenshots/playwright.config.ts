import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config';

// `npm run screenshots`: the end-to-end setup (same server, same Chromium), other tests.
export default defineConfig({
	...e2e,
	testDir: '.',
	testMatch: '**/*.shots.ts',
	outputDir: '../.artifacts/screenshots-run',
	retries: 0,
	webServer: { ...e2e.webServer, cwd: '../..' } as typeof e2e.webServer
});
