// Node module hooks that do to two imports what Vite does when it bundles the app, so that the
// export bench runs in plain Node (tsx) the code the browser runs:
// - `file?raw` loads as a module whose default export is the file's text (the map renderer embeds
//   its stylesheet that way);
// - pdfmake's build gets the bundle's rewrites (scripts/pdfmake-patches.js); without them the
//   bench measured an engine no browser runs.
import { readFile } from 'node:fs/promises';
import { patchPdfmake } from '../../scripts/pdfmake-patches.js';

const RAW = '?raw';
const PDFMAKE = /\/pdfmake\/build\/pdfmake\.min\.js$/;

export async function resolve(specifier, context, next) {
	if (!specifier.endsWith(RAW)) return next(specifier, context);
	const { url } = await next(specifier.slice(0, -RAW.length), context);
	return { url: `${url}${RAW}`, format: 'module', shortCircuit: true };
}

export async function load(url, context, next) {
	if (PDFMAKE.test(url)) {
		const patched = patchPdfmake(await readFile(new URL(url), 'utf8'));
		for (const part of patched.missing)
			process.stderr.write(`pdfmake: ${part}: not found in this build, left as published\n`);
		return { format: 'commonjs', source: patched.code, shortCircuit: true };
	}
	if (!url.endsWith(RAW)) return next(url, context);
	const text = await readFile(new URL(url.slice(0, -RAW.length)), 'utf8');
	return {
		format: 'module',
		source: `export default ${JSON.stringify(text)};`,
		shortCircuit: true
	};
}
