/**
 * A word-level difference between two texts, for showing what changed in a paragraph: runs of
 * words and whitespace that stayed, were deleted or were inserted. Concatenating the `same` and
 * `removed` parts gives the text before; the `same` and `added` parts, the text after.
 *
 * Myers' O((N + M) · D) algorithm over word, whitespace and punctuation tokens, after trimming what both texts
 * start and end with. A paragraph may hold 20,000 characters (domain/limits), some 7,000 tokens:
 * when the two differ in more than MAX_EDITS tokens, the middle is shown as one deletion and one
 * insertion, which is what a reader would make of so large a rewrite anyway.
 */

export type WordPartType = 'same' | 'added' | 'removed';

export interface WordPart {
	type: WordPartType;
	text: string;
}

/** Beyond this many inserted plus deleted tokens, the changed middle is one replace. */
export const MAX_EDITS = 2_000;

// Words (letters, digits, marks, inner apostrophes and hyphens), runs of whitespace, and every
// other character on its own, so "there." → "there," changes only the full stop.
const TOKEN = /\s+|[\p{L}\p{N}\p{M}_'’-]+|[^\s\p{L}\p{N}\p{M}_'’-]/gu;

/** Words and the whitespace between them, in order; joined, they give the text back. */
export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

export function diffWords(before: string, after: string, maxEdits = MAX_EDITS): WordPart[] {
	if (before === after) return before === '' ? [] : [{ type: 'same', text: before }];
	const a = tokenize(before);
	const b = tokenize(after);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const parts: WordPart[] = [];
	const push = (type: WordPartType, tokens: readonly string[]) => {
		if (tokens.length === 0) return;
		const text = tokens.join('');
		const last = parts.at(-1);
		if (last?.type === type) last.text += text;
		else parts.push({ type, text });
	};
	push('same', a.slice(0, start));
	const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits);
	if (middle === null) {
		push('removed', a.slice(start, endA));
		push('added', b.slice(start, endB));
	} else {
		for (const [type, tokens] of middle) push(type, tokens);
	}
	push('same', a.slice(endA));
	return ordered(parts);
}

/**
 * Within each run of changes between two unchanged parts, deletions first: "~~old~~ **new**"
 * reads better than the two interleaved. A lone space kept between two changes joins both sides
 * of the change ("~~x y~~ **p q**", not "~~x~~ **p** ~~y~~ **q**").
 */
function ordered(parts: WordPart[]): WordPart[] {
	const out: WordPart[] = [];
	let removed = '';
	let added = '';
	const flush = () => {
		if (removed) out.push({ type: 'removed', text: removed });
		if (added) out.push({ type: 'added', text: added });
		removed = added = '';
	};
	for (const [index, part] of parts.entries()) {
		if (part.type === 'removed') removed += part.text;
		else if (part.type === 'added') added += part.text;
		else if ((removed || added) && /^\s+$/u.test(part.text) && index < parts.length - 1) {
			removed += part.text;
			added += part.text;
		} else {
			flush();
			out.push(part);
		}
	}
	flush();
	return out;
}

type Run = [WordPartType, string[]];

/** The shortest edit script from `a` to `b`, or null when it is longer than `maxEdits`. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Run[] | null {
	const n = a.length;
	const m = b.length;
	if (n === 0 || m === 0) {
		return [
			['removed', [...a]],
			['added', [...b]]
		];
	}
	const limit = Math.min(n + m, maxEdits);
	const offset = limit + 1;
	// v[k] is the furthest x on diagonal k = x - y; one snapshot per edit count, to walk back.
	const v = new Int32Array(2 * offset + 1);
	const trace: Int32Array[] = [];
	for (let d = 0; d <= limit; d++) {
		trace.push(v.slice(offset - d - 1, offset + d + 2));
		for (let k = -d; k <= d; k += 2) {
			let x =
				k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
					? v[offset + k + 1]!
					: v[offset + k - 1]! + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) return backtrack(a, b, trace, d);
		}
	}
	return null;
}

function backtrack(
	a: readonly string[],
	b: readonly string[],
	trace: readonly Int32Array[],
	edits: number
): Run[] {
	const runs: Run[] = [];
	const add = (type: WordPartType, token: string) => {
		const last = runs.at(-1);
		if (last?.[0] === type) last[1].push(token);
		else runs.push([type, [token]]);
	};
	let x = a.length;
	let y = b.length;
	for (let d = edits; d > 0; d--) {
		// trace[d] holds v before round d, for diagonals -d-1 .. d+1.
		const v = trace[d]!;
		const at = (k: number) => v[k + d + 1]!;
		const k = x - y;
		const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
		const prevK = down ? k + 1 : k - 1;
		const prevX = at(prevK);
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			x--;
			y--;
			add('same', a[x]!);
		}
		if (down) add('added', b[--y]!);
		else add('removed', a[--x]!);
	}
	while (x > 0 && y > 0) {
		x--;
		y--;
		add('same', a[x]!);
	}
	for (const run of runs) run[1].reverse();
	return runs.reverse();
}
