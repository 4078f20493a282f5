import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../engine/types';
import { resourceId } from '../model/ids';
import type { Design } from '../model/types';
import { createAnalysisApi } from './analysisApi';
import { createEngineClient } from './engineClient';
import type { AnalysisApi, EngineClient, EngineStatus } from './protocol';
import { exampleDesign, S2_FILE } from './testing/exampleDesign';
import { FakeWorker, scriptedApi } from './testing/fakeWorker';

const outage = (az: string): Scenario => ({ failedAzs: [resourceId(az)], failedRegions: [] });
const design: Design = exampleDesign(S2_FILE);
const request = (revision: number, az = 'europe-se-1a') => ({ revision, design, scenario: outage(az), withMatrix: false });

/** A worker factory handing out fake workers backed by the given APIs, in order. */
function workers(...apis: AnalysisApi[]): { created: FakeWorker[]; createWorker: () => FakeWorker } {
  const created: FakeWorker[] = [];
  return {
    created,
    createWorker: () => {
      const api = apis[created.length] ?? createAnalysisApi();
      const w = new FakeWorker(api);
      created.push(w);
      return w;
    },
  };
}

const never: AnalysisApi = { analyze: () => new Promise(() => undefined) };

let client: EngineClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
  vi.useRealTimers();
});

describe('createEngineClient: newest request wins', () => {
  it('resolves a superseded request to null and drops its late answer', async () => {
    const scripted = scriptedApi();
    const pool = workers(scripted.api);
    const statuses: EngineStatus[] = [];
    client = createEngineClient({ createWorker: pool.createWorker, onStatusChange: (s) => statuses.push(s) });

    const first = client.analyze(request(1, 'europe-se-1a'));
    const call1 = await scripted.nextCall();
    expect(call1.request.revision).toBe(1);
    const second = client.analyze(request(2, 'europe-se-1b'));
    await expect(first).resolves.toBeNull();

    await call1.answer(); // the old answer arrives late: dropped, then the newest request is sent
    const call2 = await scripted.nextCall();
    expect(call2.request.revision).toBe(2);
    await call2.answer();
    const answer = await second;
    expect(answer?.revision).toBe(2);
    expect(answer?.resources.iB?.status).toBe('FAILED');
    expect(statuses).toEqual(['busy', 'idle']);
    expect(pool.created).toHaveLength(1);
  });

  it('sends only the newest of several waiting requests, and refuses an older revision outright', async () => {
    const scripted = scriptedApi();
    client = createEngineClient({ createWorker: workers(scripted.api).createWorker });
    const r1 = client.analyze(request(1));
    const call1 = await scripted.nextCall();
    const r2 = client.analyze(request(2));
    const r3 = client.analyze(request(3, 'europe-se-1b'));
    await expect(client.analyze(request(2))).resolves.toBeNull();
    await expect(r2).resolves.toBeNull();
    await call1.answer();
    await expect(r1).resolves.toBeNull();
    const call2 = await scripted.nextCall();
    await call2.answer();
    expect((await r3)?.revision).toBe(3);
    expect(scripted.calls.map((c) => c.request.revision)).toEqual([1, 3]);
  });

  it('lets a later request of the same revision (another scenario) win', async () => {
    const scripted = scriptedApi();
    client = createEngineClient({ createWorker: workers(scripted.api).createWorker });
    const a = client.analyze(request(5, 'europe-se-1a'));
    const b = client.analyze(request(5, 'europe-se-1b'));
    await expect(a).resolves.toBeNull();
    await (await scripted.nextCall()).answer();
    await (await scripted.nextCall()).answer();
    expect((await b)?.scenario).toEqual(outage('europe-se-1b'));
  });
});

describe('createEngineClient: crashes, hangs and errors', () => {
  it('restarts a crashed worker and sends the newest request again', async () => {
    const crashing = scriptedApi();
    const pool = workers(crashing.api, createAnalysisApi());
    const statuses: EngineStatus[] = [];
    client = createEngineClient({ createWorker: pool.createWorker, onStatusChange: (s) => statuses.push(s) });
    const answer = client.analyze(request(1));
    await crashing.nextCall();
    pool.created[0]?.crash();
    const r = await answer;
    expect(r?.revision).toBe(1);
    expect(r?.resources.fA?.status).toBe('FAILED');
    expect(r?.resources.iB?.reasons.map((x) => x.code)).toEqual(['GATEWAY_LOST']);
    expect(pool.created).toHaveLength(2);
    expect(pool.created[0]?.terminated).toBe(true);
    expect(pool.created[1]?.terminated).toBe(false);
    expect(statuses).toEqual(['busy', 'restarting', 'busy', 'idle']);
  });

  it('restarts a worker that does not answer within the timeout and sends the request again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hanging = scriptedApi();
    const pool = workers(hanging.api, createAnalysisApi());
    client = createEngineClient({ createWorker: pool.createWorker, timeoutMs: 5000 });
    const answer = client.analyze(request(4));
    await hanging.nextCall();
    await vi.advanceTimersByTimeAsync(4999);
    expect(pool.created).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(pool.created).toHaveLength(2);
    expect(pool.created[0]?.terminated).toBe(true);
    expect((await answer)?.revision).toBe(4);
    expect(client.status).toBe('idle');
  });

  it('gives up with an error after too many timeouts in a row, and recovers for the next request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pool = workers(never, never);
    client = createEngineClient({ createWorker: pool.createWorker, timeoutMs: 100, maxRestarts: 1 });
    const answer = client.analyze(request(1));
    const failed = expect(answer).rejects.toThrow('The analysis of revision 1 did not finish within 100 ms, 2 times in a row.');
    await vi.advanceTimersByTimeAsync(200);
    await failed;
    expect(client.status).toBe('error');
    expect(pool.created.every((w) => w.terminated)).toBe(true);
    const next = await client.analyze(request(2));
    expect(next?.revision).toBe(2);
    expect(pool.created).toHaveLength(3);
  });

  it('rejects when the engine throws inside the worker, and the worker keeps serving', async () => {
    const throwing: AnalysisApi = { analyze: () => Promise.reject(new Error('engine broke on revision 1')) };
    const pool = workers(throwing);
    client = createEngineClient({ createWorker: pool.createWorker });
    await expect(client.analyze(request(1))).rejects.toThrow('engine broke on revision 1');
    expect(client.status).toBe('error');
    await expect(client.analyze(request(2))).rejects.toThrow('engine broke on revision 1');
    expect(pool.created).toHaveLength(1);
  });

  it('resolves pending requests to null and terminates the worker on dispose', async () => {
    const pool = workers(never);
    const c = createEngineClient({ createWorker: pool.createWorker });
    const answer = c.analyze(request(1));
    c.dispose();
    await expect(answer).resolves.toBeNull();
    await expect(c.analyze(request(2))).resolves.toBeNull();
    expect(pool.created[0]?.terminated).toBe(true);
  });
});

describe('createEngineClient: main-thread fallback', () => {
  it('evaluates on the main thread when Workers do not exist', async () => {
    expect(typeof Worker).toBe('undefined');
    const statuses: EngineStatus[] = [];
    client = createEngineClient({ onStatusChange: (s) => statuses.push(s) });
    const r = await client.analyze(request(1));
    expect(r?.resources.iB).toEqual({ status: 'DEGRADED', reasons: [{ code: 'GATEWAY_LOST', causes: ['rA'], inferred: true }] });
    expect(r?.services.map((s) => [s.id, s.status])).toEqual([['fA', 'FAILED']]);
    expect(statuses).toEqual(['fallback']);
  });

  it('falls back when constructing the worker throws, still letting the newest request win', async () => {
    client = createEngineClient({
      createWorker: () => {
        throw new Error('Workers are blocked here');
      },
    });
    const older = client.analyze(request(1, 'europe-se-1a'));
    const newer = client.analyze(request(2, 'europe-se-1b'));
    await expect(older).resolves.toBeNull();
    const r = await newer;
    expect(r?.revision).toBe(2);
    expect(r?.resources.iB?.status).toBe('FAILED');
    expect(client.status).toBe('fallback');
  });

  it('falls back when fresh workers crash before ever answering', async () => {
    const pool = workers(never, never);
    client = createEngineClient({ createWorker: pool.createWorker, maxRestarts: 1 });
    const answer = client.analyze(request(1));
    await Promise.resolve();
    pool.created[0]?.crash();
    pool.created[1]?.crash();
    const r = await answer;
    expect(r?.resources.fA?.status).toBe('FAILED');
    expect(pool.created).toHaveLength(2);
    expect(client.status).toBe('fallback');
  });
});

describe('createEngineClient: the design crosses once per revision', () => {
  it('sends another scenario on a revision the worker has answered without the design, and a new worker gets it again', async () => {
    const first = scriptedApi();
    const second = scriptedApi();
    const pool = workers(first.api, second.api);
    client = createEngineClient({ createWorker: pool.createWorker });

    const a = client.analyze(request(1, 'europe-se-1a'));
    const call1 = await first.nextCall();
    expect(call1.request.design).toEqual(design);
    await call1.answer();
    await a;

    const b = client.analyze(request(1, 'europe-se-1b'));
    const call2 = await first.nextCall();
    expect(call2.request.design).toBeNull();
    await call2.answer();
    expect((await b)?.resources.iB?.status).toBe('FAILED');

    pool.created[0]?.crash();
    const c = client.analyze(request(1, 'europe-se-1a'));
    const call3 = await second.nextCall();
    expect(call3.request.design).toEqual(design);
    await call3.answer();
    expect((await c)?.revision).toBe(1);
  });

  it('sends a later revision as the changes from the one the worker has, and the whole design when the worker refuses them', async () => {
    const scripted = scriptedApi();
    const pool = workers(scripted.api);
    client = createEngineClient({ createWorker: pool.createWorker });
    const renamed: Design = { ...design, resources: design.resources.map((r) => (r.id === 'iB' ? { ...r, name: 'web-1' } : r)) };

    const a = client.analyze(request(1));
    await (await scripted.nextCall()).answer();
    await a;

    const b = client.analyze({ revision: 2, design: renamed, scenario: outage('europe-se-1a'), withMatrix: false });
    const call2 = await scripted.nextCall();
    const sent = call2.request.design;
    expect(sent !== null && 'kind' in sent ? { base: sent.base, changed: sent.resources.changed.map(([i]) => i) } : sent).toEqual({
      base: 1,
      changed: [design.resources.findIndex((r) => r.id === 'iB')],
    });
    await call2.answer();
    expect((await b)?.revision).toBe(2);

    const again: Design = { ...renamed, name: 'Renamed' };
    const c = client.analyze({ revision: 3, design: again, scenario: outage('europe-se-1a'), withMatrix: false });
    const call3 = await scripted.nextCall();
    expect(call3.request.design).toMatchObject({ kind: 'patch', base: 2, name: 'Renamed' });
    call3.fail('The analysis engine has no design for revision 2 to apply changes to; it has to be sent again.');
    const call4 = await scripted.nextCall();
    expect(call4.request.design).toEqual(again);
    await call4.answer();
    const answer = await c;
    expect(answer?.revision).toBe(3);
    expect(answer?.resources.iB?.status).toBe('DEGRADED');
    expect(pool.created).toHaveLength(1);
  });
});
