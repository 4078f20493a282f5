/** The worker side of the start-up restore (see `restoreProtocol.ts`). */
import { restoreDesignFile } from '../model/restore';
import { isRestoreRequest, type RestoreReply } from './restoreProtocol';

/** The part of a worker's global scope the service listens on. */
export interface MessageScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The reply to one stored value: the restore result, or the message of an error restore did not expect. */
export function restoreReply(raw: unknown): RestoreReply {
  try {
    return { ok: true, result: restoreDesignFile(raw) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Answers restore requests posted to `scope` on the port each one carries. */
export function serveRestore(scope: MessageScope): void {
  scope.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (!isRestoreRequest(event.data) || port === undefined) return;
    port.postMessage(restoreReply(event.data.raw));
    port.close();
  });
}
