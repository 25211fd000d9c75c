#!/usr/bin/env node
// Runs a command with CHROMIUM_PATH set to a usable Chromium: `node scripts/with-chromium.js vitest run`.
import { spawn } from 'node:child_process';
import { findChromium } from './chromium.js';

const [command, ...args] = process.argv.slice(2);
if (!command) {
	console.error('usage: node scripts/with-chromium.js <command> [args...]');
	process.exit(2);
}
let chromium;
try {
	chromium = findChromium();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
const child = spawn(command, args, {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: chromium },
	shell: process.platform === 'win32'
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
