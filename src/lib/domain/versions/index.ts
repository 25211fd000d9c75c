export { diffPlans, type DiffOptions } from './diff-plans';
export {
	collectionNoun,
	COLLECTION_STEP,
	COMPARED_FIELDS,
	fieldLabel,
	PLAN_FIELDS
} from './fields';
export { hasChanges, publicChanges, summarizeChanges } from './summary';
export { diffWords, MAX_EDITS, tokenize, type WordPart, type WordPartType } from './word-diff';
export type * from './types';
export { reportEntries, type ReportEntry } from './report-entries';
