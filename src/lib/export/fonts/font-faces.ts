/**
 * Which font prints which character: Roboto first (Latin, Greek, Cyrillic: the report's own
 * look), then the Noto slices (see noto-faces.ts). Choices are made per grapheme cluster, not per
 * character, so an emoji sequence, a letter with its marks or a keycap stays in one font, where
 * the font's ligatures and mark positioning can join it.
 */

export type Range = readonly [first: number, last: number];

/** One file of a font: `key` names it in the PDF engine, `ranges` are the code points it has. */
export interface FontFace {
	key: string;
	/** The family's CSS name, for SVG documents the browser draws. */
	cssFamily: string;
	url: string;
	/** The same slice in bold, where the family has it: fetched only for bold text. */
	boldUrl?: string;
	ranges: readonly Range[];
}

export interface FontFamily {
	name:
		| 'arabic'
		| 'hebrew'
		| 'thai'
		| 'devanagari'
		| 'simplified'
		| 'traditional'
		| 'japanese'
		| 'korean'
		| 'emoji';
	faces: readonly FontFace[];
}

/** `U+0600-06FF,U+200C` (a CSS unicode-range) to sorted ranges. */
export function parseUnicodeRange(css: string): Range[] {
	return css
		.split(',')
		.map((part) => part.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((part): Range => {
			const [first, last = first] = part.split('-');
			return [parseInt(first!, 16), parseInt(last!, 16)];
		})
		.sort((a, b) => a[0] - b[0]);
}

/**
 * The code points all four Roboto styles in pdfmake's fonts have (read from the fonts' cmaps with
 * fontkit): what may stay in Roboto. Anything else goes to a Noto slice.
 */
export const ROBOTO_RANGES: readonly Range[] = parseUnicodeRange(
	'0,2,d,20-7e,a0-17f,18f,192,1a0-1a1,1af-1b0,1f0,1fa-1ff,218-21b,237,259,2bc,2c6-2c7,2c9,' +
		'2d8-2dd,2f3,300-301,303,309,30f,323,384-38a,38c,38e-3a1,3a3-3ce,3d1-3d2,3d6,400-486,488-513,' +
		'1e00-1e01,1e3e-1e3f,1e80-1e85,1e9e,1ea0-1ef9,1f4d,2000-200b,2010-2011,2013-2015,2017-201e,' +
		'2020-2022,2025-2027,2030,2032-2033,2039-203a,203c,2044,2070,2074-208e,20a3-20a4,20a6-20ac,' +
		'20b1,20b9-20ba,20bc-20bd,20c1,2105,2113,2116,2122,2126,212e,215b-215e,2202,2206,220f,' +
		'2211-2212,221a,221e,222b,2248,2260,2264-2265,25a0,25ca-25cb,25cf,fb01-fb04,feff,fffc-fffd'
);

export function covers(ranges: readonly Range[], codePoint: number): boolean {
	let low = 0;
	let high = ranges.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const [first, last] = ranges[middle]!;
		if (codePoint < first) high = middle - 1;
		else if (codePoint > last) low = middle + 1;
		else return true;
	}
	return false;
}

/** Invisible characters: they never decide the font, and are dropped where the font lacks them. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** Characters that ask for an emoji (presentation selector, keycap, flag letters, pictographs). */
const EMOJI = /[\ufe0f\u20e3\p{Regional_Indicator}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/gu;

const BASE_ORDER: readonly FontFamily['name'][] = [
	'arabic',
	'hebrew',
	'thai',
	'devanagari',
	'simplified',
	'traditional',
	'japanese',
	'korean',
	'emoji'
];

/**
 * The order families are tried in for one text. Han characters are shared by Chinese, Japanese
 * and Korean, but drawn differently in each: kana makes a text Japanese, Hangul Korean, a Han
 * character that only the traditional Chinese font has makes it traditional Chinese.
 */
export function familyOrder(text: string, families: readonly FontFamily[]): readonly FontFamily[] {
	const byName = new Map(families.map((family) => [family.name, family]));
	let cjk: FontFamily['name'][] = ['simplified', 'traditional', 'japanese', 'korean'];
	if (KANA.test(text)) cjk = ['japanese', 'simplified', 'traditional', 'korean'];
	else if (HANGUL.test(text)) cjk = ['korean', 'simplified', 'traditional', 'japanese'];
	else if ([...text.matchAll(HAN)].some(([char]) => onlyTraditional(families, char)))
		cjk = ['traditional', 'simplified', 'japanese', 'korean'];
	// One array per preference and family list: faceFor remembers its answers per order.
	let known = orders.get(families);
	if (!known) orders.set(families, (known = new Map()));
	const key = cjk.join();
	const cached = known.get(key);
	if (cached) return cached;
	const order = BASE_ORDER.filter((name) => !cjk.includes(name));
	order.splice(order.indexOf('emoji'), 0, ...cjk);
	const result = order.map((name) => byName.get(name)).filter((family) => family !== undefined);
	known.set(key, result);
	return result;
}

const orders = new WeakMap<readonly FontFamily[], Map<string, readonly FontFamily[]>>();
const traditionalOnly = new WeakMap<readonly FontFamily[], Map<string, boolean>>();

/** A Han character only the traditional Chinese font has (remembered: texts repeat characters). */
function onlyTraditional(families: readonly FontFamily[], char: string): boolean {
	let known = traditionalOnly.get(families);
	if (!known) traditionalOnly.set(families, (known = new Map()));
	let answer = known.get(char);
	if (answer === undefined) {
		const codePoint = char.codePointAt(0)!;
		const simplified = families.find((family) => family.name === 'simplified');
		const traditional = families.find((family) => family.name === 'traditional');
		answer =
			!!simplified &&
			!!traditional &&
			!simplified.faces.some((face) => covers(face.ranges, codePoint)) &&
			traditional.faces.some((face) => covers(face.ranges, codePoint));
		known.set(char, answer);
	}
	return answer;
}

export function isIgnorable(char: string): boolean {
	return IGNORABLE.test(char);
}

function wantsEmoji(cluster: string, codePoints: readonly number[]): boolean {
	return (
		EMOJI.test(cluster) ||
		(PICTOGRAPH.test(cluster) && codePoints.some((c) => !covers(ROBOTO_RANGES, c)))
	);
}

/**
 * The face for one grapheme cluster; null for Roboto. A cluster no face covers whole goes to the
 * face that has its first character (its base), else to Roboto.
 */
export function faceFor(cluster: string, order: readonly FontFamily[]): FontFace | null {
	// Remembered per order: a plan repeats its characters, and a CJK character not in the first
	// families is otherwise looked up in several hundred slices each time.
	let known = faces.get(order);
	if (!known) faces.set(order, (known = new Map()));
	let face = known.get(cluster);
	if (face === undefined) {
		face = findFace(cluster, order);
		known.set(cluster, face);
	}
	return face;
}

const faces = new WeakMap<readonly FontFamily[], Map<string, FontFace | null>>();

function findFace(cluster: string, order: readonly FontFamily[]): FontFace | null {
	const codePoints = [...cluster]
		.filter((char) => !isIgnorable(char))
		.map((char) => char.codePointAt(0)!);
	if (codePoints.length === 0) return null;
	const emoji = wantsEmoji(cluster, codePoints);
	if (!emoji && codePoints.every((c) => covers(ROBOTO_RANGES, c))) return null;
	const families = emoji
		? [...order.filter((f) => f.name === 'emoji'), ...order.filter((f) => f.name !== 'emoji')]
		: order;
	let partial: FontFace | null = null;
	for (const family of families)
		for (const face of family.faces) {
			if (codePoints.every((c) => covers(face.ranges, c))) return face;
			partial ??= covers(face.ranges, codePoints[0]!) ? face : null;
		}
	return partial;
}

/** Whether a face (null: Roboto) has a character; ignorable ones it lacks are dropped. */
export function faceHas(face: FontFace | null, char: string): boolean {
	return covers(face?.ranges ?? ROBOTO_RANGES, char.codePointAt(0)!);
}
