import { notifyManager, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../engine/types';
import { resourceId } from '../model/ids';
import type { Design } from '../model/types';
import type { AnalysisTarget } from '../queries/analysis';
import { exampleDesign, S2_FILE } from '../worker/testing/exampleDesign';
import { createAnalysisHub, type AnalysisHub } from './hub';
import { createRunner } from './runner';
import { flush, manualClient, type ManualClient } from './testing/manualClient';

const A = resourceId('europe-se-1a');
const B = resourceId('europe-se-1b');
const design = exampleDesign(S2_FILE);
/** S2 after an edit: the floating IP is gone. */
const edited: Design = { ...design, resources: design.resources.filter((r) => r.id !== 'fA') };

const outage = (...azs: typeof A[]): Scenario => ({ failedAzs: azs, failedRegions: [] });
const target = (designRevision: number, scenario: Scenario, d: Design = design): AnalysisTarget => ({
  designId: d.id,
  designRevision,
  design: d,
  scenario,
});

let client: ManualClient;
let hub: AnalysisHub;
let queryClient: QueryClient;

beforeEach(() => {
  // Query notifications go through setTimeout by default; the fake clock must not hold them back.
  notifyManager.setScheduler(queueMicrotask);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  client = manualClient();
  queryClient = new QueryClient();
  hub = createAnalysisHub({ queryClient, runner: createRunner(client) });
});

afterEach(() => {
  hub.dispose();
  queryClient.clear();
  vi.useRealTimers();
});

/** Answers every open call, in order, until none is left (the scenario waits for the baseline). */
async function answerAll(): Promise<void> {
  await flush();
  for (let call = client.open()[0]; call; call = client.open()[0]) await call.answer();
}

describe('analysis hub', () => {
  it('analyses the first request at once: the baseline with the matrix first, then the scenario', async () => {
    hub.request(target(1, outage(A)));
    await flush();
    expect(client.calls).toHaveLength(1);
    expect(client.calls[0]?.request.scenario).toEqual(outage());
    expect(client.calls[0]?.request.withMatrix).toBe(true);
    expect(hub.getSnapshot()).toMatchObject({ activity: 'analysing', report: undefined });

    await client.calls[0]?.answer();
    expect(client.calls).toHaveLength(2);
    expect(client.calls[1]?.request).toMatchObject({ scenario: outage(A), withMatrix: false, revision: client.calls[0]?.request.revision });
    await client.calls[1]?.answer();

    const s = hub.getSnapshot();
    expect(s.activity).toBe('ready');
    expect(s.report?.resources.fA?.status).toBe('FAILED');
    expect(s.report?.resources.iB?.status).toBe('DEGRADED');
    expect(s.baseline?.resources).toEqual({});
    expect(s.baseline?.matrix?.cells).toEqual([['FAILED', 'DOWN', 'FAILED']]);
  });

  it('analyses another scenario on the same design at once', async () => {
    hub.request(target(1, outage(A)));
    await answerAll();
    hub.request(target(1, outage(B)));
    await flush();
    expect(client.calls.map((c) => c.request.scenario.failedAzs.join('+'))).toEqual(['', 'europe-se-1a', 'europe-se-1b']);
    await answerAll();
    expect(hub.getSnapshot()).toMatchObject({ activity: 'ready' });
    expect(hub.getSnapshot().report?.scenario).toEqual(outage(B));
  });

  it('waits 150 ms after the last edit, analyses only the newest revision, and keeps the previous answer meanwhile', async () => {
    hub.request(target(1, outage(A)));
    await answerAll();
    const before = hub.getSnapshot().report;

    hub.request(target(2, outage(A), edited));
    await vi.advanceTimersByTimeAsync(100);
    hub.request(target(3, outage(A, B), edited));
    await vi.advanceTimersByTimeAsync(149);
    expect(client.calls).toHaveLength(2);
    expect(hub.getSnapshot()).toMatchObject({ activity: 'analysing', report: before });

    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(client.calls.map((c) => c.request.scenario.failedAzs.join('+'))).toEqual(['', 'europe-se-1a', '']);
    expect(client.calls[2]?.request.design).toBe(edited);
    expect(hub.getSnapshot().report).toBe(before);
    await answerAll();
    expect(hub.getSnapshot().activity).toBe('ready');
    expect(hub.getSnapshot().report?.scenario).toEqual(outage(A, B));
    expect(hub.getSnapshot().report?.resources.iB?.status).toBe('FAILED');
  });

  it('asks nothing when an edit is undone within the quiet time', async () => {
    hub.request(target(1, outage(A)));
    await answerAll();
    hub.request(target(2, outage(A), edited));
    expect(hub.getSnapshot().activity).toBe('analysing');
    hub.request(target(1, outage(A)));
    expect(hub.getSnapshot().activity).toBe('ready');
    await vi.advanceTimersByTimeAsync(500);
    expect(client.calls).toHaveLength(2);
  });

  it('answers a scenario analysed before from the cache, without asking the worker again', async () => {
    hub.request(target(1, outage(A)));
    await answerAll();
    const a = hub.getSnapshot().report;
    hub.request(target(1, outage(B)));
    await answerAll();
    hub.request(target(1, outage(A)));
    await flush();
    expect(client.calls).toHaveLength(3);
    expect(hub.getSnapshot()).toMatchObject({ activity: 'ready', report: a });
  });

  it('re-analyses an edit under the same scenario, and pairs the new answer with the new baseline', async () => {
    hub.request(target(1, outage(A)));
    await answerAll();
    const old = hub.getSnapshot();

    hub.request(target(2, outage(A), edited));
    await vi.advanceTimersByTimeAsync(150);
    await flush();
    const baselineCall = client.calls[2];
    expect(baselineCall?.request).toMatchObject({ design: edited, scenario: outage(), withMatrix: true });
    expect(baselineCall?.request.revision).toBeGreaterThan(client.calls[1]?.request.revision ?? Infinity);
    await baselineCall?.answer();
    // The new baseline alone is not published: the old pair stays until the scenario is in too.
    expect(hub.getSnapshot()).toMatchObject({ activity: 'analysing', report: old.report, baseline: old.baseline });

    await answerAll();
    const s = hub.getSnapshot();
    expect(s.activity).toBe('ready');
    expect(s.report?.scenario).toEqual(outage(A));
    expect(s.report?.resources.fA).toBeUndefined();
    expect(s.report?.revision).toBe(s.baseline?.revision);
    expect(s.baseline?.matrix?.services).toEqual([]);
  });

  it('never applies the answer of a superseded request, and shows no error for it', async () => {
    hub.request(target(1, outage(A)));
    await flush();
    await client.calls[0]?.answer();
    const slow = client.calls[1];
    hub.request(target(1, outage(B)));
    await flush();
    expect(slow?.settled).toBe(true);
    expect(hub.getSnapshot()).toMatchObject({ activity: 'analysing', error: null });
    await answerAll();
    expect(hub.getSnapshot().report?.scenario).toEqual(outage(B));
    expect(hub.getSnapshot().error).toBeNull();
  });

  it('reports a failing worker as an error, and Retry analyses again', async () => {
    hub.request(target(1, outage(A)));
    await flush();
    await client.calls[0]?.fail('The analysis worker crashed 3 times in a row on revision 1.');
    const failed = hub.getSnapshot();
    expect(failed.activity).toBe('error');
    expect(failed.error?.message).toBe('The analysis worker crashed 3 times in a row on revision 1.');

    hub.retry();
    await answerAll();
    expect(hub.getSnapshot()).toMatchObject({ activity: 'ready', error: null });
    expect(hub.getSnapshot().report?.resources.fA?.status).toBe('FAILED');
  });

  it('notifies subscribers only when the snapshot changes', async () => {
    const seen: string[] = [];
    hub.subscribe(() => seen.push(hub.getSnapshot().activity));
    hub.request(target(1, outage()));
    await answerAll();
    expect(seen).toEqual(['ready']);
    expect(client.calls).toHaveLength(1);
  });
});
