/**
 * The router form: zone hints (several may be chosen, to draw the multi-hint pitfall), external
 * gateway, SNAT and static routes.
 */
import { ipInCidr } from '../../../model/cidr';
import { nameOf } from '../../../model/connectionReasons';
import { azOfExternalNetwork, findOfKind } from '../../../model/placement';
import type { Design, ResourceId, Router, StaticRoute } from '../../../model/types';
import { NONE, externalNetworkChoices, refOf, zoneChoices } from '../choices';
import { CheckboxField, MultiCheckField, SelectField } from '../fields';
import { RowsEditor } from '../RowsEditor';
import { useResourceEdit } from '../useEdit';
import { cidrTextProblem, ipProblem } from '../validation';

/** The subnets the router has an interface on. */
function attachedSubnets(design: Design, router: Router) {
  return design.relations.flatMap((r) => {
    if (r.kind !== 'routerInterface' || r.from !== router.id) return [];
    const subnet = findOfKind(design, r.to, 'subnet');
    return subnet ? [subnet] : [];
  });
}

function hintsWarning(design: Design, router: Router): string {
  if (router.availabilityZoneHints.length < 2) return 'The zone the router runs in. Choose one.';
  const first = findOfKind(design, router.availabilityZoneHints[0] ?? null, 'availabilityZone');
  return `Several hints: the router still runs in one zone only (here ${first ? nameOf(first) : 'the first one'}), and fails with it.`;
}

function gatewayWarning(design: Design, router: Router): string | undefined {
  if (router.externalNetwork === null) return 'Without an external gateway there is no internet access and no floating IP.';
  const gatewayZone = azOfExternalNetwork(design, router.externalNetwork);
  const hint = router.availabilityZoneHints[0];
  if (!gatewayZone || hint === undefined || gatewayZone.id === hint) return undefined;
  const zone = findOfKind(design, hint, 'availabilityZone');
  return `${router.externalNetwork} belongs to ${nameOf(gatewayZone)}, but the router runs in ${zone ? nameOf(zone) : 'another zone'}: choose that zone's external network.`;
}

export function RouterForm({ resource, design }: { resource: Router; design: Design }) {
  const edit = useResourceEdit<'router'>(resource);
  const subnets = attachedSubnets(design, resource);
  const unreachable = resource.routes.filter((r) => ipProblem(r.nextHop) === null && !subnets.some((s) => ipInCidr(r.nextHop, s.cidr)));
  const networks = externalNetworkChoices(design);
  const current = resource.externalNetwork ?? NONE;
  const options = [{ value: NONE, label: 'None (no external gateway)' }, ...networks];
  if (!options.some((o) => o.value === current)) options.push({ value: current, label: `${current} (not in any zone)` });
  return (
    <>
      <MultiCheckField
        legend="Availability zone hints"
        options={zoneChoices(design)}
        selected={resource.availabilityZoneHints}
        empty="Add a zone to the design first."
        hint={hintsWarning(design, resource)}
        onCommit={(ids) => edit('zone hints', { availabilityZoneHints: ids.map(refOf).filter((id): id is ResourceId => id !== null) })}
      />
      <SelectField
        label="External gateway"
        value={current}
        options={options}
        hint={gatewayWarning(design, resource)}
        onCommit={(v) => edit('external gateway', { externalNetwork: v === NONE ? null : v })}
      />
      <CheckboxField label="SNAT (outbound internet for instances)" checked={resource.enableSnat} onCommit={(enableSnat) => edit('SNAT', { enableSnat })} />
      <RowsEditor<StaticRoute>
        legend="Static routes"
        noun="route"
        empty="None. Draw a router-to-router connection over a link network to add one."
        rows={resource.routes}
        columns={[
          { label: 'Destination', read: (r) => r.destinationCidr, placeholder: '172.29.46.0/24', validate: cidrTextProblem },
          { label: 'Next hop', read: (r) => r.nextHop, placeholder: '172.29.254.2', validate: ipProblem },
        ]}
        make={(destinationCidr, nextHop) => ({ destinationCidr, nextHop })}
        validateRow={(row, index) =>
          resource.routes.some((r, i) => i !== index && r.destinationCidr === row.destinationCidr && r.nextHop === row.nextHop)
            ? `${nameOf(resource)} already routes ${row.destinationCidr} through ${row.nextHop}.`
            : null
        }
        onCommit={(routes) => edit('static routes', { routes })}
      />
      {unreachable.length > 0 ? (
        <p className="insp-warning">
          {unreachable.map((r) => r.nextHop).join(', ')}: not on a subnet {nameOf(resource)} is attached to. A next hop must be
          directly reachable, e.g. the other router&apos;s address on a shared link network.
        </p>
      ) : null}
    </>
  );
}
