/**
 * Changes to pdfmake's browser build (0.3), made as it is bundled: how it reads a text's style.
 *
 * pdfmake measures every word of the document by asking its style stack for some twenty
 * properties, one call each, and every call made a fresh closure to run between pushing the
 * word's own style and popping it again. A large workshop asks millions of times: the closures
 * were a quarter of everything its export allocated, and much of its time in the garbage
 * collector. The same steps are written here without the closure; what each call returns is the
 * same, so the PDF is the same.
 *
 * Each of those calls also made a second closure (the stack's reader of named styles, defined
 * afresh inside `getProperty`) and an array for the word's style names (in `autopush`, empty for
 * nearly every word). The reader becomes a method of the stack, the array goes: the same steps in
 * the same order.
 *
 * The methods are matched as the minified build writes them. Where one is not found (another
 * version of pdfmake), the code is left as it was and `patched` is false.
 */

const GET_STYLE_PROPERTY =
	/static getStyleProperty\((\w+),(\w+),(\w+),(\w+)\)\{let (\w+);return isValue\(\1\[\3\]\)\?\1\[\3\]:\2\?\(\2\.auto\(\1,\(\)=>\{\5=\2\.getProperty\(\3\)\}\),isValue\(\5\)\?\5:\4\):\4\}/;

const GET_PROPERTY =
	/getProperty\((\w+)\)\{var (\w+)=this;const getStylePropertyFromStyle=function(\(\w+,\w+,\w+\))\{(.*?)\};(if\(this\.styleOverrides\).*?return this\.defaultStyle&&this\.defaultStyle\[\1\]\})/;

const AUTOPUSH =
	/let (\w+)=\[\];(\w+)\.style&&\(\1=Array\.isArray\(\2\.style\)\?\2\.style:\[\2\.style\]\);for\(let (\w+)=0,(\w+)=\1\.length;\3<\4;\3\+\+\)this\.push\(\1\[\3\]\);return this\.push\(\2\),\1\.length\+1/;

const READER = 'getStylePropertyFromStyle(';

/** @param {string} code @param {RegExp} pattern */
const once = (code, pattern) => code.match(new RegExp(pattern, 'g'))?.length === 1;

/**
 * @param {string} code pdfmake.min.js
 * @returns {{ code: string, patched: boolean }}
 */
export function patchPdfmakeStyles(code) {
	if (![GET_STYLE_PROPERTY, GET_PROPERTY, AUTOPUSH].every((pattern) => once(code, pattern)))
		return { code, patched: false };
	const patched = code
		.replace(
			GET_STYLE_PROPERTY,
			(_, item, stack, property, fallback) =>
				`static getStyleProperty(${item},${stack},${property},${fallback}){` +
				`if(isValue(${item}[${property}]))return ${item}[${property}];` +
				`if(!${stack})return ${fallback};` +
				`const pushed=${stack}.autopush(${item}),value=${stack}.getProperty(${property});` +
				`pushed>0&&${stack}.pop(pushed);` +
				`return isValue(value)?value:${fallback}}`
		)
		.replace(
			GET_PROPERTY,
			(_, property, self, parameters, reader, lookup) =>
				`getProperty(${property}){${lookup.replaceAll(READER, 'this.styleFromDictionary(')}` +
				`styleFromDictionary${parameters}{` +
				reader
					.replaceAll(`${self}.styleDictionary`, 'this.styleDictionary')
					.replaceAll(READER, 'this.styleFromDictionary(') +
				'}'
		)
		.replace(
			AUTOPUSH,
			(_, names, item, index, count) =>
				`const ${names}=${item}.style;let ${count}=0;` +
				`if(${names})if(Array.isArray(${names})){${count}=${names}.length;` +
				`for(let ${index}=0;${index}<${count};${index}++)this.push(${names}[${index}])}` +
				`else this.push(${names}),${count}=1;` +
				`return this.push(${item}),${count}+1`
		);
	// The reader must be gone entirely: a call left behind would name nothing.
	if (patched.includes(READER)) return { code, patched: false };
	return { code: patched, patched: true };
}
