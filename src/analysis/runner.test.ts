import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import type { Design } from '../model/types';
import type { AnalysisRequest } from '../worker/protocol';
import { exampleDesign, S2_FILE } from '../worker/testing/exampleDesign';
import { createRunner } from './runner';

const none = { failedAzs: [], failedRegions: [] };

describe('createRunner', () => {
  it('numbers each design that becomes current higher than the one before, and keeps it while it stays current', async () => {
    const seen: AnalysisRequest[] = [];
    const runner = createRunner({ analyze: (r) => (seen.push(r), Promise.resolve(null)) });
    const d1 = exampleDesign(S2_FILE);
    const d2: Design = { ...d1, name: 'edited' };
    runner.activate(d1);
    await runner.analyze(d1, none, true);
    runner.activate(d1);
    await runner.analyze(d1, none, false);
    runner.activate(d2);
    await runner.analyze(d2, none, true);
    // An old design is refused by the client once a newer number was sent (it keeps its old number)…
    await runner.analyze(d1, none, true);
    // …until it becomes current again (undo), when it gets a new, higher number.
    runner.activate(d1);
    await runner.analyze(d1, none, true);
    expect(seen.map((r) => r.revision)).toEqual([1, 1, 2, 1, 3]);
  });

  it('asks for the matrix and the static findings with the baseline only', async () => {
    const seen: AnalysisRequest[] = [];
    const runner = createRunner({ analyze: (r) => (seen.push(r), Promise.resolve(null)) });
    const d1 = exampleDesign(S2_FILE);
    runner.activate(d1);
    await runner.analyze(d1, none, true);
    await runner.analyze(d1, { failedAzs: [resourceId('europe-se-1a')], failedRegions: [] }, false);
    expect(seen.map((r) => [r.withMatrix, r.withFindings])).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});
