/**
 * The connection rules (what may be connected to what, and drawing it) are not needed to open a
 * design or to simulate an outage, so they are loaded on first use: the canvas fetches them once
 * it has been idle for a while after opening, and at the latest when a connection drag starts.
 * Until they are there, a drag over a node is not yet accepted and its hint says it is checking;
 * a connection finished in that moment is drawn when they arrive.
 */
import { useSyncExternalStore } from 'react';
import { loadOnce } from '../ui/loadOnce';
import { whenIdle } from '../ui/whenIdle';
import type * as RulesModule from './connectionRulesChunk';

/** The loaded rules: `connectionIntent` and `connect`. */
export type ConnectionRules = typeof RulesModule;

/** Shown in the status area when the rules' code could not be loaded. */
export const RULES_LOAD_FAILURE = 'Faultline could not load its connection rules, so nothing was connected. Reload the page to try again; your design is kept.';

/** How long after opening the canvas waits before fetching the rules when idle. */
const PRELOAD_AFTER_MS = 2000;

const listeners = new Set<() => void>();
const chunk = loadOnce(() => import('./connectionRulesChunk'), {
  loaded: () => {
    for (const listener of listeners) listener();
  },
});

/** Loads the rules once; later calls share the load, and a failed load is tried again by the next call. */
export function loadConnectionRules(): Promise<ConnectionRules> {
  return chunk.load();
}

/** Starts loading the rules (if needed) without waiting for them; a failure shows where they are used. */
export function preloadConnectionRules(): void {
  chunk.preload();
}

/** The rules if they are loaded; otherwise null, and they start loading. */
export function connectionRulesNow(): ConnectionRules | null {
  const rules = chunk.current();
  if (rules === null) preloadConnectionRules();
  return rules;
}

/**
 * Runs `run` with the rules: at once when they are loaded, otherwise when they arrive; calls
 * `failed` with {@link RULES_LOAD_FAILURE} when they cannot be loaded.
 */
export function withConnectionRules(run: (loaded: ConnectionRules) => void, failed: (message: string) => void): void {
  chunk.withModule(run, () => failed(RULES_LOAD_FAILURE));
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = (): ConnectionRules | null => chunk.current();

/** The rules for a component, which re-renders when they arrive (null until then). */
export function useConnectionRules(): ConnectionRules | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * Schedules the rules' load for when the opened canvas has been idle for a while; returns a cancel
 * (for an effect's clean-up).
 */
export function preloadConnectionRulesWhenIdle(): () => void {
  let cancelIdle: (() => void) | null = null;
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(preloadConnectionRules);
  }, PRELOAD_AFTER_MS);
  return () => {
    clearTimeout(timer);
    cancelIdle?.();
  };
}
