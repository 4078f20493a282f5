/**
 * Instance findings: F07 (default gateway in another zone), F25 (several ports).
 */
import { NONE } from '../topology';
import { at, azOf, describe, finding, listOf, nameOf, resourceAt, zoneName } from './support';
import type { Finding, FindingRule } from './types';

/** F07: the gateway holder of the instance's primary subnet runs in another zone. */
export const crossAzGateway: FindingRule = (topo) => {
  const out: Finding[] = [];
  const instances = topo.ofKind('instance');
  for (let k = 0; k < instances.length; k++) {
    const i = instances[k] as number;
    const subnet = at(topo.primarySubnet, i);
    const gateway = at(topo.routing.gatewayHolder, subnet);
    const az = azOf(topo, i);
    const gatewayAz = azOf(topo, gateway);
    if (gateway === NONE || gateway === i || az === NONE || gatewayAz === NONE || az === gatewayAz) continue;
    out.push(
      finding(topo, {
        id: 'F07',
        rule: 'CROSS_AZ_GATEWAY',
        severity: 'warning',
        subjects: [i],
        message:
          `Instance ${nameOf(topo, i)} runs in ${zoneName(topo, az)}, but its subnet ${nameOf(topo, subnet)} uses ` +
          `${describe(topo, gateway)} in ${zoneName(topo, gatewayAz)} as default gateway: its routed and internet traffic ` +
          `stops when ${zoneName(topo, gatewayAz)} fails.`,
        fix:
          `Give ${zoneName(topo, az)} its own subnet with a local router, attach the instance there, and connect the ` +
          `routers of both zones over a link network.`,
        placed: [i, gateway],
      }),
    );
  }
  return out;
};

/**
 * F25: an instance with more than one port; a warning when two or more of its ports sit on subnets
 * with a gateway (competing default routes). Only private ports count: directly attached IPs are
 * separate resources with their own rules (F23, F24).
 */
export const multiHomedInstance: FindingRule = (topo) => {
  const out: Finding[] = [];
  const instances = topo.ofKind('instance');
  for (let k = 0; k < instances.length; k++) {
    const i = instances[k] as number;
    const subnets = topo.portSubnets[i] ?? [];
    if (subnets.length <= 1) continue;
    const withGateway = subnets.filter((s) => resourceAt(topo, s, 'subnet')?.gatewayIp != null);
    const warning = withGateway.length >= 2;
    const names = [...new Set(subnets.map((s) => nameOf(topo, s)))];
    out.push(
      finding(topo, {
        id: 'F25',
        rule: 'MULTI_HOMED_INSTANCE',
        severity: warning ? 'warning' : 'info',
        subjects: [i],
        message: warning
          ? `Instance ${nameOf(topo, i)} has ${subnets.length} ports, ${withGateway.length} of them on subnets with a gateway ` +
            `(${listOf([...new Set(withGateway.map((s) => nameOf(topo, s)))])}); only one default route can win and the others ` +
            `send replies the wrong way.`
          : `Instance ${nameOf(topo, i)} has ${subnets.length} ports (on ${listOf(names)}), which needs extra routing and firewall care.`,
        fix: warning
          ? 'Keep a single routed port and reach other subnets through routers; a second port belongs only on a back network without gateway.'
          : 'Prefer a single port and routing; keep the extra port only for a non-routed back network.',
      }),
    );
  }
  return out;
};
