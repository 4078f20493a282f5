/**
 * Import of design files: gate, envelope, migrate, restore, check (ARCHITECTURE.md practice 5).
 *
 * 1. Gate (text only): size limit, binary content, empty text, JSON syntax.
 * 2. Sanitize: a fresh copy without prototype keys (`restore-sanitize.ts`).
 * 3. Envelope: the format tag and a version this app can read.
 * 4. Migrate to the current version (`migrations.ts`).
 * 5. Restore entry by entry (`restore-entries.ts`): unknown kinds skipped, ids generated or repaired,
 *    defaults filled, every field validated; a wrong field rejects the file with its exact path.
 * 6. References (`restore-references.ts`) and layout (`restore-layout.ts`): repaired, with warnings.
 *
 * Warnings are shown to the user before the import is accepted, so each one says what was found,
 * where, and what restore did about it.
 */
import { designId, newId } from './ids';
import { migrateDesignDocument, OLDEST_READABLE_VERSION } from './migrations';
import { restoreResources, restoreRelations, parseEntry, warnUnknownFields } from './restore-entries';
import { gateText } from './restore-gate';
import { IdRegistry } from './restore-ids';
import { describeFound, fail, RestoreFailure, WarningList, type RestoreIssue } from './restore-issues';
import { resolveReferences } from './restore-references';
import { restoreLayout } from './restore-layout';
import { isRecord, sanitize } from './restore-sanitize';
import { designSchema } from './schema';
import { FORMAT_TAG, FORMAT_VERSION, type Design, type DesignFile, type Resource } from './types';

export type { RestoreIssue } from './restore-issues';
export { MAX_DESIGN_BYTES } from './limits';

/** The outcome of an import: the restored file with what was repaired, or why it was refused. */
export type RestoreResult =
  | { ok: true; file: DesignFile; warnings: RestoreIssue[] }
  | { ok: false; error: RestoreIssue };

const FILE_FIELDS = ['format', 'version', 'design', 'layout'];
const DESIGN_FIELDS = Object.keys(designSchema.shape);
const designIdOnly = designSchema.pick({ id: true });
const designTextSchema = designSchema.pick({ name: true, description: true });

/** Reads the envelope and returns the file's format version. */
function readEnvelope(doc: unknown): number {
  if (!isRecord(doc)) fail('', `A Faultline design is a JSON object, but this file holds ${describeFound(doc)}`);
  const { format, version } = doc;
  if (format === undefined) {
    fail('format', `This is not a Faultline design: it has no "format" field (expected "${FORMAT_TAG}")`);
  }
  if (format !== FORMAT_TAG) {
    fail('format', `This is not a Faultline design: its format is ${describeFound(format)}, expected "${FORMAT_TAG}"`);
  }
  if (version === undefined) fail('version', `The design has no format version (expected a whole number such as ${FORMAT_VERSION})`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION) {
    fail('version', `The format version must be a whole number such as ${FORMAT_VERSION}, found ${describeFound(version)}`);
  }
  if (version > FORMAT_VERSION) {
    fail('version', `This design was made by a newer Faultline (format version ${version}; this app reads up to ${FORMAT_VERSION})`);
  }
  return version;
}

function restoreDesignHeader(raw: Record<string, unknown>, warnings: WarningList): Pick<Design, 'id' | 'name' | 'description'> {
  warnUnknownFields(raw, DESIGN_FIELDS, 'design', 'The design', warnings);
  let id;
  if (raw.id === undefined) {
    id = designId(newId('design'));
    warnings.add('design.id', `The design had no id; it now has the id ${JSON.stringify(id)}`);
  } else {
    id = parseEntry(designIdOnly, { id: raw.id }, 'design', 'The design').id;
  }
  const { name, description } = parseEntry(designTextSchema, raw, 'design', 'The design');
  return { id, name, description };
}

function restoreDocument(input: unknown, warnings: WarningList): DesignFile {
  const clean = sanitize(input, warnings);
  const doc = migrateDesignDocument(clean, readEnvelope(clean));
  if (!isRecord(doc)) fail('', 'The design could not be brought up to the current format');
  warnUnknownFields(doc, FILE_FIELDS, '', 'The file', warnings);
  const rawDesign = doc.design;
  if (rawDesign === undefined) fail('design', 'The file has no "design" object with the resources and relations');
  if (!isRecord(rawDesign)) fail('design', `The "design" field must be an object, found ${describeFound(rawDesign)}`);

  const header = restoreDesignHeader(rawDesign, warnings);
  const ids = new IdRegistry([rawDesign.resources, rawDesign.relations]);
  const skipped = new Set<string>();
  const resourceEntries = restoreResources(rawDesign.resources, ids, skipped, warnings);
  const byId = new Map<string, Resource>(resourceEntries.map((e) => [e.value.id, e.value]));
  const relationEntries = restoreRelations(rawDesign.relations, byId, ids, warnings);
  const { resources, relations } = resolveReferences(resourceEntries, relationEntries, skipped, warnings);

  const kept = new Map<string, Resource>(resources.map((r) => [r.id, r]));
  const removed = new Set<string>(skipped);
  for (const id of byId.keys()) if (!kept.has(id)) removed.add(id);
  const layout = restoreLayout(doc.layout, kept, removed, warnings);

  return { format: FORMAT_TAG, version: FORMAT_VERSION, design: { ...header, resources, relations }, layout };
}

/**
 * Restores an already-parsed JSON value (e.g. from `JSON.parse` or a structured clone) into a
 * complete, valid design file, or refuses it with the exact place and reason.
 */
export function restoreDesignFile(input: unknown): RestoreResult {
  const warnings = new WarningList();
  try {
    const file = restoreDocument(input, warnings);
    return { ok: true, file, warnings: warnings.toArray() };
  } catch (error) {
    if (error instanceof RestoreFailure) return { ok: false, error: error.issue };
    throw error;
  }
}

/** Restores the raw text of a file or a paste (see {@link restoreDesignFile}). */
export function parseDesignText(text: string): RestoreResult {
  const gated = gateText(text);
  return gated.ok ? restoreDesignFile(gated.value) : gated;
}
