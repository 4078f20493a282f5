/**
 * What every status rule shares: the evaluation state, status reads, and reason construction with
 * one shared, immutable copy per evaluation of the reasons that many resources carry at once (the
 * AZ_FAILED of every resource in a failed zone, the LB_FAILED of every child of a failed LB, …).
 */
import type { Csr } from './csr';
import { NONE, type Topology } from './topology';
import { DOWN, OK, type Reason, type ReasonCode, type StatusCode } from './types';

export interface RuleResult {
  code: StatusCode;
  reasons: Reason[];
}

/**
 * A kind of single-cause reason: its code and whether it is inferred, and for results the status
 * it comes with. Made once per call site, so shared reasons are looked up by numbers only.
 */
export interface Variant {
  readonly id: number;
  readonly status: StatusCode;
  readonly code: ReasonCode;
  readonly inferred: boolean;
  /** Shared within an evaluation: worth it when many resources carry the same reason. */
  readonly shared: boolean;
}

/** How many variants there may be; keys are `(cause + 1) * VARIANT_LIMIT + id`. */
const VARIANT_LIMIT = 64;
let variants = 0;

/**
 * Declares a variant (at module level: there are a few dozen at most). `shared` for the reasons
 * many resources carry at once (a zone's AZ_FAILED, a load balancer's LB_FAILED, a database's
 * DEPENDENCY_LOST); a reason about one resource alone is cheaper made afresh than looked up.
 */
export function variant(status: StatusCode, code: ReasonCode, options: { inferred?: boolean; shared?: boolean } = {}): Variant {
  if (variants >= VARIANT_LIMIT) throw new Error('Too many reason variants');
  return { id: variants++, status, code, inferred: options.inferred ?? false, shared: options.shared ?? false };
}

/**
 * Reasons and single-reason results shared within one evaluation. Reasons are immutable once made:
 * every holder reads them and none writes, so one object can stand for all identical ones, and
 * comparing a re-evaluated result with the stored one is then a reference check.
 */
export class SharedReasons {
  private readonly results = new Map<number, RuleResult>();
  private readonly reasons = new Map<number, Reason>();

  constructor(private readonly ids: Topology['ids']) {}

  /** The result `{ code: v.status, reasons: [{ code: v.code, causes: [cause], inferred: v.inferred }] }`. */
  result(v: Variant, cause: number): RuleResult {
    const key = (cause + 1) * VARIANT_LIMIT + v.id;
    let out = this.results.get(key);
    if (out === undefined) {
      out = { code: v.status, reasons: [this.reason(v, cause)] };
      this.results.set(key, out);
    }
    return out;
  }

  /** The reason `{ code: v.code, causes: [cause], inferred: v.inferred }`. */
  reason(v: Variant, cause: number): Reason {
    const key = (cause + 1) * VARIANT_LIMIT + v.id;
    let out = this.reasons.get(key);
    if (out === undefined) {
      out = singleCause(this.ids, v, cause);
      this.reasons.set(key, out);
    }
    return out;
  }
}

function singleCause(ids: Topology['ids'], v: Variant, cause: number): Reason {
  return { code: v.code, causes: [ids[cause] as Reason['causes'][number]], inferred: v.inferred };
}

/** Mutable state of one scenario evaluation. */
export interface EvalState {
  readonly topo: Topology;
  readonly status: Uint8Array;
  readonly reasons: (Reason[] | undefined)[];
  /** Per AZ index: 1 when the AZ is down (selected, or its region failed). */
  readonly azDown: Uint8Array;
  /** Per region index: 1 when the region failed. */
  readonly regionDown: Uint8Array;
  /** Shared reasons of this evaluation; without it every reason is a new object (same content). */
  readonly shared?: SharedReasons;
}

// Shared by every OK result and every satisfied dependency, so never written. Not frozen: frozen
// arrays have their own elements kind, which makes V8 allocate iterators in loops that also see
// ordinary arrays.
export const EMPTY: Reason[] = [];
export const EMPTY_INDEXES: readonly number[] = [];
export const OK_RESULT: RuleResult = { code: OK, reasons: EMPTY };

export const dead = (s: EvalState, i: number): boolean => i !== NONE && (s.status[i] ?? 0) >= DOWN;
export const statusOf = (s: EvalState, i: number): number => (i === NONE ? OK : (s.status[i] ?? OK));

/** A reason naming `causes` (copied: callers may pass a list they reuse). */
export function reason(s: EvalState, code: ReasonCode, causes: readonly number[], inferred = false, detail?: string): Reason {
  const ids = s.topo.ids;
  // A copy has exactly the right length (a list grown by push reserves room for 17); storing ids
  // over the indexes only changes the copy's element kind, not its storage.
  const named = causes.slice() as unknown[] as Reason['causes'];
  for (let k = 0; k < named.length; k++) named[k] = ids[causes[k] as number] as Reason['causes'][number];
  const r: Reason = { code, causes: named, inferred };
  if (detail !== undefined) r.detail = detail;
  return r;
}

/** A reason with one cause, shared within the evaluation when it has a cache. */
export function reason1(s: EvalState, v: Variant, cause: number): Reason {
  return v.shared && s.shared ? s.shared.reason(v, cause) : singleCause(s.topo.ids, v, cause);
}

export const result = (code: StatusCode, reasons: Reason[]): RuleResult => ({ code, reasons });

/** A result with one single-cause reason, shared within the evaluation when it has a cache. */
export function single(s: EvalState, v: Variant, cause: number): RuleResult {
  return v.shared && s.shared ? s.shared.result(v, cause) : { code: v.status, reasons: [singleCause(s.topo.ids, v, cause)] };
}

/**
 * Empties a reused scratch list, keeping its storage. Setting `length = 0` makes V8 give the storage
 * back, so the next push allocated a fresh one (about 150 bytes each time a rule reused a list);
 * popping keeps it.
 */
export function clearList(list: unknown[]): void {
  while (list.length > 0) list.pop();
}

// Cause lists are only read by reason(), which copies them, so they are gathered in one reused list.
const CAUSES: number[] = [];
// A rule's reasons are gathered in one reused list and copied out at their exact length: a fresh
// list grown by push reserves room for 17 entries. Rules never call each other, so one list serves all.
const REASONS: Reason[] = [];

/** The shared reason list, emptied: valid until the next use; return `list.slice()` from the rule. */
export function reasonList(): Reason[] {
  clearList(REASONS);
  return REASONS;
}

/** The shared cause list, emptied: valid until the next use (hand it to reason(), which copies it). */
export function causeList(): number[] {
  clearList(CAUSES);
  return CAUSES;
}

/**
 * The members of `list` that are dead (DOWN or FAILED), in list order, in the shared cause list:
 * valid until the next call (hand it to reason(), which copies it).
 */
export function deadOf(s: EvalState, list: readonly number[]): number[] {
  const out = CAUSES;
  clearList(out);
  for (let k = 0; k < list.length; k++) {
    const x = list[k] as number;
    if (dead(s, x)) out.push(x);
  }
  return out;
}

/** The values of resource `i` in `csr` that are dead, in order, in the shared cause list (as deadOf). */
export function deadIn(s: EvalState, csr: Csr, i: number): number[] {
  clearList(CAUSES);
  return appendDead(s, csr, i, CAUSES);
}

/** Appends the values of resource `i` in `csr` that are dead to `out`; returns `out`. */
export function appendDead(s: EvalState, csr: Csr, i: number, out: number[]): number[] {
  const { offsets, data } = csr;
  for (let k = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; k < end; k++) {
    const x = data[k] as number;
    if (dead(s, x)) out.push(x);
  }
  return out;
}

/** Counts the values of resource `i` in `csr` that are dead. */
export function countDeadIn(s: EvalState, csr: Csr, i: number): number {
  const { offsets, data } = csr;
  let count = 0;
  for (let k = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; k < end; k++) if (dead(s, data[k] as number)) count++;
  return count;
}

/** Counts the members of `list` that are dead. */
export function countDead(s: EvalState, list: readonly number[]): number {
  let count = 0;
  for (let k = 0; k < list.length; k++) if (dead(s, list[k] as number)) count++;
  return count;
}
