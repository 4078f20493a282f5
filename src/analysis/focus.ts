/**
 * Focusing a resource from anywhere in the app (an explanation step, a finding, a table row):
 * select it in the store and ask the canvas to bring it into view.
 *
 * The request travels as a DOM event, `faultline:focus` on `window` with the resource id as
 * `detail`, so panels need no handle on React Flow and the canvas needs no handle on the panels:
 * the canvas listens with {@link useFocusRequests} and centres the node (`setCenter`).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { ResourceId } from '../model/types';
import { useDesignStoreApi } from '../store/context';

/** The name of the focus request event. */
export const FOCUS_EVENT = 'faultline:focus';

/** Asks the canvas to bring a resource into view. */
export function requestFocus(id: ResourceId): void {
  window.dispatchEvent(new CustomEvent<string>(FOCUS_EVENT, { detail: id }));
}

/** Selects a resource and asks the canvas to bring it into view. */
export function useFocusResource(): (id: ResourceId) => void {
  const store = useDesignStoreApi();
  return useCallback(
    (id) => {
      store.getState().select({ resources: [id], connections: [] });
      requestFocus(id);
    },
    [store],
  );
}

/** Calls `onFocus` with the resource id of every focus request (for the canvas). */
export function useFocusRequests(onFocus: (id: ResourceId) => void): void {
  const latest = useRef(onFocus);
  useEffect(() => {
    latest.current = onFocus;
  });
  useEffect(() => {
    const listener = (event: Event): void => {
      const id: unknown = event instanceof CustomEvent ? event.detail : undefined;
      if (typeof id === 'string') latest.current(id as ResourceId);
    };
    window.addEventListener(FOCUS_EVENT, listener);
    return () => window.removeEventListener(FOCUS_EVENT, listener);
  }, []);
}
