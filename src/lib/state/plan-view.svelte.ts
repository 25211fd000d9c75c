import { createSubscriber } from 'svelte/reactivity';
import type { PlanDoc } from '../doc/plan-doc';
import type { Section, SectionName, SectionValue } from '../doc/sections';
import type { RecordKind, RecordKinds } from '../domain/plan';

/**
 * Reactive reads of a plan for components. Each read subscribes the reading component to one
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
				section === 'history' ? this.plan.onHistory(update) : this.plan.subscribe(section, update)
			);
			this.#subscribers.set(section, subscribe);
		}
		subscribe();
	}

	/** Any part of the plan that is not a collection of records (see doc/sections). */
	section<S extends SectionName>(name: S): SectionValue<S> {
		this.#track(name);
		return this.plan.section(name);
	}

	list<K extends RecordKind>(kind: K) {
		this.#track(kind);
		return this.plan.list(kind);
	}

	get<K extends RecordKind>(kind: K, id: string) {
		this.#track(kind);
		return this.plan.get(kind, id);
	}

	count(kind: RecordKind): number {
		this.#track(kind);
		return this.plan.count(kind);
	}

	where<K extends RecordKind, F extends keyof RecordKinds[K] & string>(
		kind: K,
		field: F,
		value: RecordKinds[K][F]
	) {
		this.#track(kind);
		return this.plan.where(kind, field, value);
	}

	values<K extends RecordKind, F extends keyof RecordKinds[K] & string>(kind: K, field: F) {
		this.#track(kind);
		return this.plan.values(kind, field);
	}

	// Shorthands for the sections components read most.

	get meta() {
		return this.section('meta');
	}

	get purpose() {
		return this.section('purpose');
	}

	get commitment() {
		return this.section('commitment');
	}

	get maturityNotes() {
		return this.section('maturityNotes');
	}

	get ratings() {
		return this.section('ratings');
	}

	/** Keys of what the public edition leaves out. */
	get internal() {
		return this.section('internal');
	}

	get presence() {
		return this.section('presence');
	}

	get canUndo(): boolean {
		this.#track('history');
		return this.plan.canUndo;
	}

	get canRedo(): boolean {
		this.#track('history');
		return this.plan.canRedo;
	}
}
