/**
 * What the browser benchmark installs in every page before the page's own scripts run
 * (`addInitScript`): observers of long tasks, long animation frames, Event Timing and paints, a
 * watcher for the first painted nodes and the first "Up to date" analysis, and a frame sampler.
 * Everything lands on `window.__bench`, in the page's clock (`performance.now()`, from navigation).
 *
 * The functions here run in the browser: they may use nothing from outside their own body.
 */

/** One long task (≥ 50 ms on the main thread). */
export interface LongTaskRecord {
  start: number;
  duration: number;
  /** The long task API's attribution (container type and name); usually just the window. */
  attribution: string[];
}

/** One script of a long animation frame, as the LoAF API attributes it. */
export interface LoafScriptRecord {
  invoker: string;
  invokerType: string;
  sourceURL: string;
  sourceFunctionName: string;
  start: number;
  duration: number;
}

/** One long animation frame (≥ 50 ms from its first task to its paint). */
export interface LoafRecord {
  start: number;
  duration: number;
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: LoafScriptRecord[];
}

/** One Event Timing entry (≥ 16 ms from the input to the next paint after its handlers). */
export interface EventRecord {
  name: string;
  start: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
  /** The target's accessible label or tag, to tell which control the event was for. */
  target: string;
}

export interface BenchProbes {
  longTasks: LongTaskRecord[];
  loafs: LoafRecord[];
  events: EventRecord[];
  firstContentfulPaint: number | null;
  /** The first frame painted after React Flow nodes appeared. */
  nodesPaintedAt: number | null;
  /** The first frame painted after the analysis indicator said "Up to date". */
  analysisReadyAt: number | null;
  /** Resolves with the time of the next frame's paint (a rAF, then a task after it). */
  nextPaint(): Promise<number>;
  /** Starts recording requestAnimationFrame timestamps. */
  startFrames(): void;
  /** Stops recording and returns the timestamps. */
  stopFrames(): number[];
  /** When the page posted to a worker, and when a worker's message reached the page (the last 1,000 of each). */
  workerPosts: number[];
  workerMessages: number[];
  /** When the page wrote to IndexedDB (autosave), so that a long task writing the design is not taken for analysis. */
  storeWrites: number[];
  /** Times stamped by the armed watchers below, by key. */
  marks: Record<string, number>;
  /**
   * Watches for an element matching `selector` inside the canvas's visible area: stamps `<key>:dom`
   * when it appears, `key` at the end of the next frame on the main thread, and `<key>:presented`
   * when its node's new text reaches the screen (Element Timing).
   */
  armAppearance(key: string, selector: string): void;
  /** Stamps `key` with the `timeStamp` of the next click anywhere in the page. */
  armClick(key: string): void;
  /** Resolves with the time an element matching `selector` is (or comes) into the DOM; rejects after `timeoutMs`. */
  waitFor(selector: string, timeoutMs: number): Promise<number>;
}

declare global {
  interface Window {
    __bench?: BenchProbes;
  }
}

/** The init script (runs in the page; self-contained). */
export function installProbes(): void {
  const num = (o: unknown, key: string): number => {
    const v = (o as Record<string, unknown> | null)?.[key];
    return typeof v === 'number' ? v : 0;
  };
  const str = (o: unknown, key: string): string => {
    const v = (o as Record<string, unknown> | null)?.[key];
    return typeof v === 'string' ? v : '';
  };
  const list = (o: unknown, key: string): unknown[] => {
    const v = (o as Record<string, unknown> | null)?.[key];
    return Array.isArray(v) ? (v as unknown[]) : [];
  };
  const label = (target: unknown): string => {
    if (!(target instanceof Element)) return '';
    return target.getAttribute('aria-label') ?? target.closest('[aria-label]')?.getAttribute('aria-label') ?? target.tagName.toLowerCase();
  };

  let frames: number[] = [];
  let sampling = false;
  const probes: BenchProbes = {
    longTasks: [],
    loafs: [],
    events: [],
    firstContentfulPaint: null,
    nodesPaintedAt: null,
    analysisReadyAt: null,
    nextPaint: () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        });
      }),
    startFrames() {
      frames = [];
      sampling = true;
      const tick = (t: number): void => {
        if (!sampling) return;
        frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      sampling = false;
      return frames;
    },
    workerPosts: [],
    workerMessages: [],
    storeWrites: [],
    marks: {},
    armAppearance(key, selector) {
      const visibleMatch = (): Element | undefined => {
        const area = document.querySelector('.react-flow')?.getBoundingClientRect();
        if (!area) return undefined;
        return [...document.querySelectorAll(selector)].find((el) => {
          const r = el.getBoundingClientRect();
          return r.right > area.left && r.left < area.right && r.bottom > area.top && r.top < area.bottom;
        });
      };
      const observer = new MutationObserver(() => {
        const match = visibleMatch();
        if (!match) return;
        observer.disconnect();
        probes.marks[`${key}:dom`] = performance.now();
        // Element Timing reports when new text is first presented on screen: tag the node's new
        // status text (its marks) before it is painted (this callback runs before the next
        // rendering update).
        const node = match.closest('.react-flow__node') ?? match;
        const fresh = node.querySelector('.fla-node-marks') ?? match;
        const text = [fresh, ...fresh.querySelectorAll('*')].find((el) => [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== ''));
        text?.setAttribute('elementtiming', key);
        void probes.nextPaint().then((t) => (probes.marks[key] = t));
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    },
    armClick(key) {
      window.addEventListener('click', (event) => (probes.marks[key] = event.timeStamp), { capture: true, once: true });
    },
    waitFor(selector, timeoutMs) {
      return new Promise((resolve, reject) => {
        if (document.querySelector(selector)) {
          resolve(performance.now());
          return;
        }
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} did not appear within ${String(timeoutMs)} ms`));
        }, timeoutMs);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      });
    },
  };
  window.__bench = probes;

  // Worker traffic, stamped by a listener registered before the app's own (comlink's).
  const stamp = (list: number[]): void => {
    list.push(performance.now());
    if (list.length > 1000) list.splice(0, list.length - 1000);
  };
  const nativePost = Reflect.get(Worker.prototype, 'postMessage') as (this: Worker, ...args: unknown[]) => void;
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]): void {
    stamp(probes.workerPosts);
    nativePost.apply(this, args);
  };
  // IndexedDB writes (the design library's autosave) copy the whole design on the calling thread.
  const nativePut = Reflect.get(IDBObjectStore.prototype, 'put') as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest<IDBValidKey>;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: unknown[]): IDBRequest<IDBValidKey> {
    stamp(probes.storeWrites);
    return nativePut.apply(this, args);
  };
  window.Worker = new Proxy(window.Worker, {
    construct(target, args: unknown[], newTarget: new (...a: unknown[]) => unknown): object {
      const worker = Reflect.construct(target, args, newTarget) as Worker;
      worker.addEventListener('message', () => stamp(probes.workerMessages));
      return worker;
    },
  });

  const observe = (type: string, handle: (entry: PerformanceEntry) => void, extra: Record<string, unknown> = {}): void => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((entries) => entries.getEntries().forEach(handle)).observe({ type, buffered: true, ...extra });
  };
  observe('longtask', (e) => {
    const attribution = list(e, 'attribution').map((a) => `${str(a, 'containerType')}:${str(a, 'containerName') || str(a, 'containerSrc') || str(a, 'name')}`);
    probes.longTasks.push({ start: e.startTime, duration: e.duration, attribution });
  });
  observe('long-animation-frame', (e) => {
    const scripts = list(e, 'scripts').map((s) => ({
      invoker: str(s, 'invoker'),
      invokerType: str(s, 'invokerType'),
      sourceURL: str(s, 'sourceURL'),
      sourceFunctionName: str(s, 'sourceFunctionName'),
      start: num(s, 'startTime'),
      duration: num(s, 'duration'),
    }));
    probes.loafs.push({
      start: e.startTime,
      duration: e.duration,
      blockingDuration: num(e, 'blockingDuration'),
      renderStart: num(e, 'renderStart'),
      styleAndLayoutStart: num(e, 'styleAndLayoutStart'),
      scripts,
    });
  });
  observe(
    'event',
    (e) => {
      probes.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        processingStart: num(e, 'processingStart'),
        processingEnd: num(e, 'processingEnd'),
        interactionId: num(e, 'interactionId'),
        target: label((e as unknown as { target?: unknown }).target),
      });
    },
    { durationThreshold: 16 },
  );
  observe('element', (e) => {
    const id = str(e, 'identifier');
    if (id !== '') probes.marks[`${id}:presented`] = num(e, 'renderTime') || num(e, 'loadTime') || e.startTime;
  });
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') probes.firstContentfulPaint = e.startTime;
  });

  // The first nodes on screen and the first finished analysis, each stamped at its next paint
  // (the bare page has no analysis: it stops watching after the nodes).
  if (window.location.pathname.startsWith('/bench/')) probes.analysisReadyAt = 0;
  const watcher = new MutationObserver(() => {
    if (probes.nodesPaintedAt === null && document.querySelector('.react-flow__node')) {
      probes.nodesPaintedAt = -1;
      void probes.nextPaint().then((t) => (probes.nodesPaintedAt = t));
    }
    if (probes.analysisReadyAt === null && document.querySelector('.fla-indicator--ready')) {
      probes.analysisReadyAt = -1;
      void probes.nextPaint().then((t) => (probes.analysisReadyAt = t));
    }
    if (probes.nodesPaintedAt !== null && probes.analysisReadyAt !== null) watcher.disconnect();
  });
  watcher.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

/**
 * Run before {@link installProbes} and every evaluated function: the TypeScript runner (tsx) names
 * functions with an `__name` helper that does not exist in the page.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';
