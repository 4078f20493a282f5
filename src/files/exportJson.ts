/**
 * The JSON export of a design: the document (semantics and layout) in the stable serialization, so
 * exporting the same design twice gives the same bytes.
 */
import { serializeDesignFile } from '../model/serialize';
import type { DesignFile } from '../model/types';
import { designFileName } from './fileName';

/** The media type of a design file. */
export const DESIGN_MEDIA_TYPE = 'application/json';

/** A file ready to be handed to the browser for download. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  text: string;
}

/** The design file's export: `<design name>.faultline.json` with the canonical text. */
export function exportDesignJson(file: DesignFile): ExportedFile {
  return { fileName: designFileName(file.design.name), mediaType: DESIGN_MEDIA_TYPE, text: serializeDesignFile(file) };
}
