export {
	buildReport,
	buildReportFrom,
	reportBoards,
	reportMaps,
	reportSections,
	type ReportOptions
} from './build-report';
export { editionSource, type EditionSource } from './context';
export { comparisonChanges, type ReportComparison } from './sections/changes';
export { filterInternal, hiddenFields } from './filter-internal';
export { NOTHING_YET } from './format';
export type * from './types';
