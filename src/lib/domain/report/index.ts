export {
	buildReport,
	buildReportFrom,
	reportBoards,
	reportMaps,
	reportSections,
	type ReportOptions
} from './build-report';
export { editionSource, type EditionSource } from './context';
export { filterInternal, hiddenFields } from './filter-internal';
export { NOTHING_YET } from './format';
export type * from './types';
