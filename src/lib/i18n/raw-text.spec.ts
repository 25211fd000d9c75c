// No words written straight into a template: every word a person reads comes from messages/, so it
// is there in every language. Fails on the first component that writes one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRawText } from './raw-text';

function svelteFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

// Every folder whose components a person sees: pages, generic UI, the maps and the boards.
const files = [
	...svelteFiles('src/routes'),
	...svelteFiles('src/lib/components'),
	...svelteFiles('src/lib/maps'),
	...svelteFiles('src/lib/canvas')
];

describe('words in templates', () => {
	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(60);
	});

	it('no component writes a word a person reads outside the messages', () => {
		const found = files.flatMap((file) =>
			findRawText(readFileSync(file, 'utf8')).map(
				({ text, line, where }) => `${file}:${line} (${where}) ${text}`
			)
		);
		expect(found).toEqual([]);
	}, 60_000);

	it.each([
		['text', '<p>Save the plan</p>', 'Save the plan'],
		['an aria-label', '<button aria-label="Close">×</button>', 'Close'],
		['a title beside a value', '<span title="Notes of {name}">x</span>', 'Notes of'],
		['a placeholder', '<input placeholder="Your name" />', 'Your name'],
		['a component label', '<TextField label="Title" value="" onsave={save} />', 'Title'],
		['a string in an expression', "<p>{done ? 'Saved' : 'Saving…'}</p>", 'Saved'],
		['a template string', '<p>{`${count} notes`}</p>', 'notes'],
		['a unit beside a number', '<NumberField value={2} unit="hours" />', 'hours'],
		['a button prop', '<RecordList items={goals} button="Add goal" />', 'Add goal'],
		['a prop named for a label', '<Choice emptyLabel="Undecided" />', 'Undecided'],
		[
			'a group of options',
			'<select><optgroup label="Your recipes"></optgroup></select>',
			'Your recipes'
		],
		['any other prop that reads like words', '<Card action="Save the plan" />', 'Save the plan'],
		['a prop given a string in braces', "<NumberField unit={'people'} />", 'people'],
		[
			'a sentence named in a {@const}',
			"{#if invite}{@const roleText = invite.role === 'observer' ? 'an observer: you can follow the plan live' : 'a participant'}<p>{m.invited({ roleText })}</p>{/if}",
			'an observer: you can follow the plan live'
		],
		[
			'a label in a list written in an {#each}',
			"{#each [{ id: 'canvas', label: 'Canvas' }] as option (option.id)}<label>{option.label}</label>{/each}",
			'Canvas'
		],
		[
			'a label the script hands to the markup',
			"<script>const lenses = [{ id: 'table', label: 'Table' }];</script>{#each lenses as lens}<b>{lens.label}</b>{/each}",
			'Table'
		],
		[
			'a fallback in the script',
			"<script>const titleOf = (item) => item.title || 'Break';</script><p>{titleOf(item)}</p>",
			'Break'
		],
		[
			'a name table in the script',
			"<script>const roles = { facilitator: 'Facilitator' };</script><span>{roles[role]}</span>",
			'Facilitator'
		]
	])('catches %s', (_, source, text) => {
		expect(findRawText(source).map((found) => found.text)).toContain(text);
	});

	it.each([
		['messages', '<p>{m.home_title()}</p>'],
		['the product name and symbols', '<a href="/">Canal</a> <span>· × → 1–5</span>'],
		[
			'classes, ids and comparisons',
			`<div class="card wide" id="main">{tone === 'ok' ? 1 : 2}</div>`
		],
		['styles', '<div style:width="{size}px"></div><style>p { color: red; }</style>'],
		[
			'props that carry code',
			'<RecordField kind="stakeholders" field="hoursPerWeek" class="wide" variant="quiet" />'
		],
		[
			'code in the script: keys, cases, logs, errors, types, imports',
			`<script lang="ts">
				import Field from './Field.svelte';
				type Lens = 'map' | 'Table';
				const onkey = (event: KeyboardEvent) => {
					if (event.key === 'Escape') close();
					switch (event.key) { case 'ArrowUp': up(); break; }
				};
				const lens = 'map' as Lens;
				const keys = { 'Arrow Up': 1 };
				console.warn('Could not load the library', lens, keys);
				const fail = () => { throw new Error('The workshop is not open yet.'); };
			</script>`
		],
		[
			'a {@const} that holds code',
			"{#each items as item}{@const kind = item.done ? 'done' : 'open'}<i class={kind}></i>{/each}"
		]
	])('lets %s pass', (_, source) => {
		expect(findRawText(source)).toEqual([]);
	});
});
