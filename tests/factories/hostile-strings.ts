/**
 * Text a hostile or unlucky person could put into any field of a plan: markup, script URLs,
 * entity tricks, huge strings, bidirectional overrides, invisible and combining characters,
 * emoji sequences, broken UTF-16 and control characters. Every payload that could run sets
 * `window.__canalPwned` or calls `alert`, so a test can tell that it ran.
 */

/** The global every payload sets when it runs. */
export const PWNED_FLAG = '__canalPwned';

export interface HostileString {
	/** A short name for reports and failure messages. */
	name: string;
	text: string;
	/**
	 * The text should survive into extracted PDF text as typed: Latin, Greek and Cyrillic that
	 * Roboto has glyphs for, without controls or invisible characters.
	 */
	printable?: boolean;
	/** 100,000 characters: only a few fields get one, each clipped to the field's limit. */
	huge?: boolean;
}

const pwn = `window.${PWNED_FLAG}=1`;
export const HUGE_LENGTH = 100_000;

export const HOSTILE_STRINGS: readonly HostileString[] = [
	// Markup
	{ name: 'script tag', text: `<script>${pwn}</script>`, printable: true },
	{ name: 'script alert', text: '<script>alert(1)</script>', printable: true },
	{ name: 'img onerror', text: `<img src=x onerror="${pwn}">`, printable: true },
	{ name: 'svg onload', text: `<svg onload="${pwn}"></svg>`, printable: true },
	{ name: 'svg animate', text: `<svg><animate onbegin="${pwn}" attributeName=x dur=1s>` },
	{ name: 'body onload', text: `<body onload="${pwn}">`, printable: true },
	{ name: 'details ontoggle', text: `<details open ontoggle="${pwn}">x</details>` },
	{ name: 'close text', text: `</text><script>${pwn}</script><text>`, printable: true },
	{ name: 'close title', text: `</title><script>${pwn}</script>`, printable: true },
	{ name: 'close textarea', text: `</textarea><script>${pwn}</script>`, printable: true },
	{ name: 'close style', text: `</style><script>${pwn}</script><style>`, printable: true },
	{ name: 'style tag', text: '<style>body{display:none}*{background:url(x)}</style>' },
	{ name: 'cdata end', text: `]]><script>${pwn}</script><![CDATA[`, printable: true },
	{ name: 'comment open', text: `<!-- <script>${pwn}</script>`, printable: true },
	{ name: 'comment close', text: `--><script>${pwn}</script>`, printable: true },
	{ name: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.${pwn}</script>"></iframe>` },
	{ name: 'object data', text: `<object data="javascript:${pwn}"></object>` },
	{ name: 'foreignObject', text: `<foreignObject><img src=x onerror="${pwn}"></foreignObject>` },
	{ name: 'xml pi', text: `<?xml-stylesheet href="javascript:${pwn}"?>` },
	{ name: 'template literal', text: '${alert(1)} {{constructor.constructor("alert(1)")()}}' },
	// Attributes breaking out of quotes
	{ name: 'attribute break', text: `" onmouseover="${pwn}" x="`, printable: true },
	{ name: 'single quote break', text: `' onfocus='${pwn}' autofocus '`, printable: true },
	{ name: 'event handler bare', text: `onclick=${pwn} onerror=alert(1)`, printable: true },
	// URLs
	{ name: 'javascript url', text: `javascript:${pwn}`, printable: true },
	{ name: 'javascript url cased', text: ' JaVaScRiPt:alert(1)' },
	{ name: 'javascript url tab', text: 'java\tscript:alert(1)' },
	{ name: 'data url', text: `data:text/html,<script>${pwn}</script>` },
	{ name: 'data url base64', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
	{ name: 'vbscript url', text: 'vbscript:msgbox(1)' },
	{ name: 'markdown js link', text: `[click me](javascript:${pwn})`, printable: true },
	{
		name: 'markdown data link',
		text: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'
	},
	{ name: 'markdown image', text: `![x](javascript:${pwn})` },
	{ name: 'markdown ref link', text: `[x][r]\n\n[r]: javascript:${pwn}` },
	{ name: 'autolink js', text: `<javascript:${pwn}>`, printable: true },
	{ name: 'autolink data', text: '<data:text/html,<script>alert(1)</script>>' },
	{ name: 'html link', text: `<a href="javascript:${pwn}">click</a>`, printable: true },
	// Markdown and entity tricks
	{ name: 'entity javascript', text: `&#106;avascript:${pwn}`, printable: true },
	{ name: 'entity hex', text: '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;', printable: true },
	{
		name: 'named entities',
		text: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &nbsp;',
		printable: true
	},
	{
		name: 'markdown structure',
		text: '# Heading\n\n- item\n1. one\n> quote\n---\n| a | b |\n|---|---|'
	},
	{ name: 'markdown emphasis', text: '**bold** _it_ `code` ~~del~~ $x$ \\*', printable: true },
	{ name: 'code fence', text: '```html\n<script>alert(1)</script>\n```' },
	{ name: 'html block', text: `<div>\n\n<script>${pwn}</script>\n\n</div>` },
	{ name: 'setext heading', text: 'Title\n===\nSub\n---' },
	{ name: 'backslashes', text: '\\\\<script>alert(1)<\\/script>', printable: true },
	// Unicode
	{ name: 'rtl override', text: 'Invoice \u202Egnp.exe\u202C total', printable: false },
	{
		name: 'bidi isolates',
		text: '\u2066abc\u2069 \u2067\u05E9\u05DC\u05D5\u05DD\u2069 \u200F\u200E'
	},
	{ name: 'zero width', text: 'a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f' },
	{ name: 'combining', text: 'Z\u0351\u0364\u036B\u0343a\u0352\u0369l\u0315g\u0489o' },
	{ name: 'greek and cyrillic', text: 'Δημοτική Βιβλιοθήκη · Городской совет', printable: true },
	{ name: 'emoji', text: 'Team 🎉🚀 plan ✅' },
	{ name: 'emoji zwj', text: '👩‍👩‍👧‍👦 👨🏽‍💻 🏳️‍🌈 🧑‍🤝‍🧑' },
	// 300 characters but 600 UTF-16 units: exactly what a name field allows.
	{ name: 'emoji at the name limit', text: '👍🏽'.repeat(150) },
	{ name: 'flags', text: '🇫🇷🇩🇪🇯🇵🇺🇦 🏴󠁧󠁢󠁳󠁣󠁴󠁿' },
	{ name: 'lone surrogates', text: 'half \uD83D and \uDE00 reversed \uDE00\uD83D' },
	{ name: 'nul and controls', text: 'a\u0000b\u0001c\u0007d\u0008e\u001Bf\u007Fg\u0085h' },
	{ name: 'line separators', text: 'one\u2028two\u2029three\r\nfour\rfive\u000Bsix\u000Cseven' },
	{ name: 'noncharacters', text: '\uFFFE\uFFFF\uFDD0 \u{10FFFF}' },
	{ name: 'only spaces', text: ' \u00A0\u3000\t ' },
	// Huge strings
	{ name: 'huge unbroken', text: 'A'.repeat(HUGE_LENGTH), huge: true },
	{
		name: 'huge markup',
		text: `<img src=x onerror="${pwn}">`.repeat(4_000).slice(0, HUGE_LENGTH),
		huge: true
	},
	{ name: 'huge emoji', text: '👩‍👩‍👧‍👦'.repeat(HUGE_LENGTH / 11).slice(0, HUGE_LENGTH), huge: true }
];

export const REGULAR_STRINGS = HOSTILE_STRINGS.filter((entry) => !entry.huge);
export const HUGE_STRINGS = HOSTILE_STRINGS.filter((entry) => entry.huge);
