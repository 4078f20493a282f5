/**
 * Analysis vocabulary (DOMAIN.md 0.3 and 2.4) and result shapes.
 */
import type { ResourceId } from '../model/types';

export type Status = 'OK' | 'DEGRADED' | 'DOWN' | 'FAILED';

/** Status codes ordered by severity, so `max` is precedence FAILED > DOWN > DEGRADED > OK. */
export const OK = 0;
export const DEGRADED = 1;
export const DOWN = 2;
export const FAILED = 3;
export type StatusCode = typeof OK | typeof DEGRADED | typeof DOWN | typeof FAILED;

export const STATUS_NAMES: readonly Status[] = ['OK', 'DEGRADED', 'DOWN', 'FAILED'];

export const statusName = (code: number): Status => STATUS_NAMES[code] ?? 'OK';
export const isDeadCode = (code: number): boolean => code >= DOWN;

export const REASON_CODES = [
  'AZ_FAILED',
  'REGION_FAILED',
  'AZ_OUTAGE',
  'GATEWAY_LOST',
  'EXT_GATEWAY_LOST',
  'NO_SERVING_ROUTER',
  'SERVING_ROUTER_LOST',
  'TARGET_LOST',
  'TARGET_DEGRADED',
  'LB_AZ_FAILED',
  'LB_FAILED',
  'NO_POOL',
  'EMPTY_POOL',
  'MEMBERS_LOST',
  'BACKUP_LOST',
  'SERVING_FROM_BACKUP',
  'NO_HEALTHY_MEMBERS',
  'DEAD_MEMBERS_IN_ROTATION',
  'MEMBER_UNREACHABLE',
  'DEPENDENCY_LOST',
  'PATH_LOST',
  'EGRESS_LOST',
  'OPTIONAL_DEP_LOST',
  'VOLUME_LOST',
  'REPLICA_LOST',
  'PUBLIC_IP_LOST',
  'REDUNDANCY_LOST',
  'MANUAL_FAILOVER_REQUIRED',
  'STANDBY_LOST',
  'TARGETS_FENCED',
  'ALL_TARGETS_DOWN',
  'PARTIAL_ANSWERS_DEAD',
  'REPLICATION_PARTNER_LOST',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why a resource is not OK: a reason code and the resources whose loss produced it. */
export interface Reason {
  code: ReasonCode;
  /** Resources (or zones/regions) whose loss caused this reason; follow them to the failed zone. */
  causes: ResourceId[];
  /** True when the rule behind this reason is an assumption ([INFERRED] in DOMAIN.md). */
  inferred: boolean;
  /** Extra detail, e.g. capacity "1/2" for MEMBERS_LOST. */
  detail?: string;
}

/** Failed zones and regions, by resource id. */
export interface Scenario {
  failedAzs: readonly ResourceId[];
  failedRegions: readonly ResourceId[];
}

export const NO_FAILURE: Scenario = { failedAzs: [], failedRegions: [] };

export interface ResourceResult {
  status: Status;
  reasons: readonly Reason[];
}

/** A connection that can no longer carry traffic under a scenario (DOMAIN.md 2.9). */
export interface BrokenConnection {
  /** Connection id as listed by the model (relation id, or a derived id such as `staticRoute:<router>:<n>`). */
  id: string;
  kind: 'staticRoute' | 'fipAssociation' | 'memberTarget' | 'dependsOn';
  from: ResourceId;
  to: ResourceId;
  code: ReasonCode;
}
