/**
 * Prints the CI run's summary; its last line is `N passed, N failed` (`, N skipped` when some
 * were). Exits non-zero when anything failed. Usage: `tsx scripts/summarize-tests.ts [results dir]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatStep, formatTotals, parseSteps, summarize, TEST_STEPS, type Reports, type StepRecord } from './test-summary';

const dir = process.argv[2] ?? 'test-results';
const reportFiles: Record<string, string> = { unit: 'unit.json', e2e: 'e2e.json' };

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    console.error(`Could not read ${path} as JSON; counting its step as failed.`);
    return undefined;
  }
}

const reports: Reports = {};
for (const [step, file] of Object.entries(reportFiles)) reports[step] = readJson(join(dir, file));

const stepLog = join(dir, 'ci-steps.tsv');
// Without the CI step log (tests run by hand), summarize whichever reports exist.
const steps: StepRecord[] = existsSync(stepLog)
  ? parseSteps(readFileSync(stepLog, 'utf8'))
  : Object.keys(TEST_STEPS)
      .filter((name) => reports[name] !== undefined)
      .map((name) => ({ name, exitCode: 0, seconds: 0 }));

const summary = summarize(steps, reports);
console.log('CI summary');
for (const outcome of summary.steps) console.log(formatStep(outcome));
console.log(formatTotals(summary.totals));
process.exitCode = summary.totals.failed > 0 ? 1 : 0;
