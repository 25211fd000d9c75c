#!/usr/bin/env node
// Renders static/favicon.svg into the PNG icons the web manifest lists: `node scripts/render-icons.js`.
// Run it again after changing the SVG and commit the PNGs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from './chromium-args.js';
import { findChromium } from './chromium.js';

const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'static');
const svg = readFileSync(join(staticDir, 'favicon.svg'), 'utf8');
// Maskable icons are cropped by the platform to its own shape, so they must fill the whole square.
const fullBleed = svg.replace(/\srx="\d+"/, ' rx="0"');

const icons = [
	{ file: 'icon-192.png', size: 192, source: svg },
	{ file: 'icon-512.png', size: 512, source: svg },
	{ file: 'icon-maskable-512.png', size: 512, source: fullBleed }
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumLaunchArgs });
try {
	const page = await browser.newPage({ deviceScaleFactor: 1 });
	for (const { file, size, source } of icons) {
		await page.setViewportSize({ width: size, height: size });
		const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
		await page.setContent(
			`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`
		);
		await page.evaluate(() => document.images[0]?.decode());
		await page.screenshot({ path: join(staticDir, 'icons', file), omitBackground: true });
		console.log(`static/icons/${file}`);
	}
} finally {
	await browser.close();
}
