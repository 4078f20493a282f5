import { describe, expect, it } from 'vitest';
import { restoreDesignFile } from '../model/restore';
import { sample } from '../model/testFixtures';
import { workerRestore, type RestoreWorker } from './restoreClient';
import type { RestoreRequest } from './restoreProtocol';
import { serveRestore, type MessageScope } from './restoreService';

/** A worker whose global scope runs the restore service in this thread, as the real worker does. */
function fakeWorker() {
  const workerSide = new Set<(event: MessageEvent) => void>();
  const errors = new Set<() => void>();
  const scope: MessageScope = { addEventListener: (_type, listener) => workerSide.add(listener) };
  serveRestore(scope);
  let posted = 0;
  const worker: RestoreWorker = {
    postMessage(message: RestoreRequest, transfer: Transferable[]) {
      posted++;
      const event = { data: structuredClone(message), ports: transfer } as unknown as MessageEvent;
      for (const listener of workerSide) listener(event);
    },
    addEventListener: (_type, listener) => errors.add(listener),
  };
  const fail = (): void => {
    for (const e of errors) e();
  };
  return { worker, fail, posted: () => posted };
}

describe('restore in the analysis worker', () => {
  it('gives exactly what restore gives on the main thread, warnings included', async () => {
    const stored: unknown = { ...sample(), extra: 1 };
    const { worker } = fakeWorker();
    const result = await workerRestore(worker)(stored);
    expect(result).toEqual(restoreDesignFile(stored));
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['extra']);
  });

  it('passes a refused design back with the exact reason and place', async () => {
    const { worker } = fakeWorker();
    const result = await workerRestore(worker)({ format: 'faultline.design', version: 1, design: { resources: 'no' } });
    expect(result).toEqual(restoreDesignFile({ format: 'faultline.design', version: 1, design: { resources: 'no' } }));
    expect(result.ok).toBe(false);
  });

  it('rejects at once when the worker failed to start, without posting', async () => {
    const { worker, fail, posted } = fakeWorker();
    const restore = workerRestore(worker);
    fail();
    await expect(restore(sample())).rejects.toThrow('The analysis worker did not start, so it cannot restore the design.');
    expect(posted()).toBe(0);
  });

  it('rejects when the worker fails before it answers', async () => {
    const errors = new Set<() => void>();
    const silent: RestoreWorker = { postMessage: () => undefined, addEventListener: (_type, listener) => errors.add(listener) };
    const pending = workerRestore(silent)(sample());
    for (const e of errors) e();
    await expect(pending).rejects.toThrow('The analysis worker stopped while it restored the design.');
  });
});
