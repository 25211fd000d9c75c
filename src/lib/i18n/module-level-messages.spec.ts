import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No message is read while a module loads. In the app's build a page's words in French, German or
 * Arabic arrive in a pack its entry waits for (scripts/locale-packs.js), after the modules it
 * imports have run: a message read at a module's top level would say it in English. Read them in
 * functions, components and class members instead.
 */

/** Calls of `m.something(…)` outside any function, in a TypeScript module. */
export function moduleLevelMessages(source: string, file = 'module.ts'): string[] {
	const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		// A function's body runs when it is called; a class's members when it is used.
		if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			ts.isIdentifier(node.expression.expression) &&
			node.expression.expression.text === 'm'
		) {
			const { line } = tree.getLineAndCharacterOfPosition(node.getStart());
			found.push(`${file}:${line + 1} m.${node.expression.name.text}`);
		}
		ts.forEachChild(node, visit);
	};
	visit(tree);
	return found;
}

function modules(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : modules(path);
		return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('messages read while a module loads', () => {
	it('finds a top-level read, and none inside functions or classes', () => {
		expect(
			moduleLevelMessages(
				[
					'const A = m.a();',
					'export const B = { label: m.b() };',
					'const f = () => m.c();',
					'function g() { return m.d(); }',
					'class C { x = m.e(); }'
				].join('\n')
			)
		).toEqual(['module.ts:1 m.a', 'module.ts:2 m.b']);
	});

	it('are none in the app', () => {
		const root = join(process.cwd(), 'src');
		const found = modules(root).flatMap((file) =>
			moduleLevelMessages(readFileSync(file, 'utf8'), relative(root, file))
		);
		expect(found).toEqual([]);
	});
});
