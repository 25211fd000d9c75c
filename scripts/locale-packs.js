// Each page carries its own language's words and no other's. Paraglide compiles every message
// into a module holding all four languages, so every string a page uses came in four times
// (~16 KB gzip on a step page). In the app's client build this plugin leaves in each message
// module only the lookup of its words, which move into small "locale packs", one per language and
// per entry chunk (the app's start, a route's node, anything loaded with `import()`), each without
// the words its entry's importers already brought. An entry waits, before it runs, for its pack in
// the page's language; a small loader picks the language the way Paraglide's runtime does
// (remembered choice, then the browser's languages, then English) and, as soon as it runs, asks
// for the packs of the route the page opened on, beside the route's code rather than after it.
// Should a pack not arrive, its English one stands in. The service worker keeps every pack
// (`_app/locale-packs.json` lists them), so a page opens in its language offline. Dev, tests and
// the workers (separate builds, where an export may be in any language) keep Paraglide's modules.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { minifySync } from 'rolldown/experimental';
import { parseRoutes } from './route-graph.js';

/** @typedef {{ id: string, key: string, variants: Record<string, string>, registry: boolean }} SplitMessage */
/** @typedef {{ baseLocale: string, locales: string[], keys?: Map<string, string> }} Project */

const MESSAGE_MODULE = /\/src\/lib\/paraglide\/messages\/([a-z0-9_]+)\.js$/;
/** Messages a page shows in every language at once: kept whole (the language picker's names). */
const KEPT_WHOLE = new Set(['language_name']);

/**
 * The settings of the inlang project: the languages, the base one, and each message's key in the
 * packs (from the base language's message files, which name every message).
 * @param {string} root
 * @returns {Project}
 */
export function projectOf(root) {
	const settings = JSON.parse(readFileSync(join(root, 'project.inlang', 'settings.json'), 'utf8'));
	/** @type {string[]} */
	const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
	const ids = patterns.flatMap((pattern) =>
		Object.keys(
			JSON.parse(readFileSync(join(root, pattern.replace('{locale}', settings.baseLocale)), 'utf8'))
		).filter((id) => !id.startsWith('$'))
	);
	return { baseLocale: settings.baseLocale, locales: settings.locales, keys: packKeys(ids) };
}

/**
 * One language's function out of a compiled message module: `const fr_id = … => {…\n};`.
 * @param {string} code
 * @param {string} locale
 * @param {string} id
 */
function variantOf(code, locale, id) {
	const start = code.indexOf(`\nconst ${locale}_${id} = `);
	if (start < 0) return null;
	const bodyStart = start + `\nconst ${locale}_${id} = `.length;
	const end = code.indexOf('\n};\n', bodyStart);
	if (end < 0) return null;
	// The JSDoc casts go: they are for type checks only, and a pack is plain JavaScript.
	return code
		.slice(bodyStart, end + 2)
		.replace(/\/\*\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '')
		.trim();
}

/**
 * A compiled message module's function in each language, for the packs. Null when the module is
 * not one Paraglide writes this way.
 * @param {string} code
 * @param {string} id
 * @param {Project} project
 * @returns {SplitMessage | null}
 */
export function splitMessage(code, id, project) {
	/** @type {Record<string, string>} */
	const variants = {};
	for (const locale of project.locales) {
		const variant = variantOf(code, locale, id);
		if (!variant) return null;
		variants[locale] = variant;
	}
	return { id, key: packKeyOf(project, id), variants, registry: /\bregistry\./.test(code) };
}

/**
 * Each message's key in the packs, after its language: its place among the ids, sorted, in base
 * 36 (`:1z`). The ids themselves (~30 characters) came twice per message, in the page's module
 * and in its pack. Sorted, so a message's neighbours in a pack have neighbouring keys. (Short
 * hashed keys were tried before: random ones compress worse, and came out no smaller.)
 * @param {readonly string[]} ids
 * @returns {Map<string, string>}
 */
export function packKeys(ids) {
	const sorted = [...new Set(ids)].sort();
	return new Map(sorted.map((id, index) => [id, `:${index.toString(36)}`]));
}

/**
 * A message's key: numbered when the project numbers it, else its id (a message the base
 * language's files do not name; it still works, only longer).
 * @param {Project} project
 * @param {string} id
 */
function packKeyOf(project, id) {
	return project.keys?.get(id) ?? `:${id}`;
}

/**
 * The message module as the page runs it: the words from the packs the page has loaded
 * (`globalThis.__canalMessages`), in the language asked for, else in the base language; nothing
 * at all only if neither pack could arrive (the loader tries both).
 * @param {SplitMessage} message
 * @param {string} baseLocale
 */
export function pagedModule(message, baseLocale) {
	const key = JSON.stringify(message.key);
	return [
		`import { getLocale } from '../runtime.js';`,
		`export const ${message.id} = (inputs = {}, options = {}) => {`,
		`\tconst said = globalThis.__canalMessages;`,
		`\tconst say = said?.[(options.locale ?? getLocale()) + ${key}] ?? said?.[${JSON.stringify(baseLocale)} + ${key}];`,
		`\treturn say ? say(inputs) : '';`,
		`};`
	].join('\n');
}

/** Paraglide's formatting helpers, for packs with plurals (the registry module's own code). */
const PACK_REGISTRY = `const registry = {
	plural: (locale, input, options) => new Intl.PluralRules(locale, options).select(Number(input)),
	number: (locale, input, options) => new Intl.NumberFormat(locale, options).format(Number(input))
};`;

/**
 * A pack: one language's functions for some messages, keyed `locale:id`.
 * @param {SplitMessage[]} messages
 * @param {string} locale
 */
export function packSource(messages, locale) {
	const needsRegistry = messages.some((message) => message.registry);
	const entries = messages.map(
		(message) => `${JSON.stringify(locale + message.key)}: ${message.variants[locale]}`
	);
	const code = `${needsRegistry ? PACK_REGISTRY : ''}\nexport default {\n${entries.join(',\n')}\n};\n`;
	return minified(code);
}

/** @param {string} code */
function minified(code) {
	const result = minifySync('pack.js', code, { compress: true, mangle: true });
	if (result.errors?.length) throw new Error(`locale packs: ${result.errors[0]?.message}`);
	return result.code;
}

/**
 * The loader every entry with messages imports: it picks the page's language, asks at once for
 * the packs of the route the page opened on, and loads the packs an entry needs.
 * @param {{ baseLocale: string, locales: string[] }} project
 * @param {string} storageKey Paraglide's localStorage key for the remembered choice
 * @param {[string, Record<string, string[]>][]} routes a route's pattern, its packs by language
 */
export function loaderSource(project, storageKey, routes) {
	return `const locales = ${JSON.stringify(project.locales)};
const base = ${JSON.stringify(project.baseLocale)};
const match = (tag) => typeof tag === 'string' ? locales.find((l) => l.toLowerCase() === tag.toLowerCase()) : undefined;
function choose() {
	try {
		const stored = match(localStorage.getItem(${JSON.stringify(storageKey)}));
		if (stored) return stored;
	} catch {}
	for (const tag of globalThis.navigator?.languages ?? []) {
		const found = match(tag) ?? match(tag.split('-')[0]);
		if (found) return found;
	}
	return base;
}
const locale = choose();
const said = (globalThis.__canalMessages ??= {});
const loading = new Map();
function load(url) {
	let pending = loading.get(url);
	if (!pending) {
		pending = import(url).then((pack) => { Object.assign(said, pack.default); });
		// Asked for again next time, should it not arrive.
		pending.catch(() => loading.delete(url));
		loading.set(url, pending);
	}
	return pending;
}
export function need(from, packs) {
	const wanted = load(new URL(packs[locale], from).href);
	// Without the page's language, the base one; without either, the page still opens.
	return locale === base ? wanted.catch(() => {}) : wanted.catch(() => load(new URL(packs[base], from).href)).catch(() => {});
}
const routes = ${JSON.stringify(routes)};
const here = globalThis.location?.pathname ?? '';
for (const [pattern, packs] of routes) {
	if (!new RegExp(pattern).test(here)) continue;
	for (const path of packs[locale] ?? []) load(new URL(path, import.meta.url).href).catch(() => {});
	break;
}
`;
}

/**
 * A SvelteKit route id as a pattern of the paths it serves.
 * @param {string} id such as '/w/[id]/[step]'
 */
export function routePattern(id) {
	const segments = id
		.split('/')
		.filter((segment) => segment !== '' && !/^\(.+\)$/.test(segment))
		.map((segment) =>
			segment.startsWith('[...')
				? '.*'
				: segment.startsWith('[[')
					? '[^/]*'
					: segment.startsWith('[')
						? '[^/]+'
						: segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		);
	return `^/${segments.join('/')}/?$`;
}

/**
 * SvelteKit's routes, read from the app it generated before the build.
 * @param {string} root
 */
function appRoutes(root) {
	return parseRoutes(
		readFileSync(join(root, '.svelte-kit', 'generated', 'client-optimized', 'app.js'), 'utf8')
	);
}

/**
 * What every chunk's name depends on besides its code: the words of all messages. A chunk's code
 * holds a message's key, not its words, and an entry's code is given the names of its packs and
 * of the loader (whose content names every pack) only after the names are made; without this, new
 * words would come under an old, forever-cached name that asks for packs no longer there.
 * @param {Iterable<SplitMessage>} messages
 */
export function wordsHash(messages) {
	const hash = createHash('sha256');
	for (const message of [...messages].sort((a, b) => a.id.localeCompare(b.id)))
		hash.update(JSON.stringify([message.id, message.key, message.variants]));
	return hash.digest('hex').slice(0, 16);
}

/** @param {string} text */
const shortHash = (text) =>
	createHash('sha256').update(text).digest('base64url').replace(/[-_]/g, '').slice(0, 8);

/**
 * @param {string} from a file in the output
 * @param {string} to another
 */
function importPath(from, to) {
	const path = posix.relative(posix.dirname(from), to);
	return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The Vite plugin (client build only).
 * @param {{ root: string, storageKey: string }} options
 * @returns {import('vite').Plugin}
 */
export function localePacks({ root, storageKey }) {
	const project = projectOf(root);
	/** @type {Map<string, SplitMessage>} module id → its split */
	const split = new Map();
	/** @type {string | undefined} */
	let words;
	return {
		name: 'canal-locale-packs',
		apply: 'build',
		transform(code, moduleId, options) {
			if (options?.ssr) return null;
			const found = MESSAGE_MODULE.exec(moduleId.replace(/\?.*$/, ''));
			const id = found?.[1];
			if (!id || id === '_index' || KEPT_WHOLE.has(id)) return null;
			const message = splitMessage(code, id, project);
			if (!message) {
				this.warn(`locale packs: ${id} is not in the form expected, kept whole`);
				return null;
			}
			split.set(moduleId, message);
			return { code: pagedModule(message, project.baseLocale), map: null };
		},
		augmentChunkHash() {
			if (split.size === 0) return;
			words ??= wordsHash(split.values());
			return words;
		},
		generateBundle(options, bundle) {
			if (split.size === 0 || !options.dir?.endsWith(join('output', 'client'))) return;
			const chunks = Object.values(bundle).filter(
				/** @returns {output is import('vite').Rollup.OutputChunk} */ (output) =>
					output.type === 'chunk'
			);
			const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
			/** @param {import('vite').Rollup.OutputChunk} chunk */
			const messagesIn = (chunk) =>
				Object.entries(chunk.modules).flatMap(([moduleId, module]) => {
					const message = module.renderedLength > 0 ? split.get(moduleId) : undefined;
					return message ? [message] : [];
				});
			const appDir = chunks[0]?.fileName.split('/').slice(0, 2).join('/') ?? '_app/immutable';
			/** @param {string} fileName @param {string} source */
			const emit = (fileName, source) => this.emitFile({ type: 'asset', fileName, source });

			/** @type {string[]} every pack, for the service worker to keep */
			const emitted = [];
			/** @param {string} file @returns {Set<string>} the chunk and what it imports, statically */
			const closure = (file) => {
				const seen = new Set();
				const stack = [file];
				while (stack.length > 0) {
					const next = /** @type {string} */ (stack.pop());
					if (seen.has(next) || !byFile.has(next)) continue;
					seen.add(next);
					stack.push(...(byFile.get(next)?.imports ?? []));
				}
				return seen;
			};
			/** @param {Iterable<string>} files */
			const idsIn = (files) => {
				const ids = new Set();
				for (const file of files) {
					const chunk = byFile.get(file);
					if (chunk) for (const message of messagesIn(chunk)) ids.add(message.id);
				}
				return ids;
			};
			const routes = appRoutes(root);
			/** @param {number} node */
			const nodeFile = (node) =>
				chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`client-optimized/nodes/${node}.js`))
					?.fileName;
			/** @param {import('vite').Rollup.OutputChunk} chunk a route's node, or null */
			const nodeOf = (chunk) =>
				/client-optimized\/nodes\/(\d+)\.js$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? null;
			// What every page has run before it renders: the app's start (the build's entries that
			// are not route nodes, which SvelteKit makes entries too) and the root layout.
			const isStart = (/** @type {import('vite').Rollup.OutputChunk} */ chunk) =>
				chunk.isEntry && nodeOf(chunk) === null;
			const startFiles = chunks.filter(isStart).map((chunk) => chunk.fileName);
			const atStart = idsIn(startFiles.flatMap((file) => [...closure(file)]));
			const rootLayout = nodeFile(0);
			const always = new Set([...atStart, ...idsIn(rootLayout ? closure(rootLayout) : [])]);
			/** @type {Map<string, string[]>} dynamic entry → the chunks that import it */
			const importers = new Map();
			for (const chunk of chunks)
				for (const file of chunk.dynamicImports)
					importers.set(file, [...(importers.get(file) ?? []), chunk.fileName]);

			/**
			 * Messages whose words are already there whenever this entry's code runs, so its pack
			 * leaves them out: the start's for the root layout; the start's and the root layout's
			 * for any other; a page's layouts for the page (SvelteKit loads a route's nodes together
			 * and renders once all have run); what every importer of a dynamic entry had.
			 * @param {import('vite').Rollup.OutputChunk} chunk
			 * @returns {Set<string>}
			 */
			const alreadyThere = (chunk) => {
				if (isStart(chunk)) return new Set();
				if (chunk.fileName === rootLayout) return atStart;
				const node = nodeOf(chunk);
				if (node !== null) {
					const layoutSets = Object.values(routes)
						.filter((nodes) => nodes.at(-1) === Number(node))
						.map((nodes) => nodes.slice(0, -1));
					const layouts = layoutSets.length
						? layoutSets.reduce((a, b) => a.filter((layout) => b.includes(layout)))
						: [];
					const files = layouts.flatMap((layout) => {
						const file = nodeFile(layout);
						return file ? [...closure(file)] : [];
					});
					return new Set([...always, ...idsIn(files)]);
				}
				const from = importers.get(chunk.fileName) ?? [];
				if (from.length === 0) return always;
				const sets = from.map((file) => {
					const importer = byFile.get(file);
					// An importer that is an entry had, besides its own words, what it left out.
					const before = importer && isEntry(importer) ? thereOf(importer) : always;
					return new Set([...before, ...idsIn(closure(file))]);
				});
				const common = sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
				return new Set([...always, ...common]);
			};
			/**
			 * A chunk something starts: the build's entries, and every chunk an `import()` loads —
			 * which may be a shared chunk the bundler does not flag as a dynamic entry (the plan
			 * check's words were in one, loaded by `import()` and by static imports elsewhere).
			 * @param {import('vite').Rollup.OutputChunk} chunk
			 */
			const isEntry = (chunk) =>
				chunk.isEntry || chunk.isDynamicEntry || importers.has(chunk.fileName);
			/** @type {Map<string, Set<string>>} */
			const memo = new Map();
			/** @param {import('vite').Rollup.OutputChunk} chunk */
			const thereOf = (chunk) => {
				const known = memo.get(chunk.fileName);
				if (known) return known;
				// Entries that import each other: what every page has is all that is sure.
				memo.set(chunk.fileName, always);
				const found = alreadyThere(chunk);
				memo.set(chunk.fileName, found);
				return found;
			};

			/** @type {Map<import('vite').Rollup.OutputChunk, Record<string, string>>} entry → its packs */
			const packsOf = new Map();
			/** @type {Map<string, Set<string>>} entry → the message ids its own pack carries */
			const carried = new Map();
			/**
			 * The words an entry's pack carries: those of the chunks it runs on, less what is sure to be
			 * there when it runs, and less what the packs of the entries it imports statically carry
			 * (they wait for theirs before it runs).
			 * @param {import('vite').Rollup.OutputChunk} chunk
			 * @returns {Set<string>}
			 */
			const packOf = (chunk) => {
				const known = carried.get(chunk.fileName);
				if (known) return known;
				// An entry inside a cycle of its own imports leaves nothing out for the others.
				carried.set(chunk.fileName, new Set());
				const there = new Set(thereOf(chunk));
				const below = closure(chunk.fileName);
				for (const file of below) {
					const inner = byFile.get(file);
					if (!inner || inner === chunk || !isEntry(inner) || closure(file).has(chunk.fileName))
						continue;
					for (const id of packOf(inner)) there.add(id);
				}
				/** @type {Map<string, SplitMessage>} */
				const wanted = new Map();
				for (const file of below) {
					const found = byFile.get(file);
					if (!found) continue;
					for (const message of messagesIn(found))
						if (!there.has(message.id)) wanted.set(message.id, message);
				}
				const ids = new Set(wanted.keys());
				carried.set(chunk.fileName, ids);
				if (wanted.size === 0) return ids;
				const messages = [...wanted.values()].sort((a, b) => a.id.localeCompare(b.id));
				const name = chunk.fileName.split('/').pop()?.replace(/\.js$/, '') ?? 'pack';
				/** @type {Record<string, string>} */
				const packs = {};
				for (const locale of project.locales) {
					const source = packSource(messages, locale);
					const fileName = `${appDir}/locale/${locale}/${name}.${shortHash(source)}.js`;
					emit(fileName, source);
					emitted.push(fileName);
					packs[locale] = fileName;
				}
				packsOf.set(chunk, packs);
				return ids;
			};
			for (const chunk of chunks) if (isEntry(chunk)) packOf(chunk);

			// The loader knows each route's packs (its nodes', the root layout's), so that a page asks
			// for them as soon as the loader runs, beside the route's code.
			const loaderFolder = `${appDir}/locale/`;
			/** @type {[string, Record<string, string[]>][]} */
			const routePacks = Object.entries(routes).map(([id, nodes]) => {
				/** @type {Record<string, string[]>} */
				const byLocale = {};
				const files = new Set();
				for (const node of [0, ...nodes]) {
					const chunk = chunks.find((found) => nodeOf(found) === String(node));
					// The node's pack and those of the entries it imports statically.
					if (chunk) for (const file of closure(chunk.fileName)) files.add(file);
				}
				for (const file of files) {
					const found = byFile.get(file);
					const packs = found ? packsOf.get(found) : undefined;
					if (!packs) continue;
					for (const [locale, path] of Object.entries(packs))
						(byLocale[locale] ??= []).push(importPath(`${loaderFolder}loader.js`, path));
				}
				return [routePattern(id), byLocale];
			});
			const loaderText = minified(loaderSource(project, storageKey, routePacks));
			const loaderName = `${loaderFolder}loader.${shortHash(loaderText)}.js`;
			emit(loaderName, loaderText);
			emitted.unshift(loaderName);

			for (const [chunk, packs] of packsOf) {
				// A wait at the top of a chunk inside a cycle of static imports could run its importers
				// before it: say so loudly rather than ship it.
				if (chunk.imports.some((file) => closure(file).has(chunk.fileName)))
					this.warn(`locale packs: ${chunk.fileName} waits for its words inside an import cycle`);
				const relative = Object.fromEntries(
					Object.entries(packs).map(([locale, file]) => [locale, importPath(chunk.fileName, file)])
				);
				// Before anything in the entry runs (imports are hoisted above it, the loader with them).
				chunk.code =
					`import { need as __canalNeed } from ${JSON.stringify(importPath(chunk.fileName, loaderName))};\n` +
					`await __canalNeed(import.meta.url, ${JSON.stringify(relative)});\n` +
					chunk.code;
			}
			// The app's start asks for the loader in the page's first wave of requests, so that the
			// route's packs are on their way while its code still is (an entry with words would ask
			// for it only once SvelteKit imports that entry, after the start has run).
			for (const chunk of chunks)
				if (isStart(chunk) && !packsOf.has(chunk))
					chunk.code = `import ${JSON.stringify(importPath(chunk.fileName, loaderName))};\n${chunk.code}`;
			// A fixed name, outside the hashed files: the service worker reads it when it installs.
			emit(`${appDir.split('/')[0]}/locale-packs.json`, JSON.stringify(emitted));
		}
	};
}
