/**
 * One change to pdfmake's browser build (0.3), made as it is bundled: how it reads a text's style.
 *
 * pdfmake measures every word of the document by asking its style stack for some twenty
 * properties, one call each, and every call made a fresh closure to run between pushing the
 * word's own style and popping it again. A large workshop asks millions of times: the closures
 * were a quarter of everything its export allocated, and much of its time in the garbage
 * collector. The same steps are written here without the closure; what each call returns is the
 * same, so the PDF is the same.
 *
 * The method is matched as the minified build writes it. Where it is not found (another version
 * of pdfmake), the code is left as it was and `patched` is false.
 */

const GET_STYLE_PROPERTY =
	/static getStyleProperty\((\w+),(\w+),(\w+),(\w+)\)\{let (\w+);return isValue\(\1\[\3\]\)\?\1\[\3\]:\2\?\(\2\.auto\(\1,\(\)=>\{\5=\2\.getProperty\(\3\)\}\),isValue\(\5\)\?\5:\4\):\4\}/;

/**
 * @param {string} code pdfmake.min.js
 * @returns {{ code: string, patched: boolean }}
 */
export function patchPdfmakeStyles(code) {
	const matches = code.match(new RegExp(GET_STYLE_PROPERTY, 'g'));
	if (matches?.length !== 1) return { code, patched: false };
	return {
		code: code.replace(
			GET_STYLE_PROPERTY,
			(_, item, stack, property, fallback) =>
				`static getStyleProperty(${item},${stack},${property},${fallback}){` +
				`if(isValue(${item}[${property}]))return ${item}[${property}];` +
				`if(!${stack})return ${fallback};` +
				`const pushed=${stack}.autopush(${item}),value=${stack}.getProperty(${property});` +
				`pushed>0&&${stack}.pop(pushed);` +
				`return isValue(value)?value:${fallback}}`
		),
		patched: true
	};
}
