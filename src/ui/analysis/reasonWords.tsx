/**
 * The engine's reason sentences (`describeReason`, about 7 kB of text and wording rules) are not
 * needed to open a design or to draw an outage: the panels and tooltips that show them load them on
 * first use, and the services panel fetches them once the first analysis is on screen and the
 * browser is idle, so that they are usually there before the first click on a zone. Until they
 * arrive, each user shows a shorter text of its own (see `describeService`).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { describeReason } from '../../engine/reasonText';
import { loadOnce } from '../loadOnce';
import { whenIdle } from '../whenIdle';

/** The engine's sentence writer for a reason. */
export type DescribeReason = typeof describeReason;

/** Where the sentences are: `describe` once loaded; `failed` after a load that did not succeed. */
export interface ReasonWords {
  describe: DescribeReason | null;
  failed: boolean;
}

/** When a component needs the sentences: on this render, once the browser is idle, or not yet. */
export type ReasonWordsNeed = 'now' | 'idle' | null;

let words: ReasonWords = { describe: null, failed: false };
const listeners = new Set<() => void>();

function publish(next: ReasonWords): void {
  words = next;
  for (const listener of listeners) listener();
}

const reasonText = loadOnce(() => import('../../engine/reasonText'), {
  loaded: (module) => publish({ describe: module.describeReason, failed: false }),
  failed: () => publish({ describe: null, failed: true }),
});

/**
 * Loads the sentences once; later calls share the load. A failed load is reported to the users
 * (`failed`) and tried again by the next call.
 */
export function loadReasonWords(): Promise<DescribeReason> {
  return reasonText.load().then((module) => module.describeReason);
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = (): ReasonWords => words;

/**
 * The sentence writer for a component, loading it as `need` says. The component re-renders when the
 * sentences arrive (or fail to).
 */
export function useReasonWords(need: ReasonWordsNeed): ReasonWords {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const loaded = current.describe !== null;
  useEffect(() => {
    if (loaded || need === null) return undefined;
    const load = (): void => void loadReasonWords().catch(() => undefined);
    if (need === 'now') {
      load();
      return undefined;
    }
    return whenIdle(load);
  }, [loaded, need]);
  return current;
}

/** Shown when the reason sentences could not be loaded (the app was updated on the server, the connection dropped). */
export function ReasonWordsFailure() {
  return (
    <p className="fla-muted" role="alert">
      Faultline could not load the sentences that explain each status. Reload the page to see them; your design is kept.
    </p>
  );
}
