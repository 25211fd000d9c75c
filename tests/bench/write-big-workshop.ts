// Writes the big plan (5,000 stakeholders, 1,000 platforms, 20,000 notes on one board) as a
// workshop file for the big-plans benchmark, and prints its id, title, path and size as JSON.
// `--dir <path>` says where.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { workshopFile } from '../e2e/fixtures/workshop-files';
import { BIG_SIZE, bigWorkshop } from '../factories/workshop';

const at = process.argv.indexOf('--dir');
const dir = at === -1 ? 'tests/.artifacts' : (process.argv[at + 1] ?? 'tests/.artifacts');
mkdirSync(dir, { recursive: true });

const ydoc = new Y.Doc();
const started = Date.now();
const plan = bigWorkshop(BIG_SIZE, 3, ydoc);
const id = 'benchbigplanworkshop01';
const path = join(dir, 'big.canal');
const file = workshopFile(ydoc, id);
writeFileSync(path, file);
process.stdout.write(
	`${JSON.stringify({
		id,
		title: plan.meta.title,
		path,
		bytes: file.byteLength,
		buildMs: Date.now() - started,
		size: BIG_SIZE
	})}\n`
);
