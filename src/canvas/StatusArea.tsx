import { useEffect } from 'react';
import { useCanvasUi, useCanvasUiApi } from './CanvasUiContext';

/** How long a message stays before it fades away on its own. */
const MESSAGE_MS = 7000;

/**
 * The canvas status line: what an action did, or why it was refused. A polite live region, so
 * screen readers announce each message; it clears itself after a while or when dismissed.
 */
export function StatusArea() {
  const status = useCanvasUi((s) => s.status);
  const ui = useCanvasUiApi();
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => {
      if (ui.getState().status?.id === status.id) ui.getState().clearStatus();
    }, MESSAGE_MS);
    return () => window.clearTimeout(timer);
  }, [status, ui]);
  return (
    <div className="fl-canvas-status" role="status" aria-live="polite" data-testid="canvas-status">
      {status && (
        <div key={status.id} className={`fl-canvas-status-message is-${status.tone}`}>
          <span className="fl-canvas-status-text">{status.text}</span>
          <button type="button" className="fl-canvas-status-close" aria-label="Dismiss message" onClick={() => ui.getState().clearStatus()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
