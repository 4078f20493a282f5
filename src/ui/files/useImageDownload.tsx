/**
 * The image download command. The capture, the legend and html-to-image are loaded when an image
 * is first asked for (see `downloadImage`), not with the app.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { DesignStore } from '../../store/designStore';
import type { ImageFormat } from './imageExport';

/** Exports the open design's diagram as an image; rejects with a message the user can read. */
export function useImageDownload(store: DesignStore): (format: ImageFormat) => Promise<void> {
  const flow = useReactFlow();
  return useCallback(
    async (format: ImageFormat) => {
      const { downloadDiagramImage } = await import('./downloadImage');
      await downloadDiagramImage(flow, store, format);
    },
    [flow, store],
  );
}
