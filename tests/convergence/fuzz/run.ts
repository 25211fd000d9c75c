/**
 * Long mode of the convergence fuzzer:
 *
 *   tsx tests/convergence/fuzz/run.ts --minutes N [--seed S] [--peers P] [--steps T]
 *
 * Runs seeds S, S+1, … (at least one) until N minutes are up. Progress goes to stderr; one JSON
 * summary goes to stdout; the exit code is 1 when any seed failed. A failure names its seed,
 * steps and peers: the same arguments with `--minutes 0` replay exactly that run.
 */
import { parseArgs } from 'node:util';
import { recordFigures } from '../../helpers/reliability';
import { runFuzz } from './peers';

const { values } = parseArgs({
	options: {
		minutes: { type: 'string', default: '1' },
		seed: { type: 'string' },
		peers: { type: 'string' },
		steps: { type: 'string', default: '1000' }
	}
});

function number(name: string, value: string | undefined, min: number): number | undefined {
	if (value === undefined) return undefined;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed < min) {
		console.error(`--${name} must be a number of at least ${min}, not ${value}`);
		process.exit(2);
	}
	return parsed;
}

const minutes = number('minutes', values.minutes, 0)!;
const steps = Math.floor(number('steps', values.steps, 1)!);
const peers = number('peers', values.peers, 5);
// Without --seed, start somewhere new each time, so long runs keep covering fresh seeds.
const firstSeed = number('seed', values.seed, 0) ?? Math.floor(Date.now() / 1000) % 1_000_000;

const started = Date.now();
const deadline = started + minutes * 60_000;
const failures: { seed: number; steps: number; peers: number; error: string }[] = [];
let seeds = 0;
let totalSteps = 0;
let edits = 0;
let lastReport = started;

for (let seed = firstSeed; seeds === 0 || Date.now() < deadline; seed++) {
	const result = runFuzz({ seed, steps, peers });
	seeds++;
	totalSteps += result.steps;
	edits += result.edits;
	if (result.error) {
		failures.push({ seed, steps, peers: result.peers, error: result.error });
		console.error(`seed ${seed} FAILED (${steps} steps, ${result.peers} peers): ${result.error}`);
	}
	if (Date.now() - lastReport > 10_000) {
		lastReport = Date.now();
		const elapsed = ((lastReport - started) / 60_000).toFixed(1);
		console.error(
			`${elapsed} min: ${seeds} seeds, ${totalSteps} steps, ${edits} edits, ${failures.length} failures`
		);
	}
}

// One JSON line on stdout, also kept in tests/.artifacts/reliability/convergence-long.json.
recordFigures('convergence-long', {
	minutes: Number(((Date.now() - started) / 60_000).toFixed(2)),
	firstSeed,
	seeds,
	steps: totalSteps,
	editsChecked: edits,
	failures
});
process.exitCode = failures.length > 0 ? 1 : 0;
