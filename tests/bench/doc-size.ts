// Size of the large workshop in every form it is stored or moved in, and how long it takes to
// build, encode and load. Prints one JSON object; `--file <path>` also writes the workshop file
// that the browser benchmarks import.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { SCHEMA_VERSION } from '../../src/lib/doc/schema';
import { encodeWorkshopFile, type WorkshopFileHeader } from '../../src/lib/storage/workshop-file';
import { buildWorkshop, LARGE_SIZE } from '../factories/workshop';

/** A fixed id, so the file (and the route the benchmarks open) is the same on every run. */
const WORKSHOP_ID = 'benchlargeworkshop0001';

function argument(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
}

function timed<T>(run: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = run();
	return { value, ms: Math.round((performance.now() - start) * 10) / 10 };
}

const built = timed(() => {
	let updates = 0;
	let updateBytes = 0;
	const ydoc = new Y.Doc();
	ydoc.on('update', (update: Uint8Array) => {
		updates += 1;
		updateBytes += update.byteLength;
	});
	const plan = buildWorkshop(LARGE_SIZE, 2, ydoc);
	return { plan, ydoc, updates, updateBytes };
});
const { plan, ydoc: builtDoc } = built.value;

const v1 = timed(() => Y.encodeStateAsUpdate(builtDoc));
const v2 = timed(() => Y.encodeStateAsUpdateV2(builtDoc));
const loaded = timed(() => {
	const ydoc = new Y.Doc();
	Y.applyUpdate(ydoc, v1.value);
	return ydoc;
});
const json = timed(() => new PlanDoc(loaded.value).toJSON());
const jsonBytes = Buffer.byteLength(JSON.stringify(json.value));

const meta = plan.meta;
const header: WorkshopFileHeader = {
	app: 'canal',
	workshopId: WORKSHOP_ID,
	title: meta.title,
	organisation: meta.organisation,
	facilitator: meta.facilitator,
	schemaVersion: meta.schemaVersion || SCHEMA_VERSION,
	exportedAt: new Date(Date.UTC(2026, 10, 2)).toISOString(),
	encoding: 'yjs-update-v1'
};
const file = encodeWorkshopFile(header, v1.value);
const filePath = argument('--file');
if (filePath) writeFileSync(filePath, file);

const counts = Object.fromEntries(
	(['stakeholders', 'platforms', 'goals', 'notes', 'team'] as const).map((kind) => [
		kind,
		plan.count(kind)
	])
);

console.log(
	JSON.stringify({
		workshop: { size: LARGE_SIZE, counts, presence: plan.presence.length },
		buildMs: built.ms,
		editUpdates: { count: built.value.updates, bytes: built.value.updateBytes },
		stateV1: {
			bytes: v1.value.byteLength,
			gzipBytes: gzipSync(v1.value).byteLength,
			encodeMs: v1.ms
		},
		stateV2: {
			bytes: v2.value.byteLength,
			gzipBytes: gzipSync(v2.value).byteLength,
			encodeMs: v2.ms
		},
		loadV1Ms: loaded.ms,
		toJsonMs: json.ms,
		planJsonBytes: jsonBytes,
		workshopFile: { bytes: file.byteLength, path: filePath ?? null, header }
	})
);
