/**
 * Which ids a file uses, and new ones that collide with none of them: for resources and relations
 * without an id, and for later duplicates of an id.
 */
import { newId } from './ids';
import { isRecord } from './restore-sanitize';
import type { RelationKind, ResourceKind } from './types';

export class IdRegistry {
  /** Every id written anywhere in the file, so that a new id never takes one a later entry uses. */
  private readonly reserved = new Set<string>();
  /** Ids already given to a restored resource or relation, with the kind that holds each. */
  private readonly owners = new Map<string, ResourceKind | RelationKind>();

  constructor(entryLists: readonly unknown[]) {
    for (const list of entryLists) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        if (isRecord(entry) && typeof entry.id === 'string') this.reserved.add(entry.id);
      }
    }
  }

  /** The kind of the resource or relation that already holds `id`, if any. */
  owner(id: string): ResourceKind | RelationKind | undefined {
    return this.owners.get(id);
  }

  claim(id: string, kind: ResourceKind | RelationKind): void {
    this.owners.set(id, kind);
    this.reserved.add(id);
  }

  private free(id: string): boolean {
    return !this.reserved.has(id) && !this.owners.has(id);
  }

  /** `base` itself when nobody uses it, else `base-2`, `base-3`, … */
  unique(base: string): string {
    if (this.free(base)) return base;
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (this.free(candidate)) return candidate;
    }
  }

  /** A new random id naming the kind, e.g. `subnet-m3k9x2a1`. */
  fresh(prefix: string): string {
    for (;;) {
      const candidate = newId(prefix);
      if (this.free(candidate)) return candidate;
    }
  }
}
