/**
 * Wording and bookkeeping of restore's problems: JSON paths, how a found value is described, what
 * each kind is called in a sentence, the warning list, and the failure that aborts a restore.
 */
import type { RelationKind, ResourceKind } from './types';
import { RESOURCE_KIND_LABELS } from './connectionReasons';

/** One problem found while restoring a file; `path` is a JSON path such as `design.resources[3].cidr`. */
export interface RestoreIssue {
  path: string;
  message: string;
}

/** Thrown inside restore to reject the file; caught at the top and turned into `{ ok: false }`. */
export class RestoreFailure extends Error {
  constructor(readonly issue: RestoreIssue) {
    super(issue.message);
    this.name = 'RestoreFailure';
  }
}

export function fail(path: string, message: string): never {
  throw new RestoreFailure({ path, message });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `base` extended by a key (`.key`, or `["odd key"]`) or an index (`[3]`). */
export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  if (!IDENTIFIER.test(segment)) return `${base}[${JSON.stringify(segment)}]`;
  return base === '' ? segment : `${base}.${segment}`;
}

/** A path relative to a resource, as used inside a message: `allocationPools[0].start`. */
export function fieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((acc, s) => joinPath(acc, typeof s === 'number' ? s : String(s)), '');
}

const MAX_QUOTED = 60;

/** How a found value is named in a message: `42`, `"abc"`, `null`, `a list of 3 items`, `nothing`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    return Number.isFinite(value) ? String(value) : 'a number too large to represent';
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  }
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const RELATION_NOUNS: { readonly [K in RelationKind]: string } = {
  routerInterface: 'router interface',
  port: 'port',
  fipAssociation: 'floating IP association',
  volumeAttachment: 'volume attachment',
  dependsOn: 'dependency',
  replicatesWith: 'replication link',
  glbTarget: 'global load balancer target',
  dnsTarget: 'DNS target',
};

/** The kind's name inside a sentence: `availability zone`, `DNS record`. */
export function noun(kind: ResourceKind | RelationKind): string {
  return kind in RESOURCE_KIND_LABELS ? RESOURCE_KIND_LABELS[kind as ResourceKind] : RELATION_NOUNS[kind as RelationKind];
}

/** The kind's name with its article: `an instance`, `a subnet`. */
export function withArticle(kind: ResourceKind | RelationKind): string {
  const n = noun(kind);
  return /^[aeiou]/.test(n) ? `an ${n}` : `a ${n}`;
}

/** The kind's name starting a sentence: `Availability zone`, `DNS record`. */
export function title(kind: ResourceKind | RelationKind): string {
  const n = noun(kind);
  return n.charAt(0).toUpperCase() + n.slice(1);
}

/** How a resource or relation is named at the start of a message: `Subnet "s1"`. */
export function subject(kind: ResourceKind | RelationKind, id: string): string {
  return `${title(kind)} ${JSON.stringify(id)}`;
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** The longest warning list handed to the user; the rest is summed up in one last warning. */
export const MAX_WARNINGS = 500;

/** Collects warnings in document order, capped at {@link MAX_WARNINGS}. */
export class WarningList {
  private readonly items: RestoreIssue[] = [];
  private overflow = 0;

  add(path: string, message: string): void {
    if (this.items.length < MAX_WARNINGS) this.items.push({ path, message });
    else this.overflow++;
  }

  toArray(): RestoreIssue[] {
    if (this.overflow === 0) return [...this.items];
    const more = this.overflow === 1 ? '1 more warning' : `${this.overflow} more warnings`;
    return [...this.items, { path: '', message: `…and ${more} like the ones above` }];
  }
}
