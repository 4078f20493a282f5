/**
 * Inspector forms of the zone-local kinds: instance, volume, floating IP, public port, object
 * storage endpoint.
 */
import { azOfExternalNetwork } from '../../../model/placement';
import type {
  Design,
  FloatingIp,
  Instance,
  InstanceRole,
  ObjectStorageEndpoint,
  PublicPort,
  Volume,
  VolumeType,
} from '../../../model/types';
import { NONE, externalNetworkChoices, refOf, refValue, resourceChoices, withCurrent, zoneChoices } from '../choices';
import { CheckboxField, NumberField, SelectField, TextField, type Choice } from '../fields';
import { useResourceEdit } from '../useEdit';
import { addressProblem } from '../validation';

const NO_ZONE = 'Not chosen (the region’s first zone)';

/** Zone select choices with the "not chosen" entry first. */
function zoneOptions(design: Design, value: string | null): Choice<string>[] {
  return withCurrent([{ value: NONE, label: NO_ZONE }, ...zoneChoices(design)], refValue(value), design);
}

/** External network choices, keeping an unknown current name visible. */
function networkOptions(design: Design, current: string): Choice<string>[] {
  const options = externalNetworkChoices(design);
  return options.some((o) => o.value === current) ? options : [...options, { value: current, label: `${current} (not in any zone)` }];
}

const ROLES: Choice<InstanceRole>[] = [
  { value: 'web', label: 'Web' },
  { value: 'app', label: 'Application' },
  { value: 'db', label: 'Database' },
  { value: 'bastion', label: 'Bastion' },
  { value: 'vpn', label: 'VPN' },
  { value: 'custom-router', label: 'Custom router' },
  { value: 'other', label: 'Other' },
];

export function InstanceForm({ resource, design }: { resource: Instance; design: Design }) {
  const edit = useResourceEdit<'instance'>(resource);
  return (
    <>
      <SelectField
        label="Availability zone"
        value={refValue(resource.availabilityZone)}
        options={zoneOptions(design, resource.availabilityZone)}
        onCommit={(v) => edit('zone', { availabilityZone: refOf(v) })}
      />
      <TextField
        label="Flavor"
        value={resource.flavor}
        hint="NVMe flavors exist only in the first zone."
        validate={(t) => (t.trim() === '' ? 'A flavor cannot be empty; type one such as gp.2x4.' : null)}
        onCommit={(t) => edit('flavor', { flavor: t.trim() })}
      />
      <SelectField label="Role" value={resource.role} options={ROLES} onCommit={(role) => edit('role', { role })} />
      <TextField
        label="Server group"
        value={resource.serverGroup ?? ''}
        placeholder="None"
        onCommit={(t) => edit('server group', { serverGroup: t.trim() === '' ? null : t.trim() })}
      />
    </>
  );
}

const VOLUME_TYPES: Choice<VolumeType>[] = [
  { value: 'ssd', label: 'SSD' },
  { value: 'hdd', label: 'HDD' },
  { value: 'nvme', label: 'NVMe (local disk)' },
];

export function VolumeForm({ resource, design }: { resource: Volume; design: Design }) {
  const edit = useResourceEdit<'volume'>(resource);
  return (
    <>
      <SelectField
        label="Availability zone"
        value={refValue(resource.availabilityZone)}
        options={zoneOptions(design, resource.availabilityZone)}
        hint="A volume can only be attached to an instance in the same zone."
        onCommit={(v) => edit('zone', { availabilityZone: refOf(v) })}
      />
      <NumberField label="Size" unit="GB" value={resource.sizeGb} min={1} max={100000} onCommit={(sizeGb) => edit('size', { sizeGb })} />
      <SelectField label="Type" value={resource.volumeType} options={VOLUME_TYPES} onCommit={(volumeType) => edit('type', { volumeType })} />
      <CheckboxField label="Backed up by the backup service" checked={resource.backupEnabled} onCommit={(backupEnabled) => edit('backup', { backupEnabled })} />
    </>
  );
}

function poolZoneHint(design: Design, network: string): string {
  const zone = azOfExternalNetwork(design, network);
  return zone ? `The address is local to ${zone.name}: it stops working when that zone fails.` : 'This network is not listed by any zone.';
}

export function FloatingIpForm({ resource, design }: { resource: FloatingIp; design: Design }) {
  const edit = useResourceEdit<'floatingIp'>(resource);
  return (
    <>
      <SelectField
        label="Pool (external network)"
        value={resource.pool}
        options={networkOptions(design, resource.pool)}
        hint={poolZoneHint(design, resource.pool)}
        onCommit={(pool) => edit('pool', { pool })}
      />
      <TextField
        label="Address"
        value={resource.address ?? ''}
        placeholder="Allocated by the provider"
        validate={(t) => addressProblem(t, null, true)}
        onCommit={(t) => edit('address', { address: t.trim() === '' ? null : t.trim() })}
      />
    </>
  );
}

export function PublicPortForm({ resource, design }: { resource: PublicPort; design: Design }) {
  const edit = useResourceEdit<'publicPort'>(resource);
  return (
    <>
      <SelectField
        label="External network"
        value={resource.network}
        options={networkOptions(design, resource.network)}
        hint={poolZoneHint(design, resource.network)}
        onCommit={(network) => edit('external network', { network })}
      />
      <SelectField
        label="Instance"
        value={refValue(resource.instance)}
        options={withCurrent(resourceChoices(design, 'instance', 'Not attached'), refValue(resource.instance), design)}
        onCommit={(v) => edit('instance', { instance: refOf(v) })}
      />
      <TextField
        label="Address"
        value={resource.address ?? ''}
        placeholder="Allocated by the provider"
        validate={(t) => addressProblem(t, null, true)}
        onCommit={(t) => edit('address', { address: t.trim() === '' ? null : t.trim() })}
      />
    </>
  );
}

export function ObjectStorageForm({ resource, design }: { resource: ObjectStorageEndpoint; design: Design }) {
  const edit = useResourceEdit<'objectStorageEndpoint'>(resource);
  return (
    <>
      <SelectField
        label="Availability zone"
        value={refValue(resource.availabilityZone)}
        options={zoneOptions(design, resource.availabilityZone)}
        onCommit={(v) => edit('zone', { availabilityZone: refOf(v) })}
      />
      <SelectField
        label="API"
        value={resource.api}
        options={[
          { value: 's3', label: 'S3' },
          { value: 'swift', label: 'Swift' },
        ]}
        onCommit={(api) => edit('API', { api })}
      />
      <CheckboxField
        label="Replicated between zones"
        checked={resource.replicated}
        hint="Replication is eventually consistent; requests to a failed zone's endpoint still fail."
        onCommit={(replicated) => edit('replication', { replicated })}
      />
      <TextField label="URL" value={resource.url} onCommit={(url) => edit('URL', { url: url.trim() })} />
    </>
  );
}
