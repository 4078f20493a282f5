/**
 * Turns the CI run's records (the step log written by `scripts/ci.sh`, Vitest's JSON report and
 * Playwright's JSON report) into one count of passed, failed and skipped tests. A step that failed
 * without a failing test to show for it (typecheck, lint, build, a crash before tests ran) counts
 * as one failed test, so a broken run never reads "0 failed".
 */

/** Test counts. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** One step of the CI run, as logged by `scripts/ci.sh`. */
export interface StepRecord {
  name: string;
  /** The step's exit code; null when the step did not run (an earlier step it needs failed). */
  exitCode: number | null;
  seconds: number;
}

/** The reports of the steps that run tests, keyed by step name. */
export type Reports = Partial<Record<string, unknown>>;

/** The CI steps whose outcome is a test report, and the report each one writes. */
export const TEST_STEPS: Readonly<Record<string, (report: unknown) => Counts | null>> = {
  unit: countVitest,
  e2e: countPlaywright,
};

const zero = (): Counts => ({ passed: 0, failed: 0, skipped: 0 });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const numberOr0 = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Counts a Vitest JSON report (Jest-compatible shape). A test file that failed without a failing
 * test (it did not load, say) counts as one failed test. Null when `report` is not such a report.
 */
export function countVitest(report: unknown): Counts | null {
  if (!isRecord(report) || !Array.isArray(report.testResults)) return null;
  const counts = zero();
  for (const file of report.testResults) {
    if (!isRecord(file)) continue;
    let failedInFile = 0;
    const assertions = Array.isArray(file.assertionResults) ? file.assertionResults : [];
    for (const assertion of assertions) {
      const status = isRecord(assertion) ? assertion.status : undefined;
      if (status === 'passed') counts.passed++;
      else if (status === 'failed') failedInFile++;
      else counts.skipped++;
    }
    if (file.status === 'failed' && failedInFile === 0) failedInFile = 1;
    counts.failed += failedInFile;
  }
  return counts;
}

/**
 * Counts a Playwright JSON report. Flaky tests count as failed (a pass that needed a retry is not
 * a pass) and so does each error outside a test (the web server did not start, say).
 * Null when `report` is not such a report.
 */
export function countPlaywright(report: unknown): Counts | null {
  if (!isRecord(report) || !isRecord(report.stats)) return null;
  const { stats } = report;
  const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: numberOr0(stats.expected),
    failed: numberOr0(stats.unexpected) + numberOr0(stats.flaky) + globalErrors,
    skipped: numberOr0(stats.skipped),
  };
}

/** Parses the step log: one `name<TAB>exit code or "skipped"<TAB>seconds` line per step. */
export function parseSteps(log: string): StepRecord[] {
  return log
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', exit = '', seconds = ''] = line.split('\t');
      const exitCode = exit === 'skipped' ? null : Number(exit);
      return {
        name,
        exitCode: exitCode === null || Number.isInteger(exitCode) ? exitCode : 1,
        seconds: Number(seconds) || 0,
      };
    });
}

/** One step's outcome in the summary. */
export interface StepOutcome {
  step: StepRecord;
  /** Tests counted for this step (a failed non-test step counts as one failed test). */
  counts: Counts;
  /** Why the step's count is not just its report's, if it is not. */
  note?: string;
}

/** The summary of a CI run. */
export interface Summary {
  steps: StepOutcome[];
  totals: Counts;
}

function outcomeOf(step: StepRecord, reports: Reports): StepOutcome {
  if (step.exitCode === null) return { step, counts: zero(), note: 'not run' };
  const count = TEST_STEPS[step.name];
  if (!count) {
    const counts = zero();
    if (step.exitCode !== 0) counts.failed = 1;
    return { step, counts };
  }
  const counts = count(reports[step.name]);
  if (!counts) return { step, counts: { ...zero(), failed: 1 }, note: 'no test report' };
  if (step.exitCode !== 0 && counts.failed === 0) {
    return { step, counts: { ...counts, failed: 1 }, note: `exited with code ${String(step.exitCode)} without a failing test` };
  }
  return { step, counts };
}

/** Combines the step log and the test reports into per-step outcomes and totals. */
export function summarize(steps: StepRecord[], reports: Reports): Summary {
  const outcomes = steps.map((step) => outcomeOf(step, reports));
  const totals = zero();
  for (const { counts } of outcomes) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  // A step that did not run is only ever caused by a failure, and a run without steps proved
  // nothing: never let either look green.
  if (totals.failed === 0 && (steps.length === 0 || steps.some((s) => s.exitCode === null))) totals.failed = 1;
  return { steps: outcomes, totals };
}

/** `N passed, N failed`, with `, N skipped` only when some were skipped. */
export function formatTotals({ passed, failed, skipped }: Counts): string {
  const line = `${String(passed)} passed, ${String(failed)} failed`;
  return skipped > 0 ? `${line}, ${String(skipped)} skipped` : line;
}

/** One line per step: name, result, duration and, for test steps, its counts. */
export function formatStep({ step, counts, note }: StepOutcome): string {
  const result = step.exitCode === null ? 'skipped' : step.exitCode === 0 ? 'ok' : 'FAILED';
  const parts = [`  ${step.name.padEnd(10)} ${result.padEnd(8)} ${`${String(step.seconds)}s`.padStart(5)}`];
  if (step.name in TEST_STEPS && step.exitCode !== null) parts.push(`  ${formatTotals(counts)}`);
  if (note) parts.push(`  (${note})`);
  return parts.join('');
}
