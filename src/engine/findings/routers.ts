/**
 * Router placement findings: F04 (several AZ hints), F05 (no AZ hint), F06 (external network of
 * another zone).
 */
import type { ResourceOfKind } from '../../model/types';
import { NONE } from '../topology';
import { at, azOf, externalNetworkOf, finding, indexOfId, listOf, nameOf, zoneName } from './support';
import type { Finding, FindingRule } from './types';

/** F04: a router with more than one AZ hint is still placed in a single zone. */
export const routerMultiAzHint: FindingRule = (topo) => {
  const out: Finding[] = [];
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const i = routers[k] as number;
    const router = topo.resources[i] as ResourceOfKind<'router'>;
    // The raw hint count, as the table says; placement treats [A, A] as several hints too.
    if (router.availabilityZoneHints.length <= 1) continue;
    const hints = router.availabilityZoneHints.map((h) => {
      const az = indexOfId(topo, h);
      return az === NONE ? h : nameOf(topo, az);
    });
    const az = azOf(topo, i);
    out.push(
      finding(topo, {
        id: 'F04',
        rule: 'ROUTER_MULTI_AZ_HINT',
        severity: 'warning',
        subjects: [i],
        message:
          `Router ${nameOf(topo, i)} lists the zones ${listOf(hints)} as hints, but it runs in ${zoneName(topo, az)} only: ` +
          `extra hints do not make it redundant, and it fails with that zone.`,
        fix: 'Create one router per zone, each with a single hint, and route between them over a link network.',
        placed: [i],
      }),
    );
  }
  return out;
};

/** F05 [INFERRED]: a router without AZ hint lands in the region's first zone. */
export const routerNoAzHint: FindingRule = (topo) => {
  const out: Finding[] = [];
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const i = routers[k] as number;
    const router = topo.resources[i] as ResourceOfKind<'router'>;
    if (router.availabilityZoneHints.length > 0) continue;
    out.push(
      finding(topo, {
        id: 'F05',
        rule: 'ROUTER_NO_AZ_HINT',
        severity: 'info',
        subjects: [i],
        message:
          `Router ${nameOf(topo, i)} has no zone hint. Assumption: it is placed in ${zoneName(topo, azOf(topo, i))}, ` +
          `the first zone of its region.`,
        fix: 'Choose the zone of the router explicitly with a single zone hint.',
        inferred: true,
      }),
    );
  }
  return out;
};

/** F06: the router's external gateway is an external network of another zone. */
export const routerExtNetAzMismatch: FindingRule = (topo) => {
  const out: Finding[] = [];
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const i = routers[k] as number;
    const router = topo.resources[i] as ResourceOfKind<'router'>;
    const az = azOf(topo, i);
    const netAz = at(topo.extNetAz, i);
    // An external network name no zone lists cannot be compared (restore reports unknown names).
    if (router.externalNetwork === null || az === NONE || netAz === NONE || az === netAz) continue;
    out.push(
      finding(topo, {
        id: 'F06',
        rule: 'ROUTER_EXTNET_AZ_MISMATCH',
        severity: 'error',
        subjects: [i],
        message:
          `Router ${nameOf(topo, i)} runs in ${zoneName(topo, az)} but its external gateway is ${router.externalNetwork}, ` +
          `which belongs to ${zoneName(topo, netAz)}.`,
        fix: `Set the router's external gateway to ${externalNetworkOf(topo, az)}, the external network of its own zone.`,
        placed: [i],
      }),
    );
  }
  return out;
};
