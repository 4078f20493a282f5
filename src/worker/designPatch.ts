/**
 * A design revision as the changes from the revision the worker already has, so that an edit of one
 * resource does not copy the whole design across (posting a 10,000-resource design blocks the main
 * thread for 20–50 ms of structured cloning).
 *
 * The store updates designs immutably: an edit replaces the objects it changes and keeps every
 * other resource and relation object as it was. Comparing the two revisions' lists by identity
 * therefore finds the changed entries in one pass over the indexes.
 */
import type { Design, Relation, Resource } from '../model/types';

/** A list as its length and the entries that differ (by index) from the base list. */
export interface ListPatch<T> {
  length: number;
  changed: [index: number, value: T][];
}

/** The changes from the design of revision `base` to the next one. */
export interface DesignPatch {
  kind: 'patch';
  /** The revision the worker must have indexed to apply this. */
  base: number;
  id: Design['id'];
  name: string;
  description: string;
  resources: ListPatch<Resource>;
  relations: ListPatch<Relation>;
}

/** Above this share of changed entries the whole design is cheaper to send and simpler to trust. */
const MAX_CHANGED_SHARE = 0.25;

function diffList<T>(from: readonly T[], to: readonly T[], budget: number): ListPatch<T> | null {
  const changed: [number, T][] = [];
  if (from === to) return { length: to.length, changed };
  for (let i = 0; i < to.length; i++) {
    const value = to[i] as T;
    if (i >= from.length || from[i] !== value) {
      changed.push([i, value]);
      if (changed.length > budget) return null;
    }
  }
  return { length: to.length, changed };
}

/**
 * The patch from `from` (of revision `base`) to `to`, or null when the whole design should be sent
 * instead (another design, or too much changed: an entry deleted early in a list shifts all after it).
 */
export function diffDesign(from: Design, to: Design, base: number): DesignPatch | null {
  if (from.id !== to.id) return null;
  const budget = Math.max(16, Math.floor((to.resources.length + to.relations.length) * MAX_CHANGED_SHARE));
  const resources = diffList(from.resources, to.resources, budget);
  const relations = resources && diffList(from.relations, to.relations, budget - resources.changed.length);
  if (!resources || !relations) return null;
  return { kind: 'patch', base, id: to.id, name: to.name, description: to.description, resources, relations };
}

function applyList<T>(from: readonly T[], patch: ListPatch<T>): T[] {
  const out = from.slice(0, patch.length);
  for (const [index, value] of patch.changed) out[index] = value;
  let fits = out.length === patch.length;
  // A plain loop: `some` would skip the holes a patch that does not fit leaves.
  for (let i = 0; fits && i < out.length; i++) fits = out[i] !== undefined;
  if (!fits) throw new Error('The design patch does not fit the design it was made for.');
  return out;
}

/** The design `patch` describes, built on `from` (the design of revision `patch.base`). */
export function applyDesignPatch(from: Design, patch: DesignPatch): Design {
  return {
    id: patch.id,
    name: patch.name,
    description: patch.description,
    resources: applyList(from.resources, patch.resources),
    relations: applyList(from.relations, patch.relations),
  };
}
