/**
 * What "the same document" means for export/import round trips and for opening a file as a new
 * design: every byte of the stable serialization (semantics and layout, viewport included) except
 * the design id, which an import replaces when the library already holds a design with that id.
 */
import { designId } from '../model/ids';
import { serializeDesignFile } from '../model/serialize';
import type { DesignFile } from '../model/types';

export { withFreeDesignId } from './freeDesignId';

const COMPARED_ID = designId('compared');

/** The serialization of `file` with its design id blanked out: equal texts mean identical documents. */
export function comparableText(file: DesignFile): string {
  return serializeDesignFile({ ...file, design: { ...file.design, id: COMPARED_ID } });
}

/** True when two documents are identical apart from their design ids (see {@link comparableText}). */
export function sameDocument(a: DesignFile, b: DesignFile): boolean {
  return comparableText(a) === comparableText(b);
}
