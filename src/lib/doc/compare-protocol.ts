import type { DiffOptions } from '../domain/versions';
import type { CompareInput, CompareResult } from './compare-versions';

/** One side of a comparison as the page asks for it: `NOW` is the worker's copy of the plan. */
export type CompareTarget = CompareInput | typeof NOW;
export const NOW = 'now';

/** What the page and the compare worker say to each other. */
export type CompareRequest =
	| {
			type: 'compare';
			id: number;
			before: CompareTarget;
			after: CompareTarget;
			options: DiffOptions;
	  }
	/**
	 * The plan now as a version's bytes, from the worker's copy, and, when `previous` is given,
	 * its comparison with that earlier version (for the new version's one-line summary).
	 */
	| { type: 'save'; id: number; previous: Uint8Array | null }
	/** Run the worker's code ahead of its first comparison (compare-warm-up.ts); no answer. */
	| { type: 'warm' }
	/** An update of the page's plan, sent from the moment its copy starts; no answer. */
	| { type: 'update'; update: Uint8Array }
	/** What storage held of the plan when its copy started; no answer. */
	| { type: 'load'; updates: Uint8Array[] };

export type CompareReply =
	| { type: 'done'; id: number; result: CompareResult }
	| { type: 'saved'; id: number; bytes: Uint8Array; result: CompareResult | null }
	| { type: 'failed'; id: number; message: string };
