import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reliability suites run small in `npm test` and large with `RELIABILITY=long`
 * (`npm run reliability`). Sizes are picked with `scale(quick, long)`.
 */
export const longRun = process.env.RELIABILITY === 'long';

export function scale<T>(quick: T, long: T): T {
	return longRun ? long : quick;
}

const figuresDir = join(import.meta.dirname, '..', '.artifacts', 'reliability');

/**
 * Writes what a suite checked (steps, edits, cycles, failures, seconds…) to
 * `tests/.artifacts/reliability/<suite>.json` and prints it as one JSON line, so the figures in
 * tests/RELIABILITY.md come from a run, not from memory.
 */
export function recordFigures(suite: string, figures: Record<string, unknown>): void {
	const entry = {
		suite,
		mode: longRun ? 'long' : 'quick',
		at: new Date().toISOString(),
		...figures
	};
	mkdirSync(figuresDir, { recursive: true });
	writeFileSync(join(figuresDir, `${suite}.json`), JSON.stringify(entry, null, '\t') + '\n');
	console.log(JSON.stringify(entry));
}
