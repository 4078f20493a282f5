/**
 * Floating IP findings: F01 (zone mismatch), F02 (no serving router), F03 (not on the default route).
 */
import type { ResourceOfKind } from '../../model/types';
import { NONE, type Topology } from '../topology';
import {
  at,
  azOf,
  describe,
  externalNetworkOf,
  finding,
  nameOf,
  zoneName,
} from './support';
import type { Finding, FindingRule } from './types';

/** F01: a floating IP associated with an instance or LB in another AZ than its pool. */
export const fipAzMismatch: FindingRule = (topo) => {
  const out: Finding[] = [];
  const fips = topo.ofKind('floatingIp');
  for (let k = 0; k < fips.length; k++) {
    const i = fips[k] as number;
    const target = at(topo.fipTarget, i);
    const fipAz = azOf(topo, i);
    const targetAz = azOf(topo, target);
    if (target === NONE || fipAz === NONE || targetAz === NONE || fipAz === targetAz) continue;
    out.push(
      finding(topo, {
        id: 'F01',
        rule: 'FIP_AZ_MISMATCH',
        severity: 'warning',
        subjects: [i],
        message:
          `Floating IP ${nameOf(topo, i)} belongs to ${zoneName(topo, fipAz)} but is associated with ` +
          `${describe(topo, target)} in ${zoneName(topo, targetAz)}, so its public address is lost when either zone fails.`,
        fix:
          `Allocate the address from ${externalNetworkOf(topo, targetAz)} instead, so it lives in ${zoneName(topo, targetAz)}, ` +
          `and serve it through a router in that zone.`,
        placed: [target],
      }),
    );
  }
  return out;
};

/** F02: no router has both its gateway on the FIP's pool and an interface on the target subnet. */
export const fipNoServingRouter: FindingRule = (topo) => {
  const out: Finding[] = [];
  const fips = topo.ofKind('floatingIp');
  for (let k = 0; k < fips.length; k++) {
    const i = fips[k] as number;
    const fip = topo.resources[i] as ResourceOfKind<'floatingIp'>;
    const target = at(topo.fipTarget, i);
    const subnet = at(topo.fipSubnet, i);
    // Without a known port subnet the association has nothing to check against.
    if (target === NONE || subnet === NONE || at(topo.fipServingRouter, i) !== NONE) continue;
    out.push(
      finding(topo, {
        id: 'F02',
        rule: 'FIP_NO_SERVING_ROUTER',
        severity: 'error',
        subjects: [i],
        message:
          `No router can carry floating IP ${nameOf(topo, i)} to ${describe(topo, target)}: none has its external gateway on ` +
          `${fip.pool} and an interface on subnet ${nameOf(topo, subnet)}. OpenStack rejects such an association.`,
        fix:
          `Attach subnet ${nameOf(topo, subnet)} to a router whose external gateway is ${fip.pool}, ` +
          `or take the floating IP from the external network of the router that already serves the subnet.`,
      }),
    );
  }
  return out;
};

function portCount(topo: Topology, instance: number): number {
  return (topo.portSubnets[instance] ?? []).length;
}

/**
 * F03: the FIP sits on a non-primary port of a multi-homed instance, or [INFERRED] its serving
 * router is not the default gateway of the port's subnet (replies leave through another router).
 */
export const fipNotOnDefaultRoute: FindingRule = (topo) => {
  const out: Finding[] = [];
  const fips = topo.ofKind('floatingIp');
  for (let k = 0; k < fips.length; k++) {
    const i = fips[k] as number;
    const target = at(topo.fipTarget, i);
    const subnet = at(topo.fipSubnet, i);
    if (target === NONE || subnet === NONE) continue;
    const isInstance = topo.resources[target]?.kind === 'instance';
    const onSecondaryPort = isInstance && portCount(topo, target) > 1 && subnet !== at(topo.primarySubnet, target);
    const serving = at(topo.fipServingRouter, i);
    const gateway = at(topo.routing.gatewayHolder, subnet);
    // No serving router at all is F02's error; this rule only compares an existing one.
    const servedOffRoute = serving !== NONE && serving !== gateway;
    if (onSecondaryPort) {
      out.push(
        finding(topo, {
          id: 'F03',
          rule: 'FIP_NOT_ON_DEFAULT_ROUTE',
          severity: 'warning',
          subjects: [i],
          message:
            `Floating IP ${nameOf(topo, i)} is bound to the port of ${describe(topo, target)} on subnet ${nameOf(topo, subnet)}, ` +
            `which is not the port carrying its default route; replies leave through the other port and the NAT breaks.`,
          fix: `Bind the floating IP to the port on subnet ${nameOf(topo, at(topo.primarySubnet, target))}, the one with the default route.`,
        }),
      );
    } else if (servedOffRoute) {
      const gatewayText = gateway === NONE ? 'has no default gateway' : `uses ${describe(topo, gateway)} as default gateway`;
      out.push(
        finding(topo, {
          id: 'F03',
          rule: 'FIP_NOT_ON_DEFAULT_ROUTE',
          severity: 'warning',
          subjects: [i],
          message:
            `Floating IP ${nameOf(topo, i)} is translated by router ${nameOf(topo, serving)}, but subnet ${nameOf(topo, subnet)} ` +
            `${gatewayText}. Assumption: replies from ${describe(topo, target)} then bypass the translating router and the connection fails.`,
          fix: `Serve the floating IP through the default gateway router of subnet ${nameOf(topo, subnet)}, or make that router the subnet's gateway.`,
          inferred: true,
        }),
      );
    }
  }
  return out;
};
