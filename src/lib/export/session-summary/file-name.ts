import { fileStem } from '../file-name';

/** "riverside-libraries-summary-2026-12-06.pdf": the day of the session, on the local calendar. */
export function summaryFileName(title: string, day: Date, extension: 'pdf' | 'md'): string {
	const date = [
		day.getFullYear(),
		String(day.getMonth() + 1).padStart(2, '0'),
		String(day.getDate()).padStart(2, '0')
	].join('-');
	return `${fileStem(title)}-summary-${date}.${extension}`;
}
