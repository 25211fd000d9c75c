/**
 * The smallest single splice that turns `before` into `after`: what a text field sends to the
 * shared document, so that two people typing in one field merge instead of overwriting each other.
 * Never splits a UTF-16 surrogate pair, which would store half an emoji.
 */
export interface Splice {
	index: number;
	remove: number;
	insert: string;
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

export function diffText(before: string, after: string): Splice | null {
	if (before === after) return null;
	const max = Math.min(before.length, after.length);
	let prefix = 0;
	while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
	// Do not end the common prefix between the halves of a surrogate pair.
	if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;

	let suffix = 0;
	const maxSuffix = max - prefix;
	while (
		suffix < maxSuffix &&
		before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
	)
		suffix++;
	// Nor start the common suffix on the low half of a pair.
	if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

	return {
		index: prefix,
		remove: before.length - prefix - suffix,
		insert: after.slice(prefix, after.length - suffix)
	};
}

/**
 * Where a caret at `position` in `before` belongs in `after`, for text that changed under it
 * (a remote edit): text inserted before the caret pushes it right, deleted text pulls it left.
 */
export function mapCaret(before: string, after: string, position: number): number {
	const splice = diffText(before, after);
	if (!splice || position <= splice.index) return position;
	if (position >= splice.index + splice.remove)
		return position - splice.remove + splice.insert.length;
	return splice.index + splice.insert.length;
}
