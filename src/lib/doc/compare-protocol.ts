import type { SessionSummary, SummaryInput } from '../domain/session-summary';
import type { DiffOptions } from '../domain/versions';
import type { PhaseTimings } from './compare-timings';
import type { CompareInput, CompareResult } from './compare-versions';

/** One side of a comparison as the page asks for it: `NOW` is the worker's copy of the plan. */
export type CompareTarget = CompareInput | typeof NOW;
export const NOW = 'now';

/** Today's summary as the page asks for it: the plans themselves are the worker's to read. */
export type SummaryRequest = Omit<SummaryInput, 'before' | 'after'>;

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
	/**
	 * Today's summary (domain/session-summary) from `before`, a saved version's bytes, to the
	 * worker's copy of the plan now.
	 */
	| { type: 'summary'; id: number; before: Uint8Array; input: SummaryRequest }
	/**
	 * Versions someone is likely to compare next (the newest, as the versions dialog opens):
	 * decoded into the worker's cache meanwhile, unless a request comes first; no answer.
	 */
	| { type: 'prepare'; versions: Uint8Array[] }
	/** Run the worker's code ahead of its first comparison (compare-warm-up.ts); no answer. */
	| { type: 'warm' }
	/** An update of the page's plan, sent from the moment its copy starts; no answer. */
	| { type: 'update'; update: Uint8Array }
	/** What storage held of the plan when its copy started; no answer. */
	| { type: 'load'; updates: Uint8Array[] };

/** `timings`: where the worker's time went (compare-timings.ts). */
export type CompareReply =
	| { type: 'done'; id: number; result: CompareResult; timings: PhaseTimings }
	| {
			type: 'saved';
			id: number;
			bytes: Uint8Array;
			result: CompareResult | null;
			timings: PhaseTimings;
	  }
	| { type: 'summarized'; id: number; summary: SessionSummary; timings: PhaseTimings }
	| { type: 'failed'; id: number; message: string };
