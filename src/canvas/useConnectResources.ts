/**
 * Drawing a connection of a chosen kind as one undo step, reporting a refusal in the status area
 * and selecting what was created (the new pool member, or the new connection).
 */
import { useCallback } from 'react';
import type { ConnectionKind, ConnectResult } from '../model/connections';
import { nameOfId } from '../model/connectionReasons';
import type { ResourceId } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import { useCanvasUiApi } from './CanvasUiContext';
import { withConnectionRules } from './connectionRules';
import { CONNECTION_KIND_LABELS } from './labels';

/** A function that connects `from` to `to` with a connection of `kind`. */
export function useConnectResources(): (from: ResourceId, to: ResourceId, kind: ConnectionKind) => void {
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  return useCallback(
    (from, to, kind) => {
      // The rules are loaded by the time a connection is drawn (its intent needed them); a
      // connection made before that is drawn when they arrive.
      withConnectionRules(
        ({ connect }) => {
          const design = store.getState().file.design;
          const label = `${CONNECTION_KIND_LABELS[kind]}: ${nameOfId(design, from)} → ${nameOfId(design, to)}`;
          const outcome: { result: ConnectResult | null } = { result: null };
          store.getState().commit(label, (file) => {
            const result = connect(file, from, to, kind);
            outcome.result = result;
            return result.ok ? result.file : file;
          });
          const result = outcome.result;
          if (!result) return;
          if (!result.ok) {
            ui.getState().showStatus(result.reason, 'refusal');
            return;
          }
          const { created } = result;
          if (created.resourceId !== undefined) store.getState().select({ resources: [created.resourceId], connections: [] });
          else store.getState().select({ resources: [], connections: created.connections.map((c) => c.id) });
          ui.getState().showStatus(`Connected: ${label}.`);
        },
        (message) => ui.getState().showStatus(message, 'refusal'),
      );
    },
    [store, ui],
  );
}
