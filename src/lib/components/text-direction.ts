/** Languages written from right to left, among those Canal speaks. */
const RIGHT_TO_LEFT = new Set(['ar']);

/** The `dir` of a page in the given language. */
export const directionOf = (locale: string): 'rtl' | 'ltr' =>
	RIGHT_TO_LEFT.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
