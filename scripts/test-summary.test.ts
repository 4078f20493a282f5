import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest, formatStep, formatTotals, parseSteps, summarize } from './test-summary';

const vitestReport = {
  numTotalTests: 5,
  testResults: [
    { name: 'a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'skipped' }] },
    { name: 'b.test.ts', status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
    // A file that failed to load has no test results of its own.
    { name: 'c.test.ts', status: 'failed', message: 'Failed to load url ./missing', assertionResults: [] },
  ],
};

const playwrightReport = { stats: { expected: 4, unexpected: 1, flaky: 0, skipped: 2 }, errors: [] };

describe('countVitest', () => {
  it('counts tests by status and a file that failed to load as one failure', () => {
    expect(countVitest(vitestReport)).toEqual({ passed: 3, failed: 2, skipped: 1 });
  });

  it('refuses what is not a Vitest report', () => {
    expect(countVitest({ stats: {} })).toBeNull();
    expect(countVitest('3 passed')).toBeNull();
  });
});

describe('countPlaywright', () => {
  it('counts expected as passed and unexpected as failed', () => {
    expect(countPlaywright(playwrightReport)).toEqual({ passed: 4, failed: 1, skipped: 2 });
  });

  it('counts flaky tests and errors outside tests as failures', () => {
    const report = { stats: { expected: 0, unexpected: 0, flaky: 1, skipped: 0 }, errors: [{ message: 'Timed out waiting for the web server' }] };
    expect(countPlaywright(report)).toEqual({ passed: 0, failed: 2, skipped: 0 });
  });

  it('refuses what is not a Playwright report', () => {
    expect(countPlaywright({ testResults: [] })).toBeNull();
  });
});

describe('parseSteps', () => {
  it('reads exit codes, durations and steps that did not run', () => {
    expect(parseSteps('install\t0\t31\nlint\t1\t12\ne2e\tskipped\t0\n')).toEqual([
      { name: 'install', exitCode: 0, seconds: 31 },
      { name: 'lint', exitCode: 1, seconds: 12 },
      { name: 'e2e', exitCode: null, seconds: 0 },
    ]);
  });
});

describe('summarize', () => {
  it('adds up the tests of both reports', () => {
    const steps = parseSteps('typecheck\t0\t5\nunit\t1\t20\ne2e\t1\t30\n');
    const { totals } = summarize(steps, { unit: vitestReport, e2e: playwrightReport });
    expect(formatTotals(totals)).toBe('7 passed, 3 failed, 3 skipped');
  });

  it('counts a failed step without tests as one failure', () => {
    const passingUnit = { testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }] };
    const steps = parseSteps('typecheck\t2\t5\nlint\t1\t9\nunit\t0\t20\n');
    expect(formatTotals(summarize(steps, { unit: passingUnit }).totals)).toBe('1 passed, 2 failed');
  });

  it('counts a test step that failed without a failing test, or without a report, as one failure', () => {
    const empty = { testResults: [] };
    const steps = parseSteps('unit\t1\t3\ne2e\t0\t4\n');
    const summary = summarize(steps, { unit: empty });
    expect(summary.steps.map((s) => [s.counts.failed, s.note])).toEqual([
      [1, 'exited with code 1 without a failing test'],
      [1, 'no test report'],
    ]);
    expect(formatTotals(summary.totals)).toBe('0 passed, 2 failed');
  });

  it('never reports a run with a step that did not run, or with no steps, as green', () => {
    expect(formatTotals(summarize(parseSteps('e2e\tskipped\t0\n'), {}).totals)).toBe('0 passed, 1 failed');
    expect(formatTotals(summarize([], {}).totals)).toBe('0 passed, 1 failed');
  });

  it('leaves out the skipped count when nothing was skipped', () => {
    expect(formatTotals({ passed: 12, failed: 0, skipped: 0 })).toBe('12 passed, 0 failed');
  });
});

describe('formatStep', () => {
  it('shows the result, duration and counts of a test step', () => {
    const [outcome] = summarize(parseSteps('e2e\t1\t42\n'), { e2e: playwrightReport }).steps;
    expect(formatStep(outcome!)).toBe('  e2e        FAILED     42s  4 passed, 1 failed, 2 skipped');
  });

  it('marks a step that did not run', () => {
    const [outcome] = summarize(parseSteps('e2e\tskipped\t0\n'), {}).steps;
    expect(formatStep(outcome!)).toBe('  e2e        skipped     0s  (not run)');
  });
});
