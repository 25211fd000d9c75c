import { matchesName } from './find';
import { VirtualWindow } from './virtual-window.svelte';

/**
 * A step's long list of named records: the search that narrows it, the window that draws it,
 * and what keeps a record in view when it is opened or added.
 */
export class RecordList<T extends { readonly id: string; readonly name: string }> {
	query = $state('');
	readonly #records: () => readonly T[];
	readonly shown: readonly T[] = $derived.by(() => matchesName(this.#records(), this.query));
	readonly keys: readonly string[] = $derived(this.shown.map((record) => record.id));
	readonly window: VirtualWindow;

	constructor(records: () => readonly T[], estimate = 44) {
		this.#records = records;
		this.window = new VirtualWindow(() => this.keys, { estimate });
	}

	/** Scrolls to a record, clearing a search that hides it. */
	show(id: string): void {
		if (this.query && !this.keys.includes(id)) this.query = '';
		void this.window.reveal(id);
	}

	/** Scrolls to a record just added (once it is in the list), clearing a search it misses. */
	added(id: string, name: string): void {
		if (this.query && matchesName([{ name }], this.query).length === 0) this.query = '';
		void this.window.reveal(id);
	}
}
