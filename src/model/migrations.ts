/**
 * Named, versioned migrations of the design file (in the manner of tldraw's migrations): each step
 * takes a document of one format version to the next, and they run in sequence from the file's
 * version up to {@link FORMAT_VERSION}. Steps see untrusted data (already stripped of prototype
 * keys), so they only move what is there and leave all checking to restore.
 */
import { isRecord } from './restore-sanitize';
import { FORMAT_VERSION } from './types';

/** A step from format version `n` (its key in {@link MIGRATIONS}) to `n + 1`. */
export type Migration = (doc: unknown) => unknown;

/** Copies the fields of `source` named in `keys` that are present, in that order. */
function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * Version 0, the pre-release format: the design's `id`, `name`, `description`, `resources` and
 * `relations` at the top level, and canvas positions as `positions: { [id]: { x, y } }`.
 * Version 1 wraps the semantics in `design` and the positions in `layout.nodes`.
 */
const wrapDesign: Migration = (doc) => {
  if (!isRecord(doc)) return doc;
  const layout = doc.positions === undefined ? undefined : { nodes: doc.positions };
  return {
    ...pick(doc, ['format']),
    version: 1,
    design: pick(doc, ['id', 'name', 'description', 'resources', 'relations']),
    ...(layout ? { layout } : {}),
  };
};

/** The migration from each version to the next, keyed by the version it starts from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: wrapDesign,
};

/** The oldest format version restore can still read. */
export const OLDEST_READABLE_VERSION = 0;

/**
 * `doc` (of format version `fromVersion`) brought to {@link FORMAT_VERSION} by running every step
 * in order. Throws when a step is missing, which would be a bug in this registry.
 */
export function migrateDesignDocument(doc: unknown, fromVersion: number): unknown {
  let current = doc;
  for (let version = fromVersion; version < FORMAT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from design format version ${version} to ${version + 1}`);
    current = step(current);
  }
  return current;
}
