// One set of options for the Paraglide compiler, used by the Vite plugin (dev, build, tests) and by
// `scripts/compile-messages.js` (type checks run before any Vite build has written the output).
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The app is a static single-page app: the choice is remembered per browser, the first visit
	// follows the browser's languages, English otherwise. The URL never carries the locale.
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
	localStorageKey: 'canal-locale',
	// Not `import.meta.env.SSR`: the relay imports the domain's words under plain Node, without Vite.
	isServer: "typeof window === 'undefined'",
	emitTsDeclarations: false,
	emitReadme: false
};
