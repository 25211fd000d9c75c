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
	/**
	 * Decode a version ahead of its comparison, into the worker's cache: it answers nothing. It
	 * also runs the decoder once, so a new worker's first comparison is not its code's first run.
	 */
	| { type: 'prime'; bytes: Uint8Array };

export interface CompareReply {
	type: 'done';
	id: number;
	result: CompareResult;
}
