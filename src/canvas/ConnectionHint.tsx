import { useConnection, ViewportPortal } from '@xyflow/react';
import type { ResourceId } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import { useConnectionRules } from './connectionRules';
import { CONNECTION_KIND_LABELS } from './labels';

/**
 * While a connection is drawn over a node, says next to the pointer what it will create, or why it
 * cannot be made (or, in the moment before the connection rules have loaded, that it is checking).
 * Renders nothing otherwise.
 */
export function ConnectionHint() {
  const connection = useConnection();
  const store = useDesignStoreApi();
  const rules = useConnectionRules();
  if (!connection.inProgress || !connection.toNode) return null;
  const intent = rules?.connectionIntent(store.getState().file.design, connection.fromNode.id as ResourceId, connection.toNode.id as ResourceId);
  const text = !intent
    ? 'Checking whether these can be connected…'
    : intent.ok
      ? intent.kinds.length === 1
        ? CONNECTION_KIND_LABELS[intent.kinds[0] ?? 'dependsOn']
        : `Choose: ${intent.kinds.map((k) => CONNECTION_KIND_LABELS[k]).join(', ')}`
      : intent.reason;
  return (
    <ViewportPortal>
      <div
        className={`fl-connection-hint${!intent ? '' : intent.ok ? ' is-valid' : ' is-refused'}`}
        role="tooltip"
        data-testid="connection-hint"
        style={{ transform: `translate(${connection.pointer.x + 16}px, ${connection.pointer.y + 16}px)` }}
      >
        {text}
      </div>
    </ViewportPortal>
  );
}
