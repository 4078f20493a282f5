/**
 * A free design id for a file opened as a new library design. Apart from `roundTrip.ts` so that
 * opening a file does not load the serializer at start-up.
 */
import { designId, newId } from '../model/ids';
import type { DesignFile } from '../model/types';

/**
 * The file as a new design for the library: unchanged when its id is free, otherwise with a fresh
 * id, so an import never overwrites a saved design.
 */
export function withFreeDesignId(file: DesignFile, takenIds: ReadonlySet<string>): DesignFile {
  if (!takenIds.has(file.design.id)) return file;
  let id = designId(newId('design'));
  while (takenIds.has(id)) id = designId(newId('design'));
  return { ...file, design: { ...file.design, id } };
}
