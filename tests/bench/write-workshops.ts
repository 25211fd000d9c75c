// Writes the reference, the large and the world-scripts workshop as workshop files for the browser benchmarks, and
// prints their ids and titles as JSON. `--dir <path>` says where.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { workshopFile } from '../e2e/fixtures/workshop-files';
import { largeWorkshop, referenceWorkshop } from '../factories/workshop';
import { worldScriptsWorkshop } from '../factories/world-scripts';

const at = process.argv.indexOf('--dir');
const dir = at === -1 ? 'tests/.artifacts' : (process.argv[at + 1] ?? 'tests/.artifacts');
mkdirSync(dir, { recursive: true });

const [referenceDoc, largeDoc, worldDoc] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
const workshops = {
	reference: {
		id: 'benchreferenceworkshop1',
		ydoc: referenceDoc,
		plan: referenceWorkshop(1, referenceDoc)
	},
	large: { id: 'benchlargeworkshop0001', ydoc: largeDoc, plan: largeWorkshop(2, largeDoc) },
	/** The reference workshop written in a dozen scripts: the fonts an export fetches for them. */
	world: { id: 'benchworldscripts00001', ydoc: worldDoc, plan: worldScriptsWorkshop(worldDoc) }
};
const result: Record<string, { id: string; title: string; path: string }> = {};
for (const [name, { id, ydoc, plan }] of Object.entries(workshops)) {
	const path = join(dir, `${name}.canal`);
	writeFileSync(path, workshopFile(ydoc, id));
	result[name] = { id, title: plan.meta.title, path };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
