// Writes a workshop whose first step's board holds 500 notes in 12 named groups (frames), every
// note placed, as a workshop file for the canvas benchmark; prints its id, title and path as JSON.
// `--dir <path>` says where.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { workshopFile } from '../e2e/fixtures/workshop-files';

const NOTES = 500;
const FRAMES = 12;
const at = process.argv.indexOf('--dir');
const dir = at === -1 ? 'tests/.artifacts' : (process.argv[at + 1] ?? 'tests/.artifacts');
mkdirSync(dir, { recursive: true });

const ydoc = new Y.Doc();
const plan = PlanDoc.create({ title: 'Canvas benchmark wall' }, ydoc);
const colors = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
plan.batch(() => {
	for (let f = 0; f < FRAMES; f++) {
		const [fx, fy] = [(f % 4) * 1_000, Math.floor(f / 4) * 900];
		const name = `Group ${f + 1}`;
		plan.add('frames', { step: 'purpose', name, rect: [fx, fy, 920, 820] });
		const count = Math.floor(NOTES / FRAMES) + (f < NOTES % FRAMES ? 1 : 0);
		for (let n = 0; n < count; n++) {
			plan.add('notes', {
				step: 'purpose',
				text: `Idea ${f + 1}.${n + 1}: what our people already talk about online`,
				color: colors[(f + n) % colors.length],
				cluster: name,
				position: [fx + 24 + (n % 5) * 176, fy + 64 + Math.floor(n / 5) * 136]
			});
		}
	}
});
const id = 'benchcanvasboard00001';
const path = join(dir, 'canvas-board.canal');
writeFileSync(path, workshopFile(ydoc, id));
process.stdout.write(`${JSON.stringify({ id, title: plan.meta.title, path })}\n`);
