/**
 * Inspector forms of the network kinds: region, availability zone, network, subnet.
 */
import { firstHost, parseCidr } from '../../../model/cidr';
import { nameOf } from '../../../model/connectionReasons';
import { updateRelation, updateResource } from '../../../model/edit';
import type { AllocationPool, AvailabilityZone, Design, DesignFile, HostRoute, Network, Region, Subnet, SubnetRole } from '../../../model/types';
import { CheckboxField, MultiCheckField, NumberField, SelectField, TextField } from '../fields';
import { RowsEditor } from '../RowsEditor';
import { refOf, resourceChoices, withCurrent, zoneChoices } from '../choices';
import { useCommit, useResourceEdit } from '../useEdit';
import { addressProblem, cidrTextProblem, ipProblem, joinList, listProblem, splitList } from '../validation';

export function RegionForm({ resource }: { resource: Region; design: Design }) {
  return <p className="insp-hint">{nameOf(resource)} holds its zones and private networks. Drop zones into it on the canvas.</p>;
}

export function AvailabilityZoneForm({ resource, design }: { resource: AvailabilityZone; design: Design }) {
  const edit = useResourceEdit<'availabilityZone'>(resource);
  return (
    <>
      <SelectField
        label="Region"
        value={resource.region}
        options={withCurrent(resourceChoices(design, 'region', null), resource.region, design)}
        onCommit={(v) => edit('region', { region: refOf(v) ?? resource.region })}
      />
      <NumberField
        label="Position in region"
        value={resource.order}
        min={0}
        max={9999}
        hint="Zones are numbered from 0; a router with several zone hints lands in the first of them."
        onCommit={(order) => edit('position', { order })}
      />
      <TextField
        label="External networks"
        value={joinList(resource.externalNetworks)}
        hint="Comma-separated names of the provider's external networks in this zone."
        validate={(text) =>
          splitList(text).length === 0 ? 'A zone needs at least one external network name, such as europe-se-1-1a-net0.' : null
        }
        onCommit={(text) => edit('external networks', { externalNetworks: splitList(text) })}
      />
    </>
  );
}

export function NetworkForm({ resource, design }: { resource: Network; design: Design }) {
  const edit = useResourceEdit<'network'>(resource);
  return (
    <>
      <SelectField
        label="Region"
        value={resource.region}
        options={withCurrent(resourceChoices(design, 'region', null), resource.region, design)}
        onCommit={(v) => edit('region', { region: refOf(v) ?? resource.region })}
      />
      <MultiCheckField
        legend="Availability zone hints"
        options={zoneChoices(design, resource.region)}
        selected={resource.availabilityZoneHints}
        empty="The network's region has no zones yet."
        hint="Informational: a network stretches over every zone of its region whatever its hints."
        onCommit={(ids) => edit('zone hints', { availabilityZoneHints: ids.map((id) => refOf(id) ?? resource.region) })}
      />
      <NumberField label="MTU" value={resource.mtu} min={68} max={9000} unit="bytes" onCommit={(mtu) => edit('MTU', { mtu })} />
      <CheckboxField label="Port security" checked={resource.portSecurity} onCommit={(portSecurity) => edit('port security', { portSecurity })} />
    </>
  );
}

const SUBNET_ROLES: { value: SubnetRole; label: string }[] = [
  { value: 'workload', label: 'Workload (instances)' },
  { value: 'link', label: 'Link network (routers only)' },
  { value: 'back', label: 'Back-end (not routed)' },
];

/**
 * A new CIDR for a subnet. A gateway at the first host of the old block (the usual default) moves
 * to the first host of the new one, together with the router interface that held it, so that the
 * router stays the subnet's gateway. Other addresses are left for the user to review.
 */
function withCidr(file: DesignFile, subnet: Subnet, cidr: string): DesignFile {
  const before = parseCidr(subnet.cidr);
  const after = parseCidr(cidr);
  const movesGateway = before !== null && after !== null && subnet.gatewayIp !== null && subnet.gatewayIp === firstHost(before);
  const gatewayIp = movesGateway ? firstHost(after) : subnet.gatewayIp;
  let next = updateResource<'subnet'>(file, subnet.id, { cidr, gatewayIp });
  if (movesGateway) {
    for (const rel of file.design.relations) {
      if (rel.kind === 'routerInterface' && rel.to === subnet.id && rel.ip === subnet.gatewayIp) {
        next = updateRelation<'routerInterface'>(next, rel.id, { ip: gatewayIp });
      }
    }
  }
  return next;
}

function gatewayHint(design: Design, subnet: Subnet): string {
  if (subnet.gatewayIp === null) return 'No gateway: instances here reach only this subnet. Type an address to add one.';
  const holder = design.relations.find(
    (r) => r.to === subnet.id && ((r.kind === 'routerInterface' && r.ip === subnet.gatewayIp) || (r.kind === 'port' && r.fixedIp === subnet.gatewayIp)),
  );
  const name = holder ? design.resources.find((x) => x.id === holder.from) : undefined;
  const who = name ? `Held by ${nameOf(name)}.` : 'No router holds this address yet.';
  return `${who} Leave empty for a subnet without gateway.`;
}

export function SubnetForm({ resource, design }: { resource: Subnet; design: Design }) {
  const edit = useResourceEdit<'subnet'>(resource);
  const commit = useCommit();
  return (
    <>
      <SelectField
        label="Network"
        value={resource.network}
        options={withCurrent(resourceChoices(design, 'network', null), resource.network, design)}
        onCommit={(v) => edit('network', { network: refOf(v) ?? resource.network })}
      />
      <TextField
        label="CIDR"
        value={resource.cidr}
        testId="subnet-cidr"
        validate={cidrTextProblem}
        hint="The address block, such as 172.29.45.0/24."
        onCommit={(text) => commit(`Change CIDR of ${nameOf(resource)}`, (file) => withCidr(file, resource, text.trim()))}
      />
      <TextField
        label="Gateway IP"
        value={resource.gatewayIp ?? ''}
        placeholder="No gateway"
        validate={(text) => addressProblem(text, resource.cidr, true, 'leave it empty for no gateway')}
        hint={gatewayHint(design, resource)}
        onCommit={(text) => edit('gateway IP', { gatewayIp: text.trim() === '' ? null : text.trim() })}
      />
      <SelectField label="Role" value={resource.role} options={SUBNET_ROLES} onCommit={(role) => edit('role', { role })} />
      <CheckboxField label="DHCP" checked={resource.enableDhcp} onCommit={(enableDhcp) => edit('DHCP', { enableDhcp })} />
      <TextField
        label="DNS nameservers"
        value={joinList(resource.dnsNameservers)}
        hint="Comma-separated IPv4 addresses."
        validate={(text) => listProblem(text, ipProblem)}
        onCommit={(text) => edit('DNS nameservers', { dnsNameservers: splitList(text) })}
      />
      <RowsEditor<AllocationPool>
        legend="Allocation pools"
        noun="pool"
        empty="None: addresses come from the whole block."
        rows={resource.allocationPools}
        columns={[
          { label: 'Start', read: (p) => p.start, placeholder: '10.0.1.10', validate: (t) => addressProblem(t, resource.cidr, false) },
          { label: 'End', read: (p) => p.end, placeholder: '10.0.1.200', validate: (t) => addressProblem(t, resource.cidr, false) },
        ]}
        make={(start, end) => ({ start, end })}
        onCommit={(allocationPools) => edit('allocation pools', { allocationPools })}
      />
      <RowsEditor<HostRoute>
        legend="Host routes (pushed by DHCP)"
        noun="host route"
        empty="None."
        rows={resource.hostRoutes}
        columns={[
          { label: 'Destination', read: (r) => r.destinationCidr, placeholder: '10.0.2.0/24', validate: cidrTextProblem },
          { label: 'Next hop', read: (r) => r.nextHop, placeholder: '10.0.1.254', validate: (t) => addressProblem(t, resource.cidr, false) },
        ]}
        make={(destinationCidr, nextHop) => ({ destinationCidr, nextHop })}
        onCommit={(hostRoutes) => edit('host routes', { hostRoutes })}
      />
    </>
  );
}
