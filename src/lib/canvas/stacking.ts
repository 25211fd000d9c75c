/**
 * Stacking order of notes and frames: which one is drawn on top.
 *
 * Each item stores one key, a string, and items are drawn in the order of their keys compared as plain
 * strings (`<`, never `localeCompare`). "Bring to front" writes one new key above all others to one
 * record, instead of renumbering everyone (every renumbered record would be a change each device must
 * merge). Two people bringing different notes to the front at once may pick the same key; the id breaks
 * the tie, so every device still draws the same order.
 *
 * Keys are fractional indices: an integer part whose first letter says how many digits follow (so the
 * integer grows by one digit only every few thousand steps), then an optional fraction for keys between
 * two neighbours. A loop of bring-to-fronts only increments the integer part, so keys stay a few
 * characters long however often people click it. Digits are base 62 in ASCII order (0-9, A-Z, a-z).
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

/** The key of the first item on an empty canvas. */
export const FIRST_KEY = 'a0';

/** The lowest integer part: no key may equal it, so there is always room below any key. */
const SMALLEST_INTEGER = 'A' + '0'.repeat(26);

/** Longer stored keys are treated as unreadable, so a hostile file cannot make every sort slow. */
export const MAX_KEY_LENGTH = 100;

const KEY_SHAPE = /^[A-Za-z][0-9A-Za-z]*$/;

/** Length of the integer part (head letter included) that starts with `head`. */
function integerLength(head: string): number {
	return head >= 'a' ? head.charCodeAt(0) - 97 + 2 : 90 - head.charCodeAt(0) + 2;
}

function digit(char: string | undefined): number {
	return char === undefined ? 0 : DIGITS.indexOf(char);
}

/** Whether a stored value is a well-formed key. */
export function isStackKey(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > MAX_KEY_LENGTH || !KEY_SHAPE.test(value))
		return false;
	const length = integerLength(value.charAt(0));
	if (value.length < length || value === SMALLEST_INTEGER) return false;
	return !value.slice(length).endsWith('0');
}

/** Reads a stored key; anything malformed is no key (drawn below every item that has one). */
export function readStackKey(value: unknown): string | null {
	return isStackKey(value) ? value : null;
}

/** A fraction strictly between `a` and `b` (b null meaning 1), both without trailing zeros. */
function midpoint(a: string, b: string | null): string {
	if (b !== null) {
		let shared = 0;
		while ((a[shared] ?? '0') === b[shared]) shared++;
		if (shared > 0) return b.slice(0, shared) + midpoint(a.slice(shared), b.slice(shared));
	}
	const low = a === '' ? 0 : digit(a[0]);
	const high = b === null ? BASE : digit(b[0]);
	if (high - low > 1) return DIGITS.charAt(Math.round((low + high) / 2));
	if (b !== null && b.length > 1) return b.slice(0, 1);
	return DIGITS.charAt(low) + midpoint(a.slice(1), null);
}

function incrementInteger(integer: string): string | null {
	const head = integer.charAt(0);
	const digits = integer.slice(1).split('');
	for (let i = digits.length - 1; i >= 0; i--) {
		const next = digit(digits[i]) + 1;
		if (next < BASE) {
			digits[i] = DIGITS.charAt(next);
			return head + digits.join('');
		}
		digits[i] = '0';
	}
	if (head === 'Z') return 'a0';
	if (head === 'z') return null;
	const nextHead = String.fromCharCode(head.charCodeAt(0) + 1);
	if (nextHead > 'a') digits.push('0');
	else digits.pop();
	return nextHead + digits.join('');
}

function decrementInteger(integer: string): string | null {
	const head = integer.charAt(0);
	const digits = integer.slice(1).split('');
	for (let i = digits.length - 1; i >= 0; i--) {
		const previous = digit(digits[i]) - 1;
		if (previous >= 0) {
			digits[i] = DIGITS.charAt(previous);
			return head + digits.join('');
		}
		digits[i] = DIGITS.charAt(BASE - 1);
	}
	if (head === 'a') return 'Z' + DIGITS.charAt(BASE - 1);
	if (head === 'A') return null;
	const previousHead = String.fromCharCode(head.charCodeAt(0) - 1);
	if (previousHead < 'Z') digits.push(DIGITS.charAt(BASE - 1));
	else digits.pop();
	return previousHead + digits.join('');
}

/**
 * A key above `below` and below `above` (null: no bound on that side). Malformed keys count as no bound.
 * When the bounds are out of order (two peers moved things at once), the key goes above `below`.
 */
export function keyBetween(below: string | null, above: string | null): string {
	const a = readStackKey(below);
	let b = readStackKey(above);
	if (a !== null && b !== null && a >= b) b = null;
	if (a === null) {
		if (b === null) return FIRST_KEY;
		const integerB = b.slice(0, integerLength(b.charAt(0)));
		if (integerB === SMALLEST_INTEGER) return integerB + midpoint('', b.slice(integerB.length));
		if (integerB < b) return integerB;
		// The smallest integer never reaches here: it would be a malformed key.
		return decrementInteger(integerB) as string;
	}
	const integerA = a.slice(0, integerLength(a.charAt(0)));
	const fractionA = a.slice(integerA.length);
	if (b === null) return incrementInteger(integerA) ?? integerA + midpoint(fractionA, null);
	const integerB = b.slice(0, integerLength(b.charAt(0)));
	if (integerA === integerB) return integerA + midpoint(fractionA, b.slice(integerB.length));
	const next = incrementInteger(integerA);
	if (next !== null && next < b) return next;
	return integerA + midpoint(fractionA, null);
}

function highest(keys: Iterable<string | null | undefined>): string | null {
	let top: string | null = null;
	for (const key of keys) if (isStackKey(key) && (top === null || key > top)) top = key;
	return top;
}

function lowest(keys: Iterable<string | null | undefined>): string | null {
	let bottom: string | null = null;
	for (const key of keys) if (isStackKey(key) && (bottom === null || key < bottom)) bottom = key;
	return bottom;
}

/** "Bring to front": a key above every one of `keys`. */
export function keyAbove(keys: Iterable<string | null | undefined>): string {
	return keyBetween(highest(keys), null);
}

/** "Send to back": a key below every one of `keys`. */
export function keyBelow(keys: Iterable<string | null | undefined>): string {
	return keyBetween(null, lowest(keys));
}

/** `count` rising keys above every one of `keys`: brings a selection to the front in its own order. */
export function keysAbove(keys: Iterable<string | null | undefined>, count: number): string[] {
	const result: string[] = [];
	let top = highest(keys);
	for (let i = 0; i < count; i++) {
		top = keyBetween(top, null);
		result.push(top);
	}
	return result;
}

/**
 * Drawing order of two items given their keys as read (`readStackKey`): items without a readable key
 * first (at the bottom), then by key, then by id, so two items that got the same key from two people
 * at once are still drawn the same way everywhere.
 */
export function compareStackKeys(
	keyA: string | null,
	idA: string,
	keyB: string | null,
	idB: string
): number {
	if (keyA !== keyB) {
		if (keyA === null) return -1;
		if (keyB === null) return 1;
		return keyA < keyB ? -1 : 1;
	}
	return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** Drawing order (see `compareStackKeys`). */
export function compareStacking(
	a: { readonly id: string; readonly z?: string | null },
	b: { readonly id: string; readonly z?: string | null }
): number {
	return compareStackKeys(readStackKey(a.z), a.id, readStackKey(b.z), b.id);
}

/** Items in `compareStacking` order, each key read once: a wall of thousands sorts in a blink. */
export function sortedByStacking<T extends { readonly id: string; readonly z?: string | null }>(
	items: readonly T[]
): T[] {
	const keyed = items.map((item) => ({ item, key: readStackKey(item.z) }));
	keyed.sort((a, b) => compareStackKeys(a.key, a.item.id, b.key, b.item.id));
	return keyed.map(({ item }) => item);
}
