/**
 * Factories for new resources, relations and design files. The defaults come from the plain table
 * in `defaults-table.ts` (no zod on the start-up path); a unit test checks that a resource made here
 * is exactly what the schema, and so restore, makes of the same partial input.
 */
import { firstHost, parseCidr } from './cidr';
import { RELATION_DEFAULTS, RESOURCE_DEFAULTS, UNTITLED_DESIGN, type KindDefaults } from './defaults-table';
import { designId, newId, newRelationId, newResourceId, type ResourceId } from './ids';
import { defaultExternalNetworkName } from './provider-names';
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
export { defaultDependencyVia, defaultDnsTargetRole, UNTITLED_DESIGN } from './defaults-table';

type Plain = Record<string, unknown>;

/**
 * The address fields, the one kind of property that callers take from user input (a connection's
 * fixed IP): a malformed address is refused with the schema's words, so that `connect` can refuse
 * it instead of writing it. Other properties come from typed code and are trusted.
 */
const ADDRESS_FIELDS: ReadonlySet<string> = new Set(['ip', 'fixedIp', 'address', 'vipAddress', 'monitorAddress', 'gatewayIp']);
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_PATTERN = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function checkAddresses(props: Plain, what: string): void {
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (!ADDRESS_FIELDS.has(key) || value === null || value === undefined) continue;
    if (typeof value !== 'string' || !IPV4_PATTERN.test(value)) {
      throw new Error(`${what}: ${key} must be an IPv4 address such as 172.29.45.10, or null`);
    }
  }
}

/**
 * The defaults of a kind under the given properties. A property given as `undefined` takes the
 * default (as a schema default does); default lists are copied so that no two entries share one.
 */
function fill(table: KindDefaults<object>, props: Plain, what: string): Plain {
  checkAddresses(props, what);
  const out: Plain = {};
  for (const [key, value] of Object.entries(table.defaults)) out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  for (const [key, value] of Object.entries(props)) if (value !== undefined) out[key] = value;
  for (const key of table.required) {
    if (out[key as string] === undefined) throw new Error(`${what}: ${String(key)} is required`);
  }
  return out;
}

/** The defaults that depend on other fields of the same resource, as the schemas' transforms fill them. */
function derive(r: Plain): void {
  r.name ??= r.id;
  switch (r.kind) {
    case 'availabilityZone':
      r.order ??= 0;
      r.externalNetworks ??= [defaultExternalNetworkName(String(r.name))];
      break;
    case 'subnet':
      if (r.gatewayIp === undefined) {
        const parsed = typeof r.cidr === 'string' ? parseCidr(r.cidr) : null;
        r.gatewayIp = parsed ? firstHost(parsed) : null;
      }
      break;
    case 'objectStorageEndpoint':
      r.url ??= '';
      break;
  }
}

/**
 * A complete resource of `kind` from partial properties, with every other field at its default and
 * a new id when none is given. Throws when a field without a default is missing (a programming
 * error) or an address is malformed.
 *
 * Defaults that depend on other resources are not known here: an availability zone's `order` falls
 * back to 0 and an object storage endpoint's `url` to `''` (see `objectStorageUrl`).
 */
export function createResource<K extends ResourceKind>(
  kind: K,
  props: Partial<ResourceOfKind<K>> = {},
): ResourceOfKind<K> {
  const table = RESOURCE_DEFAULTS[kind] as KindDefaults<object>;
  const resource = fill(table, { ...props, kind, id: props.id ?? newResourceId(kind) }, `createResource("${kind}")`);
  derive(resource);
  // `fill` and `derive` give every field of the kind (the drift test checks it against the schema).
  return resource as unknown as ResourceOfKind<K>;
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
  const table = RELATION_DEFAULTS[kind] as KindDefaults<object>;
  const input = { ...props, kind, from, to, id: props.id ?? newRelationId(kind) };
  return fill(table, input, `createRelation("${kind}")`) as unknown as RelationOfKind<K>;
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
