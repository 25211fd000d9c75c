import { createSubscriber } from 'svelte/reactivity';
import type { PlanDoc, Section } from '../doc/plan-doc';
import type { RecordKind } from '../domain/plan';

/**
 * Reactive reads of a plan for components. Each getter subscribes the reading component to one
 * section only, and returns PlanDoc's cached, frozen snapshot: no deep `$state` proxy, so a list
 * of thousands of notes costs nothing until it changes, and then only that section re-renders.
 */
export class PlanView {
	readonly #subscribers = new Map<Section | 'history', () => void>();

	constructor(readonly plan: PlanDoc) {}

	#track(section: Section | 'history'): void {
		let subscribe = this.#subscribers.get(section);
		if (!subscribe) {
			subscribe = createSubscriber((update) =>
				section === 'history' ? this.#watchHistory(update) : this.plan.subscribe(section, update)
			);
			this.#subscribers.set(section, subscribe);
		}
		subscribe();
	}

	#watchHistory(update: () => void): () => void {
		const manager = this.plan.undoManager;
		const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
		for (const event of events) manager.on(event, update);
		return () => {
			for (const event of events) manager.off(event, update);
		};
	}

	get meta() {
		this.#track('meta');
		return this.plan.meta;
	}

	list<K extends RecordKind>(kind: K) {
		this.#track(kind);
		return this.plan.list(kind);
	}

	get<K extends RecordKind>(kind: K, id: string) {
		this.#track(kind);
		return this.plan.get(kind, id);
	}

	get purpose() {
		this.#track('purpose');
		return this.plan.purpose;
	}

	get commitment() {
		this.#track('commitment');
		return this.plan.commitment;
	}

	get maturityNotes() {
		this.#track('maturityNotes');
		return this.plan.maturityNotes;
	}

	get ratings() {
		this.#track('ratings');
		return this.plan.ratings;
	}

	/** Keys of what the public edition leaves out. */
	get internal() {
		this.#track('internal');
		return this.plan.internal;
	}

	get presence() {
		this.#track('presence');
		return this.plan.presence;
	}

	get canUndo(): boolean {
		this.#track('history');
		return this.plan.undoManager.canUndo();
	}

	get canRedo(): boolean {
		this.#track('history');
		return this.plan.undoManager.canRedo();
	}
}
