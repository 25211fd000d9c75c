import { tick } from 'svelte';
import { rowOffsets, visibleRows, type RowRange } from './range';

export interface VirtualOptions {
	/** Height of a row not measured yet, in px. */
	estimate: number;
	/** Up to this many rows everything is drawn, as a plain list: no inner scrolling. */
	threshold?: number;
	/** Rows drawn above and below the viewport, in px: Tab and short scrolls find them there. */
	overscan?: number;
}

/**
 * One long list's window: which rows are drawn, inside a scrolling box of its own. Past
 * `threshold` rows only those near the viewport are in the DOM; the rest is empty room of the
 * right height, so the scrollbar tells the truth and the browser keeps what is read in place as
 * estimates become measurements. Short lists draw every row, as before.
 *
 * Rows are measured as they are drawn (a ResizeObserver: an opened record grows), by key, so a
 * height follows its record when the list is sorted or filtered.
 */
export class VirtualWindow {
	#heights = new Map<string, number>();
	/** Bumped when a measurement changes, to recompute the offsets. */
	#measured = $state(0);
	#top = $state(0);
	#height = $state(600);
	#gap = $state(0);
	#box: HTMLElement | null = null;
	#pending: string | null = null;
	#resizes: ResizeObserver | null = null;
	readonly #estimate: number;
	readonly #threshold: number;
	readonly #overscan: number;

	constructor(
		private readonly keys: () => readonly string[],
		options: VirtualOptions
	) {
		this.#estimate = options.estimate;
		this.#threshold = options.threshold ?? 200;
		this.#overscan = options.overscan ?? 600;
		// A record asked for before it was in the list (just added) is shown once it arrives.
		$effect(() => {
			const keys = this.keys();
			if (this.#pending !== null && keys.includes(this.#pending)) this.reveal(this.#pending);
		});
	}

	/** Whether the list is long enough to draw only a window of it. */
	readonly active = $derived.by(() => this.keys().length > this.#threshold);

	readonly #offsets = $derived.by(() => {
		void this.#measured;
		const keys = this.keys();
		return rowOffsets(
			keys.length,
			(i) => this.#heights.get(keys[i] ?? ''),
			this.#estimate,
			this.#gap
		);
	});

	/** The rows to draw now, and the room to leave above and below them. */
	readonly range: RowRange = $derived.by(() => {
		const count = this.keys().length;
		if (!this.active) return { start: 0, end: count, before: 0, after: 0 };
		return visibleRows(this.#offsets, this.#top, this.#height, this.#overscan, this.#gap);
	});

	/** The scrolling box (an attachment): follows its scroll position and size. */
	readonly box = (element: HTMLElement) => {
		this.#box = element;
		const onScroll = () => (this.#top = element.scrollTop);
		element.addEventListener('scroll', onScroll, { passive: true });
		const sizes = new ResizeObserver(() => (this.#height = element.clientHeight || 600));
		sizes.observe(element);
		return () => {
			element.removeEventListener('scroll', onScroll);
			sizes.disconnect();
			if (this.#box === element) this.#box = null;
		};
	};

	/** The element that holds the rows (an attachment): the space between rows is read from it. */
	readonly list = (element: HTMLElement) => {
		this.#gap = Number.parseFloat(getComputedStyle(element).rowGap) || 0;
	};

	/** One drawn row (an attachment, keyed by its record): measured now and whenever it resizes. */
	row(key: string) {
		return (element: HTMLElement) => {
			element.dataset.virtualKey = key;
			this.#resizes ??= new ResizeObserver((entries) => this.#onResize(entries));
			this.#resizes.observe(element);
			return () => this.#resizes?.unobserve(element);
		};
	}

	#onResize(entries: ResizeObserverEntry[]): void {
		let changed = false;
		for (const entry of entries) {
			const key = (entry.target as HTMLElement).dataset.virtualKey;
			const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
			// A row leaving the DOM reports 0: keep what it measured while it was drawn.
			if (key === undefined || height === 0 || this.#heights.get(key) === height) continue;
			this.#heights.set(key, height);
			changed = true;
		}
		if (changed) this.#measured++;
	}

	/**
	 * Scrolls the list so the row of `key` is drawn (the caller then focuses or scrolls to it
	 * precisely); when the key is not in the list yet, as right after adding, once it is.
	 */
	reveal(key: string): Promise<void> {
		const index = this.keys().indexOf(key);
		if (index === -1) {
			this.#pending = key;
			return Promise.resolve();
		}
		this.#pending = null;
		if (!this.active || !this.#box) return tick();
		const top = this.#offsets[index] ?? 0;
		const box = this.#box;
		if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - this.#estimate) {
			this.#top = top;
			box.scrollTop = top;
		}
		return tick().then(() => {
			box.querySelector(`[data-virtual-key="${CSS.escape(key)}"]`)?.scrollIntoView({
				block: 'nearest'
			});
		});
	}
}
