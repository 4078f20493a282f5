/**
 * What a connection drawn on the canvas from one node to another means. The direction the user
 * dragged is tried first; when no kind of connection joins the two resource kinds that way round
 * but one does the other way (a subnet dragged to a router), the reverse is meant.
 */
import { canConnect } from '../model/canConnect';
import { CONNECTION_RULES, ruleFits, type ConnectionKind } from '../model/connections';
import { findResource } from '../model/placement';
import type { Design, ResourceId } from '../model/types';

/** The connection a drawn edge stands for, or why there is none. */
export type ConnectionIntent =
  | { ok: true; from: ResourceId; to: ResourceId; kinds: ConnectionKind[] }
  | { ok: false; reason: string };

function fits(design: Design, from: ResourceId, to: ResourceId): boolean {
  const a = findResource(design, from);
  const b = findResource(design, to);
  return a !== undefined && b !== undefined && CONNECTION_RULES.some((r) => ruleFits(r, a.kind, b.kind));
}

/**
 * The kinds of connection the user may mean by drawing from `source` to `target` (in catalogue
 * order: the first is the most likely), in the direction they are stored; or the refusal reason.
 */
export function connectionIntent(design: Design, source: ResourceId, target: ResourceId): ConnectionIntent {
  const [from, to] = !fits(design, source, target) && fits(design, target, source) ? [target, source] : [source, target];
  const verdict = canConnect(design, from, to);
  if (verdict.allowed.length > 0) return { ok: true, from, to, kinds: verdict.allowed };
  return { ok: false, reason: verdict.refused[0]?.reason ?? 'These two resources cannot be connected.' };
}
