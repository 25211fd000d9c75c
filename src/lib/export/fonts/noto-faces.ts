import arabic from '@fontsource/noto-sans-arabic/unicode.json';
import devanagari from '@fontsource/noto-sans-devanagari/unicode.json';
import emoji from '@fontsource/noto-emoji/unicode.json';
import hebrew from '@fontsource/noto-sans-hebrew/unicode.json';
import japanese from '@fontsource/noto-sans-jp/unicode.json';
import korean from '@fontsource/noto-sans-kr/unicode.json';
import simplified from '@fontsource/noto-sans-sc/unicode.json';
import thai from '@fontsource/noto-sans-thai/unicode.json';
import traditional from '@fontsource/noto-sans-tc/unicode.json';
import { parseUnicodeRange, type FontFace, type FontFamily } from './font-faces';

/**
 * The Noto fonts that print what Roboto cannot: the scripts people write plans in, and emoji.
 * Each family comes as Google Fonts cuts it for the web, in slices of a few dozen kilobytes, each
 * with the Unicode ranges it covers: an export fetches only the slices its text needs (a name in
 * Chinese costs a few slices, not the 4 MB font), and only when the plan has such text. The file
 * URLs are built assets, so the service worker keeps them after the first export (offline after).
 * Regular and bold (700): a slice's bold file is fetched only when bold text (a heading, a
 * label) needs that slice, so a plan whose Chinese is all in its notes fetches no bold Chinese.
 */

type Urls = Record<string, string>;

/** Every slice's file URL, by its path (one literal pattern: Vite reads it at build time). */
const urls: Urls = import.meta.glob(
	'/node_modules/@fontsource/{noto-sans-arabic,noto-sans-hebrew,noto-sans-thai,noto-sans-devanagari,noto-sans-sc,noto-sans-tc,noto-sans-jp,noto-sans-kr,noto-emoji}/files/*-{400,700}-normal.woff',
	{ query: '?url', import: 'default', eager: true }
);

/**
 * One family's slices from its package's unicode.json (slice name → ranges) and the files.
 * Slices Roboto already covers (Latin, Greek, Cyrillic, Vietnamese) are left out: Roboto prints
 * those, and these families never need to.
 */
function family(
	name: FontFamily['name'],
	cssFamily: string,
	packageName: string,
	ranges: Record<string, string>
): FontFamily {
	const faces: FontFace[] = [];
	for (const [slice, range] of Object.entries(ranges)) {
		const id = slice.replace(/^\[(\d+)\]$/, '$1');
		if (/^(latin|latin-ext|greek|greek-ext|cyrillic|cyrillic-ext|vietnamese)$/.test(id)) continue;
		const file = (weight: number) =>
			urls[
				`/node_modules/@fontsource/${packageName}/files/${packageName}-${id}-${weight}-normal.woff`
			];
		const url = file(400);
		if (url === undefined) continue;
		const boldUrl = file(700);
		faces.push({
			key: `${packageName}-${id}`,
			cssFamily,
			url,
			...(boldUrl !== undefined && { boldUrl }),
			ranges: parseUnicodeRange(range)
		});
	}
	return { name, faces };
}

export const NOTO_FAMILIES: readonly FontFamily[] = [
	family('arabic', 'Noto Sans Arabic', 'noto-sans-arabic', arabic),
	family('hebrew', 'Noto Sans Hebrew', 'noto-sans-hebrew', hebrew),
	family('thai', 'Noto Sans Thai', 'noto-sans-thai', thai),
	family('devanagari', 'Noto Sans Devanagari', 'noto-sans-devanagari', devanagari),
	family('simplified', 'Noto Sans SC', 'noto-sans-sc', simplified),
	family('traditional', 'Noto Sans TC', 'noto-sans-tc', traditional),
	family('japanese', 'Noto Sans JP', 'noto-sans-jp', japanese),
	family('korean', 'Noto Sans KR', 'noto-sans-kr', korean),
	family('emoji', 'Noto Emoji', 'noto-emoji', emoji)
];
