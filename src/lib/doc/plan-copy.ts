import * as Y from 'yjs';
import type { Plan } from '../domain/plan';
import { compatibility, isEmptyDoc } from './migrations';
import { timePhase, type PhaseTimings } from './compare-timings';
import { PlanDoc } from './plan-doc';
import { encodeVersion } from './version-codec';

/**
 * The compare worker's own copy of the plan being edited, so that comparing a version with now
 * and saving a version never encode the large plan on the page's main thread (one task of 60 to
 * 140 ms there). The page sends every update of its document from the moment the copy starts,
 * then what storage holds (`load`); Yjs updates may come in any order and more than once, so an
 * update both stored and sent is simply merged twice.
 */
export class PlanCopy {
	readonly doc = new Y.Doc();
	readonly #plan = new PlanDoc(this.doc);
	/** The plan as plain data, read once per state: dropped by the next update. */
	#json: Plan | null = null;
	/** Counts the updates merged: what a state read earlier still stands for. */
	#revision = 0;
	readonly #loaded: Promise<void>;
	#markLoaded = () => {};

	constructor() {
		this.#loaded = new Promise((resolve) => (this.#markLoaded = resolve));
		this.doc.on('update', () => {
			this.#json = null;
			this.#revision += 1;
		});
	}

	/** One update of the page's document, as it happened there. */
	apply(update: Uint8Array): void {
		Y.applyUpdate(this.doc, update);
	}

	/** What storage held when the copy started: the copy is whole from now on. */
	load(updates: readonly Uint8Array[]): void {
		this.doc.transact(() => {
			for (const update of updates) Y.applyUpdate(this.doc, update);
		});
		this.#markLoaded();
	}

	/**
	 * The plan now, as one side of a comparison: as plain data when it is of this schema (no
	 * encoding, no decoding), else encoded like a version, which reads a newer plan read-only
	 * and an empty one as holding no plan, exactly as a saved version would be read.
	 */
	async now(timings?: PhaseTimings): Promise<Plan | Uint8Array> {
		await this.#loaded;
		return this.#readable()
			? timePhase(timings, 'read', () => this.#read())
			: encodeVersion(this.doc, timings);
	}

	/**
	 * The plan now, as a saved version's bytes, and `plan`, the same plan as plain data while no
	 * update came since (null after one, or for a plan not of this schema): read only if asked.
	 */
	async version(timings?: PhaseTimings): Promise<{ bytes: Uint8Array; plan: () => Plan | null }> {
		await this.#loaded;
		const revision = this.#revision;
		const readable = this.#readable();
		const bytes = await encodeVersion(this.doc, timings);
		return {
			bytes,
			plan: () => (readable && revision === this.#revision ? this.#read() : null)
		};
	}

	#readable(): boolean {
		return !isEmptyDoc(this.doc) && compatibility(this.doc).kind === 'current';
	}

	#read(): Plan {
		this.#json ??= this.#plan.toJSON();
		return this.#json;
	}

	destroy(): void {
		this.#plan.destroy();
		this.doc.destroy();
	}
}
