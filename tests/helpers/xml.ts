/** XML checks shared by the specs of the SVG documents Canal writes (maps, boards). */

/**
 * A small XML well-formedness check: walks the document once, matching every start tag with its
 * end tag, requiring quoted attributes with no raw `<` or `&` inside, and text with no raw `<`
 * and only the five predefined entities. Returns the element names it saw.
 */
export function checkWellFormed(xml: string): string[] {
	const stack: string[] = [];
	const seen: string[] = [];
	let i = 0;
	const entity = /^&(amp|lt|gt|quot|apos);/;
	const fail = (why: string): never => {
		throw new Error(`${why} at ${i}: ${xml.slice(Math.max(0, i - 40), i + 40)}`);
	};
	while (i < xml.length) {
		const char = xml[i];
		if (char === '<') {
			if (xml.startsWith('<![CDATA[', i)) {
				const end = xml.indexOf(']]>', i);
				if (end < 0) fail('unterminated CDATA');
				i = end + 3;
				continue;
			}
			if (xml[i + 1] === '/') {
				const end = xml.indexOf('>', i);
				const name = xml.slice(i + 2, end);
				if (stack.pop() !== name) fail(`unexpected </${name}>`);
				i = end + 1;
				continue;
			}
			const nameMatch = /^<([A-Za-z][\w:-]*)/.exec(xml.slice(i));
			if (!nameMatch) fail('bad tag');
			const name = nameMatch![1]!;
			seen.push(name);
			i += nameMatch![0].length;
			// Attributes: name="value" with nothing unescaped inside the value.
			for (;;) {
				while (xml[i] === ' ') i++;
				if (xml.startsWith('/>', i)) {
					i += 2;
					break;
				}
				if (xml[i] === '>') {
					stack.push(name);
					i++;
					break;
				}
				const attribute = /^([A-Za-z][\w:-]*)="([^"]*)"/.exec(xml.slice(i));
				if (!attribute) fail('bad attribute');
				const value = attribute![2]!;
				if (value.includes('<')) fail('raw < in an attribute');
				for (let k = value.indexOf('&'); k >= 0; k = value.indexOf('&', k + 1))
					if (!entity.test(value.slice(k))) fail('raw & in an attribute');
				i += attribute![0].length;
			}
			continue;
		}
		if (char === '&' && !entity.test(xml.slice(i))) fail('raw & in text');
		if (char === '>') fail('raw > in text');
		i++;
	}
	if (stack.length > 0) fail(`unclosed <${stack.join('>, <')}>`);
	return seen;
}

const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of every `<text>` element, entities decoded: what a reader of the drawing sees. */
export function textContents(svg: string): string[] {
	return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map(([, text]) =>
		(text ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => DECODED[name] ?? '')
	);
}
