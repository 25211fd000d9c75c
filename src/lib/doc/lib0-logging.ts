// Stands in for `lib0/logging` in the app's bundles (an alias in vite.config.ts). Yjs imports that
// module only to print a handful of warnings, and it brings lib0's DOM helpers, its virtual console
// and its schema code with it: a few kilobytes on every page that opens a plan, before the first paint.
// Here the same calls go straight to the console, with lib0's colour and style markers dropped.

const marker = (name: string): symbol => Symbol(name);

export const BOLD = marker('bold');
export const UNBOLD = marker('unbold');
export const BLUE = marker('blue');
export const GREY = marker('grey');
export const GREEN = marker('green');
export const RED = marker('red');
export const PURPLE = marker('purple');
export const ORANGE = marker('orange');
export const UNCOLOR = marker('uncolor');

/** What lib0's loggers accept: text, numbers, objects, style markers, or a function returning them. */
type LogArg = unknown;

/** The arguments without style markers; a lone function is called for them, as lib0 does. */
export function plainArgs(args: LogArg[]): unknown[] {
	const list =
		args.length === 1 && typeof args[0] === 'function' ? (args[0] as () => LogArg[])() : args;
	return list.filter((arg) => typeof arg !== 'symbol');
}

export const print = (...args: LogArg[]): void => console.log(...plainArgs(args));
export const warn = (...args: LogArg[]): void => console.warn(...plainArgs(args));
export const printError = (error: Error): void => console.error(error);
export const group = (...args: LogArg[]): void => console.group(...plainArgs(args));
export const groupCollapsed = (...args: LogArg[]): void =>
	console.groupCollapsed(...plainArgs(args));
export const groupEnd = (): void => console.groupEnd();

/** lib0's module logger prints only when its module is named in the `log` setting: never here. */
export const createModuleLogger = () => (): void => {};
