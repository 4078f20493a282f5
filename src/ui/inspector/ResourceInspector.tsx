/**
 * The inspector of one resource: its kind, name and notes, then the form of its kind.
 */
import type { ReactNode } from 'react';
import { kindTitle } from '../../canvas/labels';
import { nameOf } from '../../model/connectionReasons';
import type { Design, Resource } from '../../model/types';
import { TextField } from './fields';
import { AvailabilityZoneForm, NetworkForm, RegionForm, SubnetForm } from './forms/NetworkForms';
import { RouterForm } from './forms/RouterForm';
import { FloatingIpForm, InstanceForm, ObjectStorageForm, PublicPortForm, VolumeForm } from './forms/ComputeForms';
import { ListenerForm, LoadBalancerForm } from './forms/LoadBalancerForms';
import { HealthMonitorForm, PoolForm, PoolMemberForm } from './forms/PoolForms';
import { DnsRecordForm, DnsZoneForm, GlobalLoadBalancerForm } from './forms/GlobalForms';
import { useCommit, useResourceEdit } from './useEdit';
import { updateResource } from '../../model/edit';
import { nameProblem } from './validation';

function KindForm({ resource, design }: { resource: Resource; design: Design }): ReactNode {
  switch (resource.kind) {
    case 'region':
      return <RegionForm resource={resource} design={design} />;
    case 'availabilityZone':
      return <AvailabilityZoneForm resource={resource} design={design} />;
    case 'network':
      return <NetworkForm resource={resource} design={design} />;
    case 'subnet':
      return <SubnetForm resource={resource} design={design} />;
    case 'router':
      return <RouterForm resource={resource} design={design} />;
    case 'instance':
      return <InstanceForm resource={resource} design={design} />;
    case 'volume':
      return <VolumeForm resource={resource} design={design} />;
    case 'floatingIp':
      return <FloatingIpForm resource={resource} design={design} />;
    case 'publicPort':
      return <PublicPortForm resource={resource} design={design} />;
    case 'loadBalancer':
      return <LoadBalancerForm resource={resource} design={design} />;
    case 'listener':
      return <ListenerForm resource={resource} design={design} />;
    case 'pool':
      return <PoolForm resource={resource} design={design} />;
    case 'poolMember':
      return <PoolMemberForm resource={resource} design={design} />;
    case 'healthMonitor':
      return <HealthMonitorForm resource={resource} design={design} />;
    case 'globalLoadBalancer':
      return <GlobalLoadBalancerForm resource={resource} design={design} />;
    case 'dnsZone':
      return <DnsZoneForm resource={resource} design={design} />;
    case 'dnsRecord':
      return <DnsRecordForm resource={resource} design={design} />;
    case 'objectStorageEndpoint':
      return <ObjectStorageForm resource={resource} design={design} />;
  }
}

/** Every property of one resource, editable. */
export function ResourceInspector({ resource, design }: { resource: Resource; design: Design }) {
  const commit = useCommit();
  const edit = useResourceEdit(resource);
  return (
    <section className="insp-section" aria-label={`${kindTitle(resource.kind)} ${nameOf(resource)}`} data-testid="resource-inspector">
      <p className="insp-kind">{kindTitle(resource.kind)}</p>
      <TextField
        label="Name"
        value={resource.name}
        testId="resource-name"
        validate={nameProblem}
        onCommit={(name) => commit(`Rename ${nameOf(resource)} to ${name.trim()}`, (file) => updateResource(file, resource.id, { name: name.trim() }))}
      />
      {/* Keyed by resource so that switching the selection never carries a draft over. */}
      <KindForm key={resource.id} resource={resource} design={design} />
      <TextField
        label="Notes"
        value={resource.description ?? ''}
        multiline
        placeholder="Anything worth remembering about it"
        onCommit={(text) => edit('notes', { description: text })}
      />
    </section>
  );
}
