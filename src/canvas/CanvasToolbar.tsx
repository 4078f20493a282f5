import { Panel } from '@xyflow/react';
import { useState } from 'react';
import { useDesign, useDesignStoreApi } from '../store/context';
import { arrangeDesign } from './arrange';
import { useCanvasUi, useCanvasUiApi } from './CanvasUiContext';

/** The canvas toolbar: undo, redo, auto-layout and the legend toggle. */
export function CanvasToolbar() {
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  const canUndo = useDesign((s) => s.history.past.length > 0);
  const canRedo = useDesign((s) => s.history.future.length > 0);
  const undoLabel = useDesign((s) => s.history.past.at(-1)?.label);
  const redoLabel = useDesign((s) => s.history.future[0]?.label);
  const legendOpen = useCanvasUi((s) => s.legendOpen);
  const [laying, setLaying] = useState(false);

  const autoLayout = async () => {
    setLaying(true);
    try {
      if (!(await arrangeDesign(store))) ui.getState().showStatus('The design changed during the auto-layout; run it again.', 'refusal');
    } catch (error: unknown) {
      const detail = error instanceof Error ? error.message : String(error);
      ui.getState().showStatus(`The auto-layout failed: ${detail}`, 'refusal');
    } finally {
      setLaying(false);
    }
  };

  return (
    <Panel position="top-left" className="fl-toolbar" role="toolbar" aria-label="Canvas tools">
      <button type="button" className="fl-tool" disabled={!canUndo} title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => store.getState().undo()}>
        Undo
      </button>
      <button type="button" className="fl-tool" disabled={!canRedo} title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={() => store.getState().redo()}>
        Redo
      </button>
      <span className="fl-toolbar-divider" aria-hidden="true" />
      <button type="button" className="fl-tool" disabled={laying} aria-busy={laying} onClick={() => void autoLayout()} title="Arrange every resource inside its region and zone">
        {laying ? 'Arranging…' : 'Auto-layout'}
      </button>
      <button type="button" className="fl-tool" aria-pressed={legendOpen} onClick={() => ui.getState().toggleLegend()}>
        Legend
      </button>
    </Panel>
  );
}
