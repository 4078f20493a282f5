/**
 * Test support: a stand-in for a dedicated worker, built on a `MessageChannel` with the analysis API
 * exposed over comlink on the far port, exactly as `analysis.worker.ts` does in the browser. Tests
 * can crash it, see whether it was terminated, and script the API behind it.
 */
import { expose } from 'comlink';
import { createAnalysisApi } from '../analysisApi';
import type { AnalysisApi, AnalysisResponse, WireRequest, WorkerLike } from '../protocol';

export class FakeWorker extends EventTarget implements WorkerLike {
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor(api: AnalysisApi) {
    super();
    expose(api, this.channel.port2);
    this.channel.port1.addEventListener('message', (event: MessageEvent) => {
      this.dispatchEvent(new MessageEvent('message', { data: event.data as unknown }));
    });
    this.channel.port1.start();
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.channel.port1.postMessage(message, transfer);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** What a worker does when its script throws: an `error` event on the Worker object. */
  crash(): void {
    this.dispatchEvent(new Event('error'));
  }
}

/** One request as received by a scripted API, answered (or not) when the test says so. */
export interface ScriptedCall {
  request: WireRequest;
  /** Answers with the real analysis of the request. */
  answer(): Promise<void>;
  fail(message: string): void;
}

/** An analysis API that records every request and answers only when told to. */
export function scriptedApi(): { api: AnalysisApi; calls: ScriptedCall[]; nextCall: () => Promise<ScriptedCall> } {
  const real = createAnalysisApi();
  const calls: ScriptedCall[] = [];
  let waiters: ((call: ScriptedCall) => void)[] = [];
  const api: AnalysisApi = {
    analyze: (request) =>
      new Promise<AnalysisResponse>((resolve, reject) => {
        const call: ScriptedCall = {
          request,
          answer: async () => resolve(await real.analyze(request)),
          fail: (message) => reject(new Error(message)),
        };
        calls.push(call);
        const pending = waiters;
        waiters = [];
        for (const w of pending) w(call);
      }),
  };
  // Resolves with the call at the next index not yet handed out.
  let handedOut = 0;
  const nextCall = (): Promise<ScriptedCall> => {
    const index = handedOut++;
    const existing = calls[index];
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve) => {
      const wait = (): void => {
        const call = calls[index];
        if (call) resolve(call);
        else waiters.push(wait);
      };
      waiters.push(wait);
    });
  };
  return { api, calls, nextCall };
}
