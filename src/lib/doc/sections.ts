import * as Y from 'yjs';
import type {
	Commitment,
	MaturityRating,
	Plan,
	PlanMeta,
	Presence,
	Purpose,
	RecordKind
} from '../domain/plan';
import { isId } from '../domain/ids';
import { NUMBER_LIMITS, TEXT_LIMITS } from '../domain/limits';
import { clipCharacters } from '../domain/text';
import { isInternalKey } from '../domain/internal';
import { isKeyOf, MATURITY_DIMENSIONS, type MaturityDimension } from '../domain/vocabulary';
import { coerceNumber } from './coerce';
import type { RecordExists } from './record-collection';
import { COMMITMENT_TEXTS, MATURITY_NOTE_TEXTS, PURPOSE_TEXTS, ROOT } from './schema';

// Yjs types its shared types invariantly in their event type; `any` is the only common supertype.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SharedType = Y.AbstractType<any>;

/**
 * How one part of a plan that is not a collection of records lives in the shared document.
 * PlanDoc, PlanView and `toJSON` are built from these declarations, so a new part of the plan
 * is one entry in SECTIONS (and its key in `Plan`); only its writes are methods of their own.
 */
interface SectionSpec<Value, Json> {
	/** The shared types it is read from: a change to any of them changes the section. */
	watch(ydoc: Y.Doc): SharedType[];
	/** Whether this device's edits to it can be undone (default: yes). */
	undoable?: boolean;
	/** Record kinds it links to: their records coming or going changes what is read. */
	linksTo?: readonly RecordKind[];
	/**
	 * Whether it holds a link to any of these records (that just came or went); without this,
	 * any record of a `linksTo` kind coming or going makes it be read again.
	 */
	mentions?(ydoc: Y.Doc, ids: ReadonlySet<string>): boolean;
	/** A frozen snapshot, which PlanDoc caches until one of the watched types changes. */
	read(ydoc: Y.Doc, exists: RecordExists): Value;
	/** The snapshot as plain data, for `Plan`. */
	toJSON(value: Value): Json;
}

/** Infers each section's snapshot type from its reader. */
function section<Value, Json>(spec: SectionSpec<Value, Json>): SectionSpec<Value, Json> {
	return spec;
}

export const SECTIONS = {
	meta: section({
		watch: (ydoc) => [ydoc.getMap(ROOT.meta)],
		// Renaming a workshop is not a plan edit: undo leaves the title alone.
		undoable: false,
		read: (ydoc): Readonly<PlanMeta> => readMeta(ydoc),
		toJSON: (meta) => ({ ...meta })
	}),
	purpose: section({
		watch: (ydoc) => PURPOSE_TEXTS.map((field) => ydoc.getText(ROOT.purposeText(field))),
		read: (ydoc): Readonly<Purpose> =>
			Object.freeze(readTexts(ydoc, PURPOSE_TEXTS, ROOT.purposeText)),
		toJSON: (purpose) => ({ ...purpose })
	}),
	commitment: section({
		watch: (ydoc) => [
			ydoc.getMap(ROOT.commitment),
			...COMMITMENT_TEXTS.map((field) => ydoc.getText(ROOT.commitmentText(field)))
		],
		read: (ydoc): Readonly<Commitment> => {
			const responseTimeHours = coerceNumber(
				{ ...NUMBER_LIMITS.responseTimeHours, initial: null },
				ydoc.getMap(ROOT.commitment).get('responseTimeHours')
			);
			const texts = readTexts(ydoc, COMMITMENT_TEXTS, ROOT.commitmentText);
			return Object.freeze({ ...texts, responseTimeHours });
		},
		toJSON: (commitment) => ({ ...commitment })
	}),
	maturityNotes: section({
		watch: (ydoc) => MATURITY_NOTE_TEXTS.map((dim) => ydoc.getText(ROOT.maturityNote(dim))),
		read: (ydoc): Readonly<Record<MaturityDimension, string>> =>
			Object.freeze(readTexts(ydoc, MATURITY_NOTE_TEXTS, ROOT.maturityNote)),
		toJSON: (notes) => ({ ...notes })
	}),
	/**
	 * Maturity ratings, sorted for stable output. A rater is a team member (rated on this device)
	 * or a revealed ballot, which has no record: so, unlike links, ratings are not checked against
	 * the team. Removing a member removes their ratings.
	 */
	ratings: section({
		watch: (ydoc) => [ydoc.getMap(ROOT.ratings)],
		read: (ydoc): readonly MaturityRating[] => {
			const ratings: MaturityRating[] = [];
			for (const [key, value] of ydoc.getMap(ROOT.ratings).entries()) {
				const [memberId, dimension] = key.split(':');
				const score = coerceNumber(
					{ ...NUMBER_LIMITS.scale5, initial: null, integer: true },
					value
				);
				if (!isId(memberId) || !isKeyOf(MATURITY_DIMENSIONS, dimension) || score === null) continue;
				ratings.push(Object.freeze({ memberId, dimension, score }));
			}
			return Object.freeze(sortedByKey(ratings, (r) => `${r.memberId}:${r.dimension}`));
		},
		toJSON: (ratings) => ratings.map((rating) => ({ ...rating }))
	}),
	/** Presence links between existing stakeholders and platforms; each pair at most once. */
	presence: section({
		watch: (ydoc) => [ydoc.getMap(ROOT.presence)],
		linksTo: ['stakeholders', 'platforms'],
		// Adding one of 5,000 stakeholders must not re-read 25,000 links: a scan of the keys will do.
		mentions: (ydoc, ids) => {
			for (const key of ydoc.getMap(ROOT.presence).keys()) {
				const at = key.indexOf(':');
				if (ids.has(key.slice(0, at)) || ids.has(key.slice(at + 1))) return true;
			}
			return false;
		},
		read: (ydoc, exists): readonly Presence[] => {
			const links: Presence[] = [];
			for (const [key, value] of ydoc.getMap(ROOT.presence).entries()) {
				const [stakeholderId, platformId] = key.split(':');
				const strength = coerceNumber({ min: 1, max: 3, initial: null, integer: true }, value);
				if (!isId(stakeholderId) || !isId(platformId) || strength === null) continue;
				// A link set while its stakeholder or platform was deleted elsewhere is not read.
				if (!exists('stakeholders', stakeholderId)) continue;
				if (!exists('platforms', platformId)) continue;
				links.push(
					Object.freeze({ stakeholderId, platformId, strength: strength as Presence['strength'] })
				);
			}
			return Object.freeze(sortedByKey(links, (p) => `${p.stakeholderId}:${p.platformId}`));
		},
		toJSON: (presence) => presence.map((link) => ({ ...link }))
	}),
	/** Keys of what is kept out of the public edition (see domain/internal). */
	internal: section({
		watch: (ydoc) => [ydoc.getMap(ROOT.internal)],
		read: (ydoc): ReadonlySet<string> => {
			const keys = new Set<string>();
			for (const [key, value] of ydoc.getMap(ROOT.internal).entries())
				if (value === true && isInternalKey(key)) keys.add(key);
			return Object.freeze(keys);
		},
		toJSON: (internal) => [...internal].sort()
	})
} satisfies { [S in SectionName]: SectionSpec<unknown, Plan[S]> };

/** The parts of a plan that are not collections of records. */
export type SectionName = Exclude<keyof Plan, RecordKind>;
/** Parts of a plan that change independently; views subscribe to the ones they show. */
export type Section = RecordKind | SectionName;
/** What reading a section returns: a frozen snapshot. */
export type SectionValue<S extends SectionName> = ReturnType<(typeof SECTIONS)[S]['read']>;

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** One section's declaration, typed by its name (indexing SECTIONS with a generic name cannot). */
export function sectionSpec<S extends SectionName>(name: S): SectionSpec<SectionValue<S>, Plan[S]> {
	return SECTIONS[name] as unknown as SectionSpec<SectionValue<S>, Plan[S]>;
}

/**
 * A plan's meta without building a PlanDoc: listing, exporting and importing need only the
 * title, and a PlanDoc would read every record of a large plan first.
 */
export function readMeta(ydoc: Y.Doc): Readonly<PlanMeta> {
	const map = ydoc.getMap(ROOT.meta);
	// A title from a crafted file can be any length: read no more than a name may hold, so the
	// catalog, page titles and exports stay usable.
	const text = (key: string) => {
		const value = map.get(key);
		return typeof value === 'string' ? clipCharacters(value, TEXT_LIMITS.name) : '';
	};
	const num = (key: string) => {
		const value = map.get(key);
		return typeof value === 'number' && Number.isFinite(value) ? value : 0;
	};
	return Object.freeze({
		title: text('title'),
		organisation: text('organisation'),
		facilitator: text('facilitator'),
		createdAt: num('createdAt'),
		schemaVersion: num('schemaVersion')
	});
}

/** Singleton texts, each a root-level Y.Text named by `root`, as one plain object. */
function readTexts<F extends string>(
	ydoc: Y.Doc,
	fields: readonly F[],
	root: (field: F) => string
): Record<F, string> {
	return Object.fromEntries(
		fields.map((field) => [field, ydoc.getText(root(field)).toString()])
	) as Record<F, string>;
}

/**
 * `items` sorted by a text key, each key made once: a plan of 5,000 stakeholders has some 25,000
 * presence links, and making two keys per comparison was most of opening its first step.
 */
function sortedByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
	const keyed = items.map((item) => ({ key: key(item), item }));
	keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return keyed.map(({ item }) => item);
}
