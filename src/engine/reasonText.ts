/**
 * Plain-language texts for statuses and reason codes (DOMAIN.md 0.3, 2.4), in the product's own
 * words. Each reason becomes one sentence about the resource that carries it ("it"), naming the
 * resources that caused it; a reason that rests on an assumption ([INFERRED]) says so.
 */
import type { ResourceId, ResourceKind } from '../model/types';
import type { Reason, ReasonCode, Status } from './types';

/** Looks up the display name of a resource (or zone, or region) by id. */
export type NameOf = (id: ResourceId) => string;
/** Looks up the kind of a resource by id; lets a text say "zone" or "instance" correctly. */
export type KindOf = (id: ResourceId) => ResourceKind | undefined;

const STATUS_TEXT: Record<Status, string> = {
  OK: 'Working normally.',
  DEGRADED: 'Degraded: still serving, but with less redundancy or capacity, with errors, or waiting for someone to act.',
  DOWN: 'Down: its own zone is fine, but it lost something it cannot work without.',
  FAILED: 'Failed: it was in the zone or region that went out, so it is gone.',
};

/** One sentence describing a status. */
export function describeStatus(status: Status): string {
  return STATUS_TEXT[status];
}

/** "a", "a and b", "a, b and c". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

interface Ctx {
  /** The cause names as a list, or `fallback` when there are none. */
  c: (fallback: string) => string;
  /** The cause names as a list after a space, or nothing when there are none. */
  n: string;
  /** True when there is more than one cause. */
  many: boolean;
  none: boolean;
  /** The kind of the first cause, when known. */
  kind: ResourceKind | undefined;
  /** "alive of total" from a capacity detail such as "1/2". */
  capacity: string | null;
}

const isZone = (k: ResourceKind | undefined): boolean => k === 'availabilityZone' || k === 'region';

const TEXT: Record<ReasonCode, (x: Ctx) => string> = {
  AZ_FAILED: (x) =>
    x.kind === undefined || isZone(x.kind)
      ? `It runs in availability zone ${x.c('its zone')}, which is out, so it is gone.`
      : `Its backend ${x.c('instance')} is gone with its availability zone.`,
  REGION_FAILED: (x) =>
    x.kind === undefined || isZone(x.kind)
      ? `Its region${x.n} is out, and everything in it is gone.`
      : `Its backend ${x.c('instance')} is gone with its region.`,
  AZ_OUTAGE: (x) =>
    `${x.many ? 'Availability zones' : 'Availability zone'}${x.n} ${x.many ? 'are' : 'is'} out; the rest of the region keeps running.`,
  GATEWAY_LOST: (x) =>
    `Its default gateway ${x.c('router')} is down: no routed traffic, internet access or floating IPs through it, though hosts on the same subnet still reach each other.`,
  EXT_GATEWAY_LOST: (x) =>
    `Its external gateway sits on the public network of ${x.c('another zone')}, which is out, so it has no internet connection.`,
  NO_SERVING_ROUTER: () =>
    'No router has both its external gateway on this address\'s public network and an interface on the target\'s subnet, so the address cannot carry traffic.',
  SERVING_ROUTER_LOST: (x) => `The router that translates this address, ${x.c('its router')}, is down, so no traffic reaches the target through it.`,
  TARGET_LOST: (x) => `What it points to, ${x.c('its target')}, is down, so nothing answers behind it.`,
  TARGET_DEGRADED: (x) => `It still works, but what it points to, ${x.c('its target')}, is degraded.`,
  LB_AZ_FAILED: (x) =>
    `The load balancer runs in ${x.c('its zone')}, which is out: it cannot be reached even if its members in other zones are healthy.`,
  LB_FAILED: (x) => `Its load balancer${x.n} is gone, so it cannot serve anything.`,
  NO_POOL: () => 'It has no default pool and no redirect or reject rule, so there is nowhere to send requests.',
  EMPTY_POOL: () => 'The pool has no enabled members, so there is nowhere to send requests.',
  MEMBERS_LOST: (x) =>
    `The health monitor took ${x.c('the dead members')} out of rotation; ${x.capacity ?? 'the remaining'} members still carry the load.`,
  BACKUP_LOST: (x) => `All regular members still serve, but backup ${x.c('members')} ${x.many ? 'are' : 'is'} gone, so there is no fallback left.`,
  SERVING_FROM_BACKUP: (x) => `Every regular member is gone (${x.c('all of them')}); only backup members are serving.`,
  NO_HEALTHY_MEMBERS: (x) =>
    x.none ? 'No member is left that could take requests.' : `No member is left that could take requests:${x.n} ${x.many ? 'are' : 'is'} gone.`,
  DEAD_MEMBERS_IN_ROTATION: (x) =>
    `Without a health monitor, ${x.c('the dead members')} ${x.many ? 'stay' : 'stays'} in rotation: some requests wait for time-outs or fail${x.capacity === null ? '' : ` (${x.capacity} members work)`}.`,
  MEMBER_UNREACHABLE: (x) =>
    x.none
      ? 'The load balancer has no route to this member\'s subnet.'
      : `The load balancer can no longer reach this member: ${x.many ? 'routers' : 'router'}${x.n} on the way ${x.many ? 'are' : 'is'} down.`,
  DEPENDENCY_LOST: (x) => `It needs ${x.c('something')}, which is down.`,
  PATH_LOST: (x) =>
    x.none
      ? 'There is no private route in both directions to what it needs: a static route is missing on one side.'
      : `It cannot reach what it needs: ${x.many ? 'routers' : 'router'}${x.n} on the private route ${x.many ? 'are' : 'is'} down.`,
  EGRESS_LOST: (x) =>
    x.none
      ? 'It needs the internet but has no working gateway router or directly attached address.'
      : x.many
        ? `It needs the internet, but its ways out through${x.n} are all down.`
        : `It needs the internet, but its way out through${x.n} is down.`,
  OPTIONAL_DEP_LOST: (x) => `Something it can do without, ${x.c('an optional dependency')}, is unavailable, so it runs with reduced function.`,
  VOLUME_LOST: (x) => `Its attached volume${x.n} is gone, so it cannot run.`,
  REPLICA_LOST: (x) => `Its replication partner${x.n} is gone: its data is no longer copied anywhere else.`,
  PUBLIC_IP_LOST: (x) => `Its directly attached address${x.n} is gone with its zone, so it cannot be reached that way.`,
  REDUNDANCY_LOST: (x) => `Its first choice, ${x.c('the primary')}, is unavailable; it switched to an alternate by itself and runs without a spare.`,
  MANUAL_FAILOVER_REQUIRED: (x) =>
    x.kind === 'dnsRecord'
      ? `DNS record${x.n} waits for someone to point it at its standby; until then, and until cached answers expire, requests fail.`
      : x.kind === 'floatingIp' || x.kind === 'publicPort' || x.kind === 'globalLoadBalancer'
        ? `Its answer${x.n} is down; someone has to switch the record to a standby, and users see an outage until caches expire.`
        : `Its first choice, ${x.c('the primary')}, is unavailable, and it works again only after someone switches it to an alternate by hand.`,
  STANDBY_LOST: (x) => `The primary still answers, but standby${x.n} is down, so there is nothing to switch to if the primary fails.`,
  TARGETS_FENCED: (x) => `Health checks took ${x.c('the dead targets')} out; traffic moves to the surviving targets by itself.`,
  ALL_TARGETS_DOWN: (x) => (x.none ? 'It has no targets, so nothing answers.' : `Every target is down (${x.c('')}), so nothing answers.`),
  PARTIAL_ANSWERS_DEAD: (x) =>
    `Some of its answers${x.none ? '' : ` (${x.c('')})`} are dead: clients that try them first connect slowly or fail, non-browser clients especially.`,
  REPLICATION_PARTNER_LOST: (x) =>
    `Its replication partner zone${x.n} is out: objects written there in roughly the last 15 minutes may never arrive here.`,
};

/** What each [INFERRED] rule assumes, in one sentence. */
const ASSUMPTION: Partial<Record<ReasonCode, string>> = {
  AZ_FAILED: 'no single zone was chosen for it (or its router has several zone hints), so it is taken to run in the first zone of its region.',
  EXT_GATEWAY_LOST: 'a router whose gateway uses another zone\'s public network depends on that zone as well.',
  GATEWAY_LOST: 'an instance that lost its gateway keeps running, degraded, because its own subnet still works.',
  TARGET_LOST: 'a directly attached address is only as available as the instance it belongs to.',
  DEAD_MEMBERS_IN_ROTATION: 'read from the load balancer\'s HAProxy settings (no health checks, a few retries, redispatch on the last one).',
  NO_HEALTHY_MEMBERS: 'without a health monitor no member is ever marked down, so backup members never take over.',
  EGRESS_LOST: 'object storage is reached over its public address, through the instance\'s router.',
  MANUAL_FAILOVER_REQUIRED: 'a record waiting to be re-pointed still counts as working, but whatever depends on it is degraded until then.',
};

const GENERIC_ASSUMPTION = 'this follows a modelling decision, not documented platform behaviour.';

/** Where a reason was passed on from: the kinds that hand their reasons to what sits in front of them. */
const PASSED_ON_FROM: Partial<Record<ResourceKind, string>> = {
  pool: 'pool',
  listener: 'listener',
  loadBalancer: 'load balancer',
  globalLoadBalancer: 'global load balancer',
};

/** Reasons whose own causes are members, targets or nothing; a pool/listener/LB/GLB cause means "passed on". */
const PASSABLE = new Set<ReasonCode>([
  'NO_POOL',
  'EMPTY_POOL',
  'MEMBERS_LOST',
  'BACKUP_LOST',
  'SERVING_FROM_BACKUP',
  'NO_HEALTHY_MEMBERS',
  'DEAD_MEMBERS_IN_ROTATION',
  'MEMBER_UNREACHABLE',
  'TARGETS_FENCED',
  'ALL_TARGETS_DOWN',
  'PARTIAL_ANSWERS_DEAD',
]);

/** A zone or region that is itself the cause of its own failure. */
const SELF: Partial<Record<ReasonCode, string>> = {
  AZ_FAILED: 'This availability zone is out: everything placed in it is gone.',
  REGION_FAILED: 'This region is out: all of its zones, networks and subnets are gone.',
};

/** Optional context that sharpens the wording. */
export interface DescribeContext {
  /** The kind of a cause, to word zones, backends and passed-on reasons correctly. */
  kindOf?: KindOf;
  /** The resource the reason belongs to (a zone that is its own cause gets its own sentence). */
  subject?: ResourceId;
}

/**
 * One plain-language sentence for a reason, naming its causes through `nameOf`. Assumptions
 * ([INFERRED] rules) are marked with "Assumption: …". The third argument is a {@link DescribeContext},
 * or just its `kindOf` look-up.
 */
export function describeReason(reason: Reason, nameOf: NameOf, contextOrKindOf: DescribeContext | KindOf = {}): string {
  const context: DescribeContext = typeof contextOrKindOf === 'function' ? { kindOf: contextOrKindOf } : contextOrKindOf;
  const names = reason.causes.map(nameOf);
  const [alive, total] = (reason.detail ?? '').split('/');
  const first = reason.causes[0];
  const kind = first === undefined ? undefined : context.kindOf?.(first);
  const ctx = (list: readonly string[]): Ctx => ({
    c: (fallback) => (list.length > 0 ? listOf(list) : fallback),
    n: list.length > 0 ? ` ${listOf(list)}` : '',
    many: list.length > 1,
    none: list.length === 0,
    kind,
    capacity: alive && total ? `${alive} of ${total}` : null,
  });
  let text: string;
  const self = SELF[reason.code];
  const from = kind === undefined ? undefined : PASSED_ON_FROM[kind];
  if (self !== undefined && context.subject !== undefined && first === context.subject) text = self;
  else if (from !== undefined && PASSABLE.has(reason.code)) {
    const inner = TEXT[reason.code](ctx([]));
    text = `Passed on from ${from} ${listOf(names)}: ${inner.charAt(0).toLowerCase()}${inner.slice(1)}`;
  } else text = TEXT[reason.code](ctx(names));
  return reason.inferred ? `${text} Assumption: ${ASSUMPTION[reason.code] ?? GENERIC_ASSUMPTION}` : text;
}
