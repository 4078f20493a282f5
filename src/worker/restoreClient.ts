/** The page side of the start-up restore in the analysis worker (see `restoreProtocol.ts`). */
import type { RestoreResult } from '../model/restore';
import { RESTORE_REQUEST, type RestoreReply, type RestoreRequest } from './restoreProtocol';

/** The part of a `Worker` the restore uses. */
export interface RestoreWorker {
  postMessage(message: RestoreRequest, transfer: Transferable[]): void;
  addEventListener(type: 'error', listener: () => void): void;
}

/**
 * A restore that runs in `worker`. Call it right after the worker is created: it watches the worker
 * from then on, so that a worker that failed to load rejects the restore at once instead of never
 * answering (the caller then restores on the main thread).
 */
export function workerRestore(worker: RestoreWorker): (raw: unknown) => Promise<RestoreResult> {
  let failed = false;
  const failures = new Set<() => void>();
  worker.addEventListener('error', () => {
    failed = true;
    for (const fail of failures) fail();
  });
  return (raw) =>
    new Promise<RestoreResult>((resolve, reject) => {
      if (failed) {
        reject(new Error('The analysis worker did not start, so it cannot restore the design.'));
        return;
      }
      const channel = new MessageChannel();
      const done = (): void => {
        failures.delete(fail);
        channel.port1.close();
      };
      const fail = (): void => {
        done();
        reject(new Error('The analysis worker stopped while it restored the design.'));
      };
      failures.add(fail);
      channel.port1.onmessage = (event: MessageEvent<RestoreReply>) => {
        done();
        const reply = event.data;
        if (reply.ok) resolve(reply.result);
        else reject(new Error(reply.message));
      };
      worker.postMessage({ type: RESTORE_REQUEST, raw }, [channel.port2]);
    });
}
