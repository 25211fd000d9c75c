// The project has no @types/better-sqlite3; this declares the part of its API the relay uses.
declare module 'better-sqlite3' {
	namespace Database {
		interface RunResult {
			changes: number;
			lastInsertRowid: number | bigint;
		}
		interface Statement<Params extends unknown[], Row> {
			run(...params: Params): RunResult;
			get(...params: Params): Row | undefined;
			all(...params: Params): Row[];
		}
		interface Database {
			readonly open: boolean;
			prepare<Params extends unknown[] = [], Row = unknown>(sql: string): Statement<Params, Row>;
			exec(sql: string): this;
			pragma(source: string, options?: { simple?: boolean }): unknown;
			transaction<Fn extends (...args: never[]) => unknown>(fn: Fn): Fn & { immediate: Fn };
			close(): this;
		}
		interface Options {
			readonly?: boolean;
			fileMustExist?: boolean;
			timeout?: number;
		}
	}
	interface DatabaseConstructor {
		new (filename: string, options?: Database.Options): Database.Database;
	}
	const Database: DatabaseConstructor;
	export = Database;
}
