import * as Y from 'yjs';
import { TEXT_LIMITS } from '../domain/limits';
import { clipCharacters } from '../domain/text';
import { newId } from '../domain/ids';
import { PlanDoc } from '../doc/plan-doc';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { agendaOf, framesOf, type Recipe } from '../domain/recipe';
import { readMeta } from '../doc/sections';
import { TxOrigin } from '../doc/origins';
import { ROOT, SCHEMA_VERSION } from '../doc/schema';
import { checkRequiredName, checkText } from '../domain/validation';
import { workshopGone } from '../domain/error-message';
import type { CanalDb, Role } from './db';
import { facilitationDocId, loadStoredDoc, privateDocsOf } from './doc-store';
import { historyRelation } from './shared-history';
import { broadcastUpdate } from './tab-sync';
import { dropWorkshopStashes } from './unsaved-stash';
import {
	allVersions,
	autoSaveKey,
	saveVersions,
	versionRecordOf,
	versionsOf
} from './version-store';
import {
	decodeWorkshopFile,
	encodeWorkshopFile,
	verifyWorkshopBody,
	type WorkshopFileHeader
} from './workshop-file';
import { ImportNeedsChoice } from './import-choice';

// The home page reads these without the rest of this module (Yjs, the plan): they live apart.
export { listWorkshops } from './workshop-list';
export { ImportNeedsChoice };

/** How long a deleted workshop can be brought back before it is purged. */
export const UNDO_DELETE_MS = 10_000;

export interface NewWorkshop {
	title: string;
	organisation: string;
	facilitator: string;
}

/** Thrown with a message for the person when a workshop operation cannot be done. */
export class WorkshopError extends Error {
	override readonly name = 'WorkshopError';
}

function validateNew(input: NewWorkshop): NewWorkshop {
	const title = input.title.trim();
	const problem =
		checkRequiredName(title, 'title') ??
		checkText(input.organisation, 'name', 'organisation') ??
		checkText(input.facilitator, 'name', 'facilitator');
	if (problem) throw new WorkshopError(problem);
	return { title, organisation: input.organisation.trim(), facilitator: input.facilitator.trim() };
}

/**
 * Creates a workshop: its catalog entry and its first plan state, in one transaction. From a
 * recipe, the plan starts with the recipe's groups on each board (content stays empty) and the
 * facilitation document with its agenda.
 */
export async function createWorkshop(
	db: CanalDb,
	input: NewWorkshop,
	now = Date.now(),
	recipe: Recipe | null = null
): Promise<string> {
	const fields = validateNew(input);
	const id = newId();
	const ydoc = new Y.Doc();
	const plan = PlanDoc.create(fields, ydoc, now);
	let steering: Uint8Array | null = null;
	if (recipe) {
		for (const frame of framesOf(recipe)) plan.add('frames', { ...frame, z: '' });
		const facilitation = new FacilitationDoc();
		facilitation.setAgenda(agendaOf(recipe, () => newId(12)));
		steering = Y.encodeStateAsUpdate(facilitation.ydoc);
		facilitation.destroy();
		facilitation.ydoc.destroy();
	}
	const update = Y.encodeStateAsUpdate(ydoc);
	plan.destroy();
	await db.transaction('rw', db.workshops, db.updates, async () => {
		await db.workshops.add({ id, ...fields, createdAt: now, updatedAt: now, role: 'facilitator' });
		await db.updates.add({ docId: id, update });
		if (steering) await db.updates.add({ docId: facilitationDocId(id), update: steering });
	});
	return id;
}

/**
 * Changes a stored plan that is not open on this page (rename, duplicate): loads it, edits it
 * through PlanDoc, and appends only the change.
 */
async function editStoredPlan(
	db: CanalDb,
	id: string,
	edit: (plan: PlanDoc) => void
): Promise<PlanDoc> {
	const ydoc = await loadStoredDoc(db, id);
	const plan = new PlanDoc(ydoc);
	const before = Y.encodeStateVector(ydoc);
	edit(plan);
	const change = Y.encodeStateAsUpdate(ydoc, before);
	await db.updates.add({ docId: id, update: change });
	broadcastUpdate(id, change);
	return plan;
}

export async function renameWorkshop(db: CanalDb, id: string, title: string): Promise<void> {
	const trimmed = title.trim();
	const problem = checkRequiredName(trimmed, 'title');
	if (problem) throw new WorkshopError(problem);
	await db.transaction('rw', db.workshops, db.updates, async () => {
		if (!(await db.workshops.get(id))) throw new WorkshopError(workshopGone());
		await editStoredPlan(db, id, (plan) => plan.setMeta({ title: trimmed }));
		await db.workshops.update(id, { title: trimmed, updatedAt: Date.now() });
	});
}

/**
 * Copies a workshop into a new one with its own id. The copy starts from the original's full
 * state, then only its title changes: the two never sync with each other.
 */
export async function duplicateWorkshop(
	db: CanalDb,
	id: string,
	now = Date.now()
): Promise<string> {
	const entry = await db.workshops.get(id);
	if (!entry) throw new WorkshopError(workshopGone());
	// The loaded document is this function's own: change it in place into the copy.
	const copy = await loadStoredDoc(db, id);
	const title = clipCharacters(`Copy of ${readMeta(copy).title || entry.title}`, TEXT_LIMITS.name);
	copy.transact(
		() => {
			copy.getMap(ROOT.meta).set('title', title);
			copy.getMap(ROOT.meta).set('createdAt', now);
		},
		new TxOrigin('migration', 'duplicate')
	);
	const newIdValue = newId();
	await db.transaction('rw', db.workshops, db.updates, async () => {
		// The copy is a new workshop: it must never join the original's room (its plan would merge
		// into the original's for everyone there).
		const { room: _room, ...unshared } = entry;
		void _room;
		await db.workshops.add({
			...unshared,
			id: newIdValue,
			title,
			createdAt: now,
			updatedAt: now,
			openedAt: undefined,
			deletedAt: undefined,
			role: 'facilitator'
		});
		await db.updates.add({ docId: newIdValue, update: Y.encodeStateAsUpdate(copy) });
	});
	return newIdValue;
}

/** Hides a workshop; it can be restored until it is purged. */
export async function deleteWorkshop(db: CanalDb, id: string, now = Date.now()): Promise<void> {
	await db.workshops.update(id, { deletedAt: now });
}

export async function restoreWorkshop(db: CanalDb, id: string): Promise<void> {
	await db.workshops
		.where('id')
		.equals(id)
		.modify((entry) => {
			delete entry.deletedAt;
		});
}

/**
 * Removes deleted workshops for good: each catalog entry, all of its plan's rows and its saved
 * versions go in one transaction, so none can outlive the others.
 */
export async function purgeDeleted(
	db: CanalDb,
	olderThan = Date.now() - UNDO_DELETE_MS,
	onlyId?: string
): Promise<string[]> {
	const purged = await db.transaction(
		'rw',
		db.workshops,
		db.updates,
		db.versions,
		db.settings,
		async () => {
			const doomed = (await db.workshops.where('deletedAt').belowOrEqual(olderThan).toArray())
				.map((entry) => entry.id)
				.filter((id) => onlyId === undefined || id === onlyId);
			for (const id of doomed) {
				await db.updates.where('docId').equals(id).delete();
				await privateDocsOf(db, id).delete();
				await versionsOf(db, id).delete();
				await db.settings.delete(autoSaveKey(id));
				await db.workshops.delete(id);
			}
			return doomed;
		}
	);
	for (const id of purged) dropWorkshopStashes(id);
	return purged;
}

/** The workshop as a file; `ydoc` is the open plan when there is one (it may hold unsaved edits). */
export async function exportWorkshop(
	db: CanalDb,
	id: string,
	ydoc?: Y.Doc,
	now = new Date()
): Promise<{ bytes: Uint8Array; header: WorkshopFileHeader }> {
	const doc = ydoc ?? (await loadStoredDoc(db, id));
	const meta = readMeta(doc);
	const header: WorkshopFileHeader = {
		app: 'canal',
		workshopId: id,
		title: meta.title,
		organisation: meta.organisation,
		facilitator: meta.facilitator,
		schemaVersion: meta.schemaVersion || SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		encoding: 'yjs-update-v1'
	};
	// Saved versions travel with the plan, oldest first, as they are stored.
	const versions = (await allVersions(db, id)).map(versionRecordOf);
	return { bytes: encodeWorkshopFile(header, Y.encodeStateAsUpdate(doc), versions), header };
}

export interface ImportResult {
	id: string;
	title: string;
	/** True when the workshop already existed here and the file was merged into it. */
	merged: boolean;
	/** Set when the file was imported as a copy next to a workshop that has its id. */
	copy?: true;
	/** Set when the file carries saved versions: how many it brought... */
	versions?: number;
	/** ...and how many were damaged: left out, the rest imported. */
	skippedVersions?: number;
}

/**
 * What to do with a file whose workshop id is taken here by a plan with no history in common
 * (see `historyRelation`): `ask` refuses with an ImportNeedsChoice, so the person decides.
 */
export type UnrelatedImport = 'ask' | 'merge' | 'copy';

export interface ImportOptions {
	role?: Role;
	now?: number;
	/** Library callers merge, as files always did; the import control asks. */
	unrelated?: UnrelatedImport;
}

const stateVectorOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));

/**
 * Imports a workshop file. Everything is checked before anything is stored, so a bad file changes
 * nothing. A workshop that already exists here receives the file as a Yjs update (a CRDT merge):
 * nothing is duplicated, nothing newer is overwritten. A file that only claims the id of a
 * workshop here (no history in common) merges, becomes a copy under a new id, or asks first,
 * as `options.unrelated` says; a copy stores the file's own Yjs state, never a rebuilt plan.
 */
export async function importWorkshop(
	db: CanalDb,
	bytes: Uint8Array,
	options: ImportOptions = {}
): Promise<ImportResult> {
	const { role = 'facilitator', now = Date.now(), unrelated = 'merge' } = options;
	const { header, body, versions, skippedVersions } = decodeWorkshopFile(bytes);
	const scratch = verifyWorkshopBody(body);
	const fileTitle = (meta: { title: string }) =>
		meta.title || clipCharacters(header.title, TEXT_LIMITS.name).trim() || 'Untitled workshop';

	const result = await db.transaction('rw', db.workshops, db.updates, db.versions, async () => {
		let id = header.workshopId;
		const existing = await db.workshops.get(id);
		const local = existing ? await loadStoredDoc(db, id) : null;
		let copy = false;
		if (existing && local) {
			const relation = historyRelation(stateVectorOf(local), stateVectorOf(scratch));
			if (relation === 'unrelated' && unrelated === 'ask') {
				throw new ImportNeedsChoice(
					{ id, title: readMeta(local).title || existing.title },
					{ title: fileTitle(readMeta(scratch)) }
				);
			}
			copy = relation === 'unrelated' && unrelated === 'copy';
		}
		if (copy) id = newId();
		// A new workshop is the file's plan, already decoded once to verify it: not decoded again.
		const merged = local && !copy ? local : scratch;
		if (merged === local) Y.applyUpdate(merged, body);
		const meta = readMeta(merged);
		const catalogFields = {
			title: fileTitle(meta),
			organisation: meta.organisation,
			facilitator: meta.facilitator,
			updatedAt: now
		};
		await db.updates.add({ docId: id, update: body });
		// Versions are keyed by workshop: a copy keeps their ids. One already here stays as it is.
		const here = new Set(
			(await versionsOf(db, id).primaryKeys()).map(([, versionId]) => versionId)
		);
		await saveVersions(
			db,
			id,
			versions.filter((version) => !here.has(version.id))
		);
		if (existing && !copy) {
			await db.workshops.update(id, catalogFields);
			await restoreWorkshop(db, id);
		} else {
			await db.workshops.add({ id, ...catalogFields, createdAt: meta.createdAt || now, role });
		}
		return {
			id,
			title: catalogFields.title,
			merged: existing !== undefined && !copy,
			...(copy ? { copy: true as const } : {}),
			...(versions.length + skippedVersions > 0
				? { versions: versions.length, skippedVersions }
				: {})
		};
	});
	scratch.destroy();
	broadcastUpdate(result.id, body);
	return result;
}

export async function markOpened(db: CanalDb, id: string, now = Date.now()): Promise<void> {
	await db.workshops.update(id, { openedAt: now });
}
