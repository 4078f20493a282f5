import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DesignState, DesignStore } from '../store/designStore';
import { useDesignStoreApi } from '../store/context';
import { createEngineClient } from '../worker/engineClient';
import type { EngineClient } from '../worker/protocol';
import type { AnalysisTarget } from '../queries/analysis';
import { AnalysisHubContext } from './context';
import { createAnalysisHub } from './hub';
import { idleScheduler, type IdleScheduler } from './prefetch';
import { createRunner, reusableClient } from './runner';

/** Props of {@link AnalysisProvider}. */
export interface AnalysisProviderProps {
  children: ReactNode;
  /** Makes the engine client; defaults to the real analysis worker (tests pass a fake). */
  createClient?: () => Pick<EngineClient, 'analyze' | 'dispose'>;
  /** Quiet time after the last change before analysing (default 150 ms). */
  debounceMs?: number;
  /** When single-zone outages are fetched ahead (default: in idle time); null: never. */
  prefetchWhen?: IdleScheduler | null;
}

const targetOf = (s: DesignState): AnalysisTarget => ({
  designId: s.file.design.id,
  designRevision: s.designRevision,
  design: s.file.design,
  scenario: s.scenario,
});

/**
 * Keeps the analysis of the open design current: one engine client (the worker) for the app's
 * lifetime; every change of the design or of the simulated scenario is analysed again after a
 * short quiet time, newest revision first; once a revision is analysed, its single-zone outages
 * are fetched ahead in idle time (see `prefetch`). Needs a `QueryClientProvider` and a
 * `DesignStoreProvider` above it.
 */
export function AnalysisProvider({ children, createClient = createEngineClient, debounceMs, prefetchWhen = idleScheduler }: AnalysisProviderProps) {
  const queryClient = useQueryClient();
  const store = useDesignStoreApi();
  const [parts] = useState(() => {
    const client = reusableClient(createClient);
    return { client, hub: createAnalysisHub({ queryClient, runner: createRunner(client), debounceMs, prefetchWhen: prefetchWhen ?? undefined }) };
  });
  const lastStore = useRef<DesignStore | null>(null);

  useEffect(() => {
    const { hub } = parts;
    // Another store means another design whose revisions count from the start again.
    if (lastStore.current !== null && lastStore.current !== store) hub.reset();
    lastStore.current = store;
    hub.request(targetOf(store.getState()));
    const unsubscribe = store.subscribe((s, prev) => {
      // Another design opened: its zones are not the ones that were failed, so stop simulating.
      if (s.file.design.id !== prev.file.design.id && (s.scenario.failedAzs.length > 0 || s.scenario.failedRegions.length > 0)) {
        s.clearScenario();
        return;
      }
      if (s.file.design !== prev.file.design || s.designRevision !== prev.designRevision || s.scenario !== prev.scenario) {
        hub.request(targetOf(s));
      }
    });
    return () => {
      unsubscribe();
      hub.dispose();
    };
  }, [store, parts]);

  useEffect(() => () => parts.client.dispose(), [parts]);

  return <AnalysisHubContext.Provider value={parts.hub}>{children}</AnalysisHubContext.Provider>;
}
