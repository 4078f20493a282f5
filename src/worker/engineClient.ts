/**
 * The main thread's way to the analysis engine: a typed async facade over the analysis worker.
 *
 * - The design crosses once: another scenario on the revision the worker has goes without it, and a
 *   later revision as the changes from the one the worker has (see `designPatch`).
 * - Latest request wins: at most one request is in the worker at a time; a newer request replaces
 *   the waiting one, and every superseded request resolves `null` at once. Answers that arrive for a
 *   superseded request are dropped, never applied.
 * - A worker that crashes (`error` / `messageerror`) or stays silent for `timeoutMs` is terminated,
 *   a fresh one is started and the newest request is sent again.
 * - Without Workers (`Worker` undefined, or constructing one throws, or a fresh worker crashes
 *   before it ever answered, `maxRestarts` times in a row) the same analysis API runs on the main
 *   thread instead.
 */
import { wrap, type Remote } from 'comlink';
import type { Design } from '../model/types';
import { diffDesign } from './designPatch';
import type {
  AnalysisApi,
  AnalysisRequest,
  AnalysisResponse,
  EngineClient,
  EngineClientOptions,
  EngineStatus,
  WorkerLike,
} from './protocol';

interface Pending {
  request: AnalysisRequest;
  resolve: (response: AnalysisResponse | null) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: WorkerLike;
  remote: Remote<AnalysisApi>;
  /** Bumped on every start, so events and answers of a replaced worker are recognised and ignored. */
  generation: number;
  /** The design revision this worker has indexed (answered), which later requests need not carry. */
  indexed: { revision: number; design: Design } | null;
}

type Failure = 'crash' | 'timeout';

function defaultCreateWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** Creates an engine client. See the module comment for the request, restart and fallback rules. */
export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRestarts = options.maxRestarts ?? 2;
  const makeWorker = options.createWorker ?? (typeof Worker === 'undefined' ? null : defaultCreateWorker);

  let status: EngineStatus = 'idle';
  let fallback = makeWorker === null;
  // The engine itself is loaded only when it has to run here: the worker has its own copy.
  let fallbackApi: Promise<AnalysisApi> | null = null;
  let fallbackScheduled = false;
  let running: Running | null = null;
  let generation = 0;
  let newest: Pending | null = null;
  let inFlight: { pending: Pending; timer: ReturnType<typeof setTimeout> } | null = null;
  let newestRevision = Number.NEGATIVE_INFINITY;
  let failures = 0;
  let everAnswered = false;
  let disposed = false;

  const setStatus = (next: EngineStatus): void => {
    if (next === status) return;
    status = next;
    options.onStatusChange?.(next);
  };
  const restingStatus = (): EngineStatus => (fallback ? 'fallback' : 'idle');

  const stopWorker = (): void => {
    if (inFlight) clearTimeout(inFlight.timer);
    inFlight = null;
    running?.worker.terminate();
    running = null;
  };

  const startWorker = (): Running | null => {
    if (makeWorker === null) return null;
    let worker: WorkerLike;
    try {
      worker = makeWorker();
    } catch {
      return null;
    }
    const gen = ++generation;
    const onCrash = (): void => fail('crash', gen);
    worker.addEventListener('error', onCrash);
    worker.addEventListener('messageerror', onCrash);
    return { worker, remote: wrap<AnalysisApi>(worker), generation: gen, indexed: null };
  };

  const pump = (): void => {
    if (disposed || inFlight) return;
    if (!newest) {
      if (status !== 'error') setStatus(restingStatus());
      return;
    }
    if (!fallback && !running) {
      running = startWorker();
      if (!running) fallback = true;
    }
    if (fallback || !running) {
      scheduleFallback();
      return;
    }
    send(running, newest);
  };

  /** Sends `pending` to the worker; `whole`: with the whole design, whatever the worker has. */
  const send = (r: Running, pending: Pending, whole = false): void => {
    setStatus('busy');
    const timer = setTimeout(() => fail('timeout', r.generation), timeoutMs);
    inFlight = { pending, timer };
    const { request } = pending;
    // Another scenario on the revision the worker has: leave the design (megabytes to copy) behind.
    // Another revision of the design it has: send only what changed, when that is little.
    const { indexed } = r;
    const known = indexed?.revision === request.revision && indexed.design === request.design;
    const patch = !whole && !known && indexed ? diffDesign(indexed.design, request.design, indexed.revision) : null;
    const partial = !whole && (known || patch !== null);
    r.remote.analyze(known && !whole ? { ...request, design: null } : { ...request, design: patch ?? request.design }).then(
      (response) => {
        r.indexed = { revision: request.revision, design: request.design };
        settle(r.generation, pending, response, null);
      },
      (error: unknown) => {
        // The worker may have lost what it indexed (an engine failure): the next request carries it.
        r.indexed = null;
        // Without the whole design the worker may simply lack what the request builds on: once more, whole.
        if (partial && r.generation === generation && inFlight?.pending === pending && newest === pending) {
          clearTimeout(inFlight.timer);
          inFlight = null;
          send(r, pending, true);
          return;
        }
        settle(r.generation, pending, null, toError(error));
      },
    );
  };

  const settle = (gen: number, pending: Pending, response: AnalysisResponse | null, error: Error | null): void => {
    if (gen !== generation || inFlight?.pending !== pending) return;
    clearTimeout(inFlight.timer);
    inFlight = null;
    failures = 0;
    everAnswered = true;
    if (newest === pending) {
      newest = null;
      if (error) {
        setStatus('error');
        pending.reject(error);
      } else pending.resolve(response);
    }
    pump();
  };

  const fail = (kind: Failure, gen: number): void => {
    if (disposed || gen !== generation || !running) return;
    stopWorker();
    generation++;
    if (!newest) {
      setStatus(restingStatus());
      return;
    }
    failures++;
    if (failures <= maxRestarts) {
      setStatus('restarting');
      pump();
      return;
    }
    failures = 0;
    if (kind === 'crash' && !everAnswered) {
      // The worker never got going here (blocked script, unsupported module workers): run in-thread.
      fallback = true;
      pump();
      return;
    }
    const pending = newest;
    newest = null;
    setStatus('error');
    pending.reject(
      new Error(
        kind === 'crash'
          ? `The analysis worker crashed ${maxRestarts + 1} times in a row on revision ${pending.request.revision}.`
          : `The analysis of revision ${pending.request.revision} did not finish within ${timeoutMs} ms, ${maxRestarts + 1} times in a row.`,
      ),
    );
  };

  const scheduleFallback = (): void => {
    setStatus('fallback');
    if (fallbackScheduled) return;
    fallbackScheduled = true;
    // A macrotask, so requests made in the same tick collapse into the newest one.
    setTimeout(runFallback, 0);
  };

  const runFallback = (): void => {
    fallbackScheduled = false;
    const pending = newest;
    if (disposed || !pending) return;
    fallbackApi ??= import('./analysisApi').then((m) => m.createAnalysisApi());
    fallbackApi.then((api) => api.analyze(pending.request)).then(
      (response) => {
        if (newest !== pending) return;
        newest = null;
        pending.resolve(response);
      },
      (error: unknown) => {
        if (newest !== pending) return;
        newest = null;
        setStatus('error');
        pending.reject(toError(error));
      },
    );
  };

  return {
    analyze(request: AnalysisRequest): Promise<AnalysisResponse | null> {
      if (disposed || request.revision < newestRevision) return Promise.resolve(null);
      newestRevision = request.revision;
      newest?.resolve(null);
      return new Promise<AnalysisResponse | null>((resolve, reject) => {
        newest = { request, resolve, reject };
        if (status === 'error') setStatus(restingStatus());
        pump();
      });
    },
    get status() {
      return status;
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      stopWorker();
      generation++;
      newest?.resolve(null);
      newest = null;
      setStatus('idle');
    },
  };
}
