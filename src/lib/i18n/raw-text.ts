// Finds words written straight into a Svelte component (its markup, its {@const} and {#each} lists,
// the values its script hands to the markup): every word a person reads must come from
// messages/{locale}.json, or it stays English in every language. Used by raw-text.spec.ts over all
// of src/routes and src/lib/components.
import { parse } from 'svelte/compiler';

export interface RawText {
	text: string;
	line: number;
	/** Where the text is: `text`, an attribute name, or a component prop. */
	where: string;
}

/** Attributes a person reads (or hears from a screen reader). */
const READ_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-placeholder',
	'aria-roledescription',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	// <optgroup label>, <option label>, <track label>
	'label'
]);

/** Props of our own components that end up on screen. */
const READ_PROPS = new Set([
	...READ_ATTRIBUTES,
	'label',
	'hint',
	'message',
	'legend',
	'heading',
	'description',
	'empty',
	'confirm',
	'summary',
	'noun',
	'unit',
	'button',
	'caption',
	'text',
	'prefix',
	'suffix',
	'tooltip',
	'note',
	'prompt',
	'status'
]);

/** Props named for what they show: `emptyLabel`, `buttonText`, `dialogTitle`, `errorMessage`. */
const READ_PROP_ENDING = /(Label|Text|Title|Message|Hint|Heading|Caption|Placeholder)$/;

/**
 * Props of our own components that carry code, never words: what a value looks like there does
 * not matter. Any other prop is checked when its value reads like words ("Add goal", "Undecided"),
 * so a prop nobody listed above (a new component's `action="Save"`) is caught too.
 */
const CODE_PROPS = new Set([
	'class',
	'id',
	'href',
	'src',
	'type',
	'role',
	'kind',
	'field',
	'variant',
	'tone',
	'size',
	'step',
	'for',
	'autocomplete',
	'inputmode',
	'lang',
	'dir',
	'pattern',
	'accept',
	'target',
	'rel',
	'method',
	'key',
	'slot',
	'mode',
	'icon',
	'align',
	'format',
	'collection',
	'section',
	'vocabulary',
	'testid'
]);

/** Words a person reads: two words, or one capitalised word ("Add", "Undecided"). */
const readsLikeWords = (text: string) =>
	/\p{L}{2,}\s+\p{L}{2,}/u.test(text) || /^\s*\p{Lu}\p{Ll}+/u.test(text);

function isReadProp(name: string): boolean {
	return READ_PROPS.has(name) || READ_PROP_ENDING.test(name);
}

/** Words that are the same in every language: the product's name and file formats. */
const SAME_IN_EVERY_LANGUAGE = new Set([
	'Canal',
	'PDF',
	'SVG',
	'PNG',
	'CSV',
	'JSON',
	'QR',
	'Markdown',
	'DOCX',
	'A4',
	'Letter'
]);

const hasWords = (text: string) => {
	const words = text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
	return words.some((word) => !SAME_IN_EVERY_LANGUAGE.has(word));
};

interface Node {
	type: string;
	start: number;
	[key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Parts of a script that are code whatever their strings look like. */
const CODE_NODES = new Set([
	'ImportDeclaration',
	'ExportAllDeclaration',
	'ImportExpression',
	// new Error('…'), new URL('…'): the callee decides, as with calls.
	'NewExpression',
	// Type annotations and declarations: `type Lens = 'map' | 'table'`.
	'TSTypeAnnotation',
	'TSTypeAliasDeclaration',
	'TSInterfaceDeclaration',
	'TSAsExpression',
	'TSSatisfiesExpression'
]);

/**
 * String literals inside an expression, except in arguments of calls (messages take values),
 * comparisons, `case` labels, object keys and types: what is left is a value that may be shown.
 */
function literals(node: unknown, found: Node[] = []): Node[] {
	if (Array.isArray(node)) {
		for (const item of node) literals(item, found);
		return found;
	}
	if (!isNode(node)) return found;
	if (CODE_NODES.has(node.type)) {
		// `x as const` and `x satisfies T` keep their value: only the type is code.
		if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')
			literals(node.expression, found);
		return found;
	}
	if (node.type === 'SwitchCase') {
		literals(node.consequent, found);
		return found;
	}
	if (node.type === 'Property' || node.type === 'PropertyDefinition') {
		if (node.computed) literals(node.key, found);
		literals(node.value, found);
		return found;
	}
	if (node.type === 'MemberExpression') {
		// labels['Title'] reads a key; the object may still hold words.
		literals(node.object, found);
		return found;
	}
	if (node.type === 'Literal' && typeof node.value === 'string') found.push(node);
	else if (node.type === 'TemplateLiteral') {
		for (const quasi of node.quasis as Node[]) {
			const cooked = (quasi.value as { cooked: string }).cooked;
			if (hasWords(cooked)) found.push({ ...quasi, value: cooked });
		}
		literals(node.expressions, found);
	} else if (node.type === 'CallExpression') {
		// m.key({ name }), format(date), String(x): the callee decides what is shown.
		return found;
	} else if (
		node.type === 'BinaryExpression' &&
		['===', '!==', '==', '!='].includes(node.operator as string)
	) {
		// Comparisons (tone === 'ok') are code, not text.
		return found;
	} else {
		for (const [key, value] of Object.entries(node)) {
			if (key === 'type' || key === 'start' || key === 'end' || key === 'loc') continue;
			literals(value, found);
		}
	}
	return found;
}

export function findRawText(source: string): RawText[] {
	const ast = parse(source, { modern: true });
	const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
	const found: RawText[] = [];
	const report = (text: string, start: number, where: string) => {
		if (hasWords(text))
			found.push({ text: text.trim().replace(/\s+/g, ' '), line: lineOf(start), where });
	};
	const checkValue = (
		value: unknown,
		where: string,
		only: (text: string) => boolean = () => true
	) => {
		if (value === true) return;
		const parts = Array.isArray(value) ? value : [value];
		for (const part of parts) {
			if (!isNode(part)) continue;
			if (part.type === 'Text') {
				if (only(part.data as string)) report(part.data as string, part.start, where);
			} else if (part.type === 'ExpressionTag')
				for (const literal of literals(part.expression))
					if (only(String(literal.value))) report(String(literal.value), literal.start, where);
		}
	};
	/** Code that may hold words someone reads: only what reads like words counts there. */
	const reportWords = (code: unknown, where: string) => {
		for (const literal of literals(code))
			if (readsLikeWords(String(literal.value)))
				report(String(literal.value), literal.start, where);
	};
	const walk = (node: unknown, inComponent: boolean): void => {
		if (Array.isArray(node)) {
			for (const item of node) walk(item, inComponent);
			return;
		}
		if (!isNode(node)) return;
		switch (node.type) {
			case 'Text':
				report(node.data as string, node.start, 'text');
				return;
			case 'ExpressionTag':
				for (const literal of literals(node.expression))
					report(String(literal.value), literal.start, 'text');
				return;
			case 'Attribute': {
				const name = node.name as string;
				if (!inComponent) {
					if (READ_ATTRIBUTES.has(name)) checkValue(node.value, name);
				} else if (isReadProp(name)) checkValue(node.value, name);
				else if (!CODE_PROPS.has(name) && !/^(on|data-|bind)/.test(name))
					checkValue(node.value, name, readsLikeWords);
				return;
			}
			case 'Component':
			case 'SvelteComponent':
				walk(node.attributes, true);
				walk(node.fragment, false);
				return;
			case 'RegularElement':
			case 'SvelteElement':
				if (node.name === 'style' || node.name === 'script') return;
				walk(node.attributes, false);
				walk(node.fragment, false);
				return;
			case 'ConstTag':
				// {@const label = x ? 'an observer: …' : '…'}: a name given to words is still words.
				reportWords(node.declaration, '{@const}');
				return;
			case 'EachBlock':
				// {#each [{ label: 'Canvas' }] as option}: the list shown may be written in place.
				reportWords(node.expression, '{#each}');
				for (const [key, value] of Object.entries(node))
					if (!['type', 'start', 'end', 'metadata', 'expression', 'key'].includes(key))
						walk(value, false);
				return;
			case 'StyleDirective':
			case 'ClassDirective':
			case 'BindDirective':
			case 'OnDirective':
			case 'UseDirective':
			case 'TransitionDirective':
			case 'AnimateDirective':
			case 'LetDirective':
				return;
			default:
				for (const [key, value] of Object.entries(node)) {
					if (['type', 'start', 'end', 'metadata', 'expression', 'test', 'key'].includes(key))
						continue;
					walk(value, false);
				}
		}
	};
	walk(ast.fragment, false);
	// The component's script: labels, fallbacks and names it hands to the template
	// (`{ label: 'Table' }`, `item.title || 'Break'`, `roles = { observer: 'Observer' }`).
	for (const script of [ast.module, ast.instance])
		if (script) reportWords(script.content, 'script');
	return found;
}
