import { notifyManager, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../engine/types';
import { resourceId } from '../model/ids';
import type { Design } from '../model/types';
import { analysisQueryKey, type AnalysisTarget } from '../queries/analysis';
import { exampleDesign, S2_FILE } from '../worker/testing/exampleDesign';
import { createAnalysisHub, type AnalysisHub } from './hub';
import type { IdleScheduler } from './prefetch';
import { createRunner } from './runner';
import { flush, manualClient, type ManualClient } from './testing/manualClient';

const A = resourceId('europe-se-1a');
const B = resourceId('europe-se-1b');
const design = exampleDesign(S2_FILE);
const edited: Design = { ...design, resources: design.resources.filter((r) => r.id !== 'fA') };
const outage = (...azs: (typeof A)[]): Scenario => ({ failedAzs: azs, failedRegions: [] });
const target = (designRevision: number, scenario: Scenario, d: Design = design): AnalysisTarget => ({ designId: d.id, designRevision, design: d, scenario });

let client: ManualClient;
let hub: AnalysisHub;
let queryClient: QueryClient;
/** Idle tasks, run by the test. */
let idle: (() => void)[];
const schedule: IdleScheduler = (task) => {
  idle.push(task);
  return () => {
    idle = idle.filter((t) => t !== task);
  };
};
/** Runs the idle tasks scheduled so far. */
async function runIdle(): Promise<void> {
  for (const task of idle.splice(0)) task();
  await flush();
}
const asked = () => client.calls.map((c) => `${c.request.scenario.failedAzs.join('+') || 'none'}@${String(c.request.revision)}`);

beforeEach(() => {
  notifyManager.setScheduler(queueMicrotask);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  client = manualClient();
  queryClient = new QueryClient();
  idle = [];
  hub = createAnalysisHub({ queryClient, runner: createRunner(client), prefetchWhen: schedule });
});

afterEach(() => {
  hub.dispose();
  queryClient.clear();
  vi.useRealTimers();
});

describe('outages fetched ahead', () => {
  it('asks for each zone alone, one at a time in idle time, once the revision is analysed; a click is then answered from the cache', async () => {
    hub.request(target(1, outage()));
    await flush();
    expect(idle).toHaveLength(0);
    await client.calls[0]?.answer();
    expect(hub.getSnapshot().activity).toBe('ready');
    expect(asked()).toEqual(['none@1']);

    await runIdle();
    expect(asked()).toEqual(['none@1', 'europe-se-1a@1']);
    expect(client.calls[1]?.request.withMatrix).toBe(false);
    await runIdle();
    expect(asked()).toHaveLength(2);
    await client.calls[1]?.answer();
    await runIdle();
    await client.calls[2]?.answer();
    await runIdle();
    expect(asked()).toEqual(['none@1', 'europe-se-1a@1', 'europe-se-1b@1']);
    expect(idle).toHaveLength(0);
    // Fetching ahead is never "analysing" for the user.
    expect(hub.getSnapshot()).toMatchObject({ activity: 'ready' });

    // Still there minutes later (unwatched queries are otherwise forgotten after a minute).
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    hub.request(target(1, outage(B)));
    await flush();
    expect(asked()).toHaveLength(3);
    expect(hub.getSnapshot().activity).toBe('ready');
    expect(hub.getSnapshot().report?.scenario).toEqual(outage(B));
    expect(hub.getSnapshot().report?.resources.iB?.status).toBe('FAILED');
  });

  it('pauses while an edit waits, then fetches for the new revision and drops what it fetched for the old one', async () => {
    hub.request(target(1, outage()));
    await flush();
    await client.calls[0]?.answer();
    await runIdle();
    await client.calls[1]?.answer();
    expect(queryClient.getQueryData(analysisQueryKey(target(1, outage(A))))).toBeDefined();

    hub.request(target(2, outage(), edited));
    await runIdle();
    expect(asked()).toEqual(['none@1', 'europe-se-1a@1']);

    await vi.advanceTimersByTimeAsync(150);
    await client.open()[0]?.answer();
    expect(hub.getSnapshot().baseline?.revision).toBe(2);
    expect(queryClient.getQueryData(analysisQueryKey(target(1, outage(A))))).toBeUndefined();
    // The baseline of the old revision is the query layer's to forget (gcTime), not the prefetcher's.
    expect(queryClient.getQueryData(analysisQueryKey(target(1, outage())))).toBeDefined();
    await runIdle();
    expect(asked().slice(2)).toEqual(['none@2', 'europe-se-1a@2']);
  });

  it('leaves no error behind when the user needs the worker first, and asks for that zone again later', async () => {
    hub.request(target(1, outage()));
    await flush();
    await client.calls[0]?.answer();
    await runIdle();
    expect(asked()).toEqual(['none@1', 'europe-se-1a@1']);

    // The click supersedes the outage being fetched ahead.
    hub.request(target(1, outage(B)));
    await flush();
    expect(client.calls[1]?.settled).toBe(true);
    expect(queryClient.getQueryState(analysisQueryKey(target(1, outage(A))))).toBeUndefined();
    await client.calls[2]?.answer();
    expect(hub.getSnapshot()).toMatchObject({ activity: 'ready', error: null });

    await runIdle();
    expect(asked()).toEqual(['none@1', 'europe-se-1a@1', 'europe-se-1b@1', 'europe-se-1a@1']);
    await client.calls[3]?.answer();
    expect(queryClient.getQueryData(analysisQueryKey(target(1, outage(A))))).toBeDefined();
    await runIdle();
    expect(asked()).toHaveLength(4);
  });
});
