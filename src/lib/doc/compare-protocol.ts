import type { DiffOptions } from '../domain/versions';
import type { CompareResult } from './compare-versions';

/** What the page and the compare worker say to each other. */
export interface CompareRequest {
	type: 'compare';
	id: number;
	before: Uint8Array;
	after: Uint8Array;
	options: DiffOptions;
}

export interface CompareReply {
	type: 'done';
	id: number;
	result: CompareResult;
}
