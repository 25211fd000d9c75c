export { buildSessionSummary, sessionTime, type SummaryInput } from './build-summary';
export { summaryLines, summaryTitle } from './lines';
export * from './types';
export * from './mailto';
export {
	SESSION_START_NAME,
	sessionStartName,
	sessionStartVersion,
	type VersionStamp
} from './start-version';
