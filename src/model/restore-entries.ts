/**
 * Restore of the resource and relation lists, one entry at a time (in the manner of Excalidraw's
 * `restoreElements`): entries of unknown kind are skipped, missing ids are generated, duplicate ids
 * repaired, context-dependent defaults filled, and each entry is validated with its kind's schema.
 * A wrong value in a known field rejects the whole file with the exact path of that field.
 */
import type { z } from 'zod';
import { objectStorageUrl } from './provider-names';
import type { IdRegistry } from './restore-ids';
import {
  describeFound,
  fail,
  fieldPath,
  joinPath,
  noun,
  subject,
  title,
  withArticle,
  type RestoreIssue,
  type WarningList,
} from './restore-issues';
import { isRecord } from './restore-sanitize';
import {
  defaultDependencyVia,
  defaultDnsTargetRole,
  isValidId,
  MAX_ID_LENGTH,
  relationObjectSchemas,
  relationSchemas,
  resourceObjectSchemas,
  resourceSchemas,
} from './schema';
import { RELATION_KINDS, RESOURCE_KINDS, type Relation, type RelationKind, type Resource, type ResourceKind } from './types';

/** A restored resource or relation and where it stood in the file. */
export interface Entry<T> {
  value: T;
  path: string;
}

const isResourceKind = (k: string): k is ResourceKind => (RESOURCE_KINDS as readonly string[]).includes(k);
const isRelationKind = (k: string): k is RelationKind => (RELATION_KINDS as readonly string[]).includes(k);

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current = root;
  for (const s of segments) {
    if (Array.isArray(current) && typeof s === 'number') current = current[s];
    else if (isRecord(current) && typeof s === 'string') current = current[s];
    else return undefined;
  }
  return current;
}

/**
 * Validates `input` with `schema`: the parsed value, or the first wrong field as an issue whose
 * path extends `path` and whose message names `who`, the field, what it must be and what was found.
 */
export function check<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  path: string,
  who: string,
): { ok: true; value: T } | { ok: false; issue: RestoreIssue } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, issue: { path, message: `${who} is not valid` } };
  const found = valueAt(input, issue.path);
  const field = fieldPath(issue.path);
  return {
    ok: false,
    issue: {
      path: issue.path.reduce<string>((p, s) => joinPath(p, typeof s === 'number' ? s : String(s)), path),
      message:
        found === undefined
          ? `${who}: ${field} is missing; it ${issue.message}`
          : `${who}: ${field} ${issue.message}, found ${describeFound(found)}`,
    },
  };
}

/** Validates `input` with `schema`, or rejects the file naming the first wrong field. */
export function parseEntry<T>(schema: z.ZodType<T>, input: Record<string, unknown>, path: string, who: string): T {
  const result = check(schema, input, path, who);
  if (!result.ok) fail(result.issue.path, result.issue.message);
  return result.value;
}

/** Warns about the fields of `raw` that are not in `known` (they are left out of the result). */
export function warnUnknownFields(raw: Record<string, unknown>, known: readonly string[], path: string, who: string, warnings: WarningList): void {
  const unknown = Object.keys(raw).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const names = unknown.map((k) => JSON.stringify(k)).join(', ');
  const at = unknown.length === 1 ? joinPath(path, unknown[0] ?? '') : path;
  warnings.add(at, `${who}: ignored the unknown ${unknown.length === 1 ? 'field' : 'fields'} ${names}`);
}

/** Reads the entry's kind: rejects a missing or non-text kind, returns null for an unknown one. */
function readKind<K extends string>(raw: Record<string, unknown>, path: string, what: string, known: (k: string) => k is K): K | null {
  const kind = raw.kind;
  const idNote = typeof raw.id === 'string' ? ` ${JSON.stringify(raw.id)}` : '';
  if (kind === undefined) fail(joinPath(path, 'kind'), `The ${what}${idNote} has no kind; it must say what it is`);
  if (typeof kind !== 'string') {
    fail(joinPath(path, 'kind'), `The ${what}${idNote} has a kind that is not text, found ${describeFound(kind)}`);
  }
  return known(kind) ? kind : null;
}

/** The entry's id: the given one, a repaired duplicate, or a new one when it has none. */
function settleId(
  raw: Record<string, unknown>,
  kind: ResourceKind | RelationKind,
  path: string,
  ids: IdRegistry,
  warnings: WarningList,
  missing: () => { id: string; note: string },
): unknown {
  const id = raw.id;
  if (id === undefined) {
    const made = missing();
    warnings.add(joinPath(path, 'id'), `${made.note}; it now has the id ${JSON.stringify(made.id)}`);
    ids.claim(made.id, kind);
    return made.id;
  }
  if (!isValidId(id)) return id; // the schema rejects it with the exact reason
  const owner = ids.owner(id);
  if (owner === undefined) {
    ids.claim(id, kind);
    return id;
  }
  const repaired = ids.unique(id);
  ids.claim(repaired, kind);
  warnings.add(
    joinPath(path, 'id'),
    `${subject(kind, id)} has the same id as an earlier ${noun(owner)}; it now has the id ${JSON.stringify(repaired)}, ` +
      `and references to ${JSON.stringify(id)} still mean the ${noun(owner)}`,
  );
  return repaired;
}

function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function who(kind: ResourceKind | RelationKind, id: unknown): string {
  return isValidId(id) ? subject(kind, id) : title(kind);
}

/** Restores `design.resources`; the ids of entries of unknown kind are added to `skipped`. */
export function restoreResources(
  list: unknown,
  ids: IdRegistry,
  skipped: Set<string>,
  warnings: WarningList,
): Entry<Resource>[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) fail('design.resources', `The list of resources must be a list, found ${describeFound(list)}`);
  const entries: Entry<Resource>[] = [];
  const zonesPerRegion = new Map<unknown, number>();
  const endpointsWithoutUrl: Entry<Resource>[] = [];
  list.forEach((raw: unknown, i) => {
    const path = joinPath('design.resources', i);
    if (!isRecord(raw)) fail(path, `Each resource must be an object, found ${describeFound(raw)}`);
    const kind = readKind(raw, path, 'resource', isResourceKind);
    if (kind === null) {
      const name = typeof raw.id === 'string' ? ` ${JSON.stringify(raw.id)}` : '';
      warnings.add(path, `Skipped the resource${name}: Faultline has no resource kind ${describeFound(raw.kind)}`);
      if (typeof raw.id === 'string') skipped.add(raw.id);
      return;
    }
    const input: Record<string, unknown> = { ...raw };
    input.id = settleId(raw, kind, path, ids, warnings, () => ({
      id: ids.fresh(kind),
      note: `${sentenceStart(withArticle(kind))} had no id`,
    }));
    if (kind === 'availabilityZone') {
      // An AZ's default order is its position among the AZs of its region in the file.
      const position = zonesPerRegion.get(raw.region) ?? 0;
      zonesPerRegion.set(raw.region, position + 1);
      if (raw.order === undefined) input.order = position;
    }
    const name = who(kind, input.id);
    warnUnknownFields(raw, Object.keys(resourceObjectSchemas[kind].shape), path, name, warnings);
    const schema = resourceSchemas[kind] as unknown as z.ZodType<Resource>;
    const entry = { value: parseEntry(schema, input, path, name), path };
    entries.push(entry);
    if (kind === 'objectStorageEndpoint' && raw.url === undefined) endpointsWithoutUrl.push(entry);
  });
  fillEndpointUrls(endpointsWithoutUrl, entries);
  return entries;
}

/** An endpoint without a URL gets the provider's URL for its AZ (kept empty when it has none). */
function fillEndpointUrls(endpoints: Entry<Resource>[], entries: readonly Entry<Resource>[]): void {
  if (endpoints.length === 0) return;
  const zones = new Map<string, string>();
  for (const { value } of entries) {
    if (value.kind === 'availabilityZone' && !zones.has(value.id)) zones.set(value.id, value.name);
  }
  for (const entry of endpoints) {
    const e = entry.value;
    if (e.kind !== 'objectStorageEndpoint' || e.availabilityZone === null) continue;
    const zoneName = zones.get(e.availabilityZone);
    if (zoneName !== undefined) entry.value = { ...e, url: objectStorageUrl(zoneName, e.api, e.replicated) };
  }
}

/** Restores `design.relations`; `resources` (by id) supplies the defaults that depend on the ends. */
export function restoreRelations(
  list: unknown,
  resources: ReadonlyMap<string, Resource>,
  ids: IdRegistry,
  warnings: WarningList,
): Entry<Relation>[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) fail('design.relations', `The list of relations must be a list, found ${describeFound(list)}`);
  const entries: Entry<Relation>[] = [];
  list.forEach((raw: unknown, i) => {
    const path = joinPath('design.relations', i);
    if (!isRecord(raw)) fail(path, `Each relation must be an object, found ${describeFound(raw)}`);
    const kind = readKind(raw, path, 'relation', isRelationKind);
    if (kind === null) {
      const name = typeof raw.id === 'string' ? ` ${JSON.stringify(raw.id)}` : '';
      warnings.add(path, `Skipped the relation${name}: Faultline has no relation kind ${describeFound(raw.kind)}`);
      return;
    }
    const input: Record<string, unknown> = { ...raw };
    input.id = settleId(raw, kind, path, ids, warnings, () => {
      const from = typeof raw.from === 'string' ? raw.from : '?';
      const to = typeof raw.to === 'string' ? raw.to : '?';
      const derived = `${kind}:${from}->${to}`;
      return {
        // Very long ends would make the derived id too long to be valid; those get a random one.
        id: derived.length + 4 <= MAX_ID_LENGTH ? ids.unique(derived) : ids.fresh(kind),
        note: `The ${noun(kind)} from ${JSON.stringify(from)} to ${JSON.stringify(to)} had no id`,
      };
    });
    const target = typeof raw.to === 'string' ? resources.get(raw.to) : undefined;
    const source = typeof raw.from === 'string' ? resources.get(raw.from) : undefined;
    if (kind === 'dependsOn' && raw.via === undefined) input.via = target ? defaultDependencyVia(target.kind) : 'private';
    if (kind === 'dnsTarget' && raw.role === undefined) {
      input.role = defaultDnsTargetRole(source?.kind === 'dnsRecord' ? source.mode : 'single');
    }
    const name = who(kind, input.id);
    warnUnknownFields(raw, Object.keys(relationObjectSchemas[kind].shape), path, name, warnings);
    const schema = relationSchemas[kind] as unknown as z.ZodType<Relation>;
    entries.push({ value: parseEntry(schema, input, path, name), path });
  });
  return entries;
}
