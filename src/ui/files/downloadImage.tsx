/**
 * Downloads an image of the whole diagram: the legend is rendered off screen (at the width the
 * image will have), captured with the viewport, and removed again.
 *
 * The canvas renders only the nodes in view, so the view is fitted to the whole design for the
 * moment of the capture and put back afterwards.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { EdgeMarkers } from '../../canvas/edges/EdgeMarkers';
import { downloadBlob } from '../../files/download';
import { imageFileName } from '../../files/fileName';
import type { DesignStore } from '../../store/designStore';
import { scenarioTitle } from '../analysis/scenarioWords';
import { ExportLegend } from './ExportLegend';
import { captureDiagram, flowViewport, type ImageFormat } from './imageExport';
import { legendConnections } from './legendConnections';

const CANVAS = '[data-testid="canvas"] .react-flow';

/** Lets the browser lay out and paint what React rendered. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Exports the open design's diagram as an image; rejects with a message the user can read. Loaded
 * on first use (see `useImageDownload`).
 */
export async function downloadDiagramImage(flow: ReactFlowInstance, store: DesignStore, format: ImageFormat): Promise<void> {
  const root = document.querySelector<HTMLElement>(CANVAS);
  if (!root) throw new Error('The canvas is not on screen, so there is nothing to draw');
  const { file, scenario } = store.getState();
  const names = new Map(file.design.resources.map((r) => [r.id, r.name]));
  const noOutage = scenario.failedAzs.length === 0 && scenario.failedRegions.length === 0;
  const legendProps = {
    designName: file.design.name,
    scenario: noOutage ? null : scenarioTitle(scenario, (id) => names.get(id) ?? id),
    connections: legendConnections(file),
    definitions: <EdgeMarkers />,
  };

  const bounds = flow.getNodesBounds(flow.getNodes());
  const view = flow.getViewport();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  // Off screen but laid out, so that the legend can be measured and captured.
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
  document.body.append(host);
  const legendRoot = createRoot(host);
  try {
    const renderLegend = (width: number): HTMLElement => {
      flushSync(() => legendRoot.render(<ExportLegend {...legendProps} width={width} />));
      const element = host.firstElementChild;
      if (!(element instanceof HTMLElement)) throw new Error('The legend could not be drawn');
      return element;
    };
    await flow.fitView({ padding: 0.02, duration: 0 });
    await nextFrame();
    await nextFrame();
    const { blob } = await captureDiagram({ viewport: flowViewport(root), bounds, renderLegend, format }, file.design.name);
    downloadBlob(blob, imageFileName(file.design.name, format));
  } finally {
    legendRoot.unmount();
    host.remove();
    await flow.setViewport(view, { duration: 0 });
  }
}
