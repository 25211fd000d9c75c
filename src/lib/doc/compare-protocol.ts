import type { DiffOptions } from '../domain/versions';
import type { CompareInput, CompareResult } from './compare-versions';

/** What the page and the compare worker say to each other. */
export type CompareRequest =
	| {
			type: 'compare';
			id: number;
			before: CompareInput;
			after: CompareInput;
			options: DiffOptions;
	  }
	/** Run the worker's code ahead of its first comparison (compare-warm-up.ts); no answer. */
	| { type: 'warm' };

export interface CompareReply {
	type: 'done';
	id: number;
	result: CompareResult;
}
