/**
 * Factories for new resources, relations and design files. Every default comes from the schema
 * (`schema-resources.ts`, `schema-relations.ts`), so a resource made here is exactly what restore
 * would make of the same partial input.
 */
import type { z } from 'zod';
import { designId, newId, newRelationId, newResourceId, type ResourceId } from './ids';
import { relationSchemas, resourceSchemas, UNTITLED_DESIGN } from './schema';
import {
  FORMAT_TAG,
  FORMAT_VERSION,
  type DesignFile,
  type RelationKind,
  type RelationOfKind,
  type ResourceKind,
  type ResourceOfKind,
} from './types';

export { defaultExternalNetworkName, objectStorageUrl } from './provider-names';
export { defaultDependencyVia, defaultDnsTargetRole, UNTITLED_DESIGN } from './schema';

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  throw new Error(`${what}: ${field} ${issue?.message ?? 'is invalid'}`);
}

/**
 * A complete resource of `kind` from partial properties, with every other field at its default and
 * a new id when none is given. Throws when a given property is invalid (a programming error).
 *
 * Defaults that depend on other resources are not known here: an availability zone's `order` falls
 * back to 0 and an object storage endpoint's `url` to `''` (see `objectStorageUrl`).
 */
export function createResource<K extends ResourceKind>(
  kind: K,
  props: Partial<ResourceOfKind<K>> = {},
): ResourceOfKind<K> {
  // Indexing the schema map with a generic kind loses the link between K and the schema's output.
  const schema = resourceSchemas[kind] as unknown as z.ZodType<ResourceOfKind<K>>;
  return parseOrThrow(schema, { ...props, kind, id: props.id ?? newResourceId(kind) }, `createResource("${kind}")`);
}

/**
 * A complete relation of `kind` from `from` to `to`, with a new id unless `props.id` is given.
 * A dependency's `via` falls back to `private` and a DNS target's `role` to `primary`; pass
 * `defaultDependencyVia(targetKind)` / `defaultDnsTargetRole(record.mode)` when the ends are known.
 */
export function createRelation<K extends RelationKind>(
  kind: K,
  from: ResourceId,
  to: ResourceId,
  props: Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to'>> = {},
): RelationOfKind<K> {
  const schema = relationSchemas[kind] as unknown as z.ZodType<RelationOfKind<K>>;
  const input = { ...props, kind, from, to, id: props.id ?? newRelationId(kind) };
  return parseOrThrow(schema, input, `createRelation("${kind}")`);
}

/** A design file with no resources, relations or layout. */
export function emptyDesignFile(name: string = UNTITLED_DESIGN): DesignFile {
  return {
    format: FORMAT_TAG,
    version: FORMAT_VERSION,
    design: { id: designId(newId('design')), name, description: '', resources: [], relations: [] },
    layout: { nodes: {} },
  };
}
