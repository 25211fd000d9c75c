import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from './plan-doc';
import { RECORD_KINDS } from './schema';
import { SECTION_NAMES, sectionSpec, type Section, type SharedType } from './sections';

/** A change to a shared type, as a peer or a crafted file could make it. */
function touch(type: SharedType): void {
	if (type instanceof Y.Text) type.insert(type.length, 'x');
	else if (type instanceof Y.Map) type.set('touched', true);
	else throw new Error('Sections are read from Y.Texts and Y.Maps.');
}

const EVERY_SECTION: Section[] = [...SECTION_NAMES, ...RECORD_KINDS];

/** Which sections tell their subscribers about what `change` does. */
function heardAfter(plan: PlanDoc, change: () => void): Section[] {
	const heard: Section[] = [];
	const stops = EVERY_SECTION.map((section) => plan.subscribe(section, () => heard.push(section)));
	change();
	for (const stop of stops) stop();
	return heard;
}

// Everything below goes through the declarations only: a section added to SECTIONS is covered
// here, and needs nothing else to be read, cached, subscribed to, undone and exported.
describe('the declared sections', () => {
	it('are, with the record kinds, every part of a plan', () => {
		expect(Object.keys(new PlanDoc().toJSON()).sort()).toEqual([...EVERY_SECTION].sort());
	});
});

describe.each(SECTION_NAMES)('the %s section', (name) => {
	it('is read as a cached, frozen snapshot', () => {
		const plan = new PlanDoc();
		const value = plan.section(name);
		expect(Object.isFrozen(value)).toBe(true);
		expect(plan.section(name)).toBe(value);
	});

	it('is in toJSON as a plain copy', () => {
		const plan = new PlanDoc();
		const json = plan.toJSON();
		expect(json[name]).toEqual(sectionSpec(name).toJSON(plan.section(name)));
		expect(json[name]).not.toBe(plan.section(name));
	});

	it('tells its own subscribers, and no others, when a type it watches changes', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const types = sectionSpec(name).watch(ydoc);
		expect(types.length).toBeGreaterThan(0);
		for (const type of types) {
			const before = plan.section(name);
			expect(heardAfter(plan, () => ydoc.transact(() => touch(type)))).toEqual([name]);
			expect(plan.section(name)).not.toBe(before);
		}
	});

	it('is undone with this device’s edits only when declared undoable', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		for (const type of sectionSpec(name).watch(ydoc))
			ydoc.transact(() => touch(type), plan.localOrigin);
		expect(plan.canUndo).toBe(sectionSpec(name).undoable !== false);
	});

	it('is read again when records it links to come or go (unless it names none of them), and only then', () => {
		const plan = new PlanDoc();
		const spec = sectionSpec(name);
		const linksTo: readonly string[] = spec.linksTo ?? [];
		for (const kind of RECORD_KINDS) {
			const heard = heardAfter(plan, () => plan.add(kind));
			// A section that can tell whether it names the new record is not read for one it does not.
			expect(heard.includes(name), kind).toBe(linksTo.includes(kind) && !spec.mentions);
		}
	});
});
