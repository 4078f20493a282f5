/**
 * Inspector forms of the global kinds: global load balancer, DNS zone, DNS record (with the role
 * of each of its targets).
 */
import { nameOf, nameOfId } from '../../../model/connectionReasons';
import { updateRelation } from '../../../model/edit';
import type { Design, DnsRecord, DnsRecordType, DnsTargetRole, DnsZone, GlobalLoadBalancer } from '../../../model/types';
import { refOf, refValue, resourceChoices, withCurrent } from '../choices';
import { NumberField, SelectField, TextField, type Choice } from '../fields';
import { useCommit, useResourceEdit } from '../useEdit';

const MAX_TTL = 2147483647;

export function GlobalLoadBalancerForm({ resource, design }: { resource: GlobalLoadBalancer; design: Design }) {
  const edit = useResourceEdit<'globalLoadBalancer'>(resource);
  const targets = design.relations.filter((r) => r.kind === 'glbTarget' && r.from === resource.id);
  return (
    <>
      <SelectField
        label="Method"
        value={resource.method}
        options={[
          { value: 'dns', label: 'DNS based' },
          { value: 'anycast', label: 'Anycast (BGP)' },
        ]}
        onCommit={(method) => edit('method', { method })}
      />
      <TextField label="Health check" value={resource.healthCheck} onCommit={(healthCheck) => edit('health check', { healthCheck: healthCheck.trim() })} />
      <div className="insp-field">
        <h4 className="insp-label">Targets</h4>
        {targets.length === 0 ? (
          <p className="insp-hint">None yet: connect it to a floating IP in each zone.</p>
        ) : (
          <ul className="insp-list">
            {targets.map((t) => (
              <li key={t.id}>{nameOfId(design, t.to)}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

export function DnsZoneForm({ resource }: { resource: DnsZone; design: Design }) {
  const edit = useResourceEdit<'dnsZone'>(resource);
  return (
    <>
      <TextField
        label="Contact email"
        value={resource.email ?? ''}
        placeholder="None"
        validate={(t) => (t.trim() === '' || /^[^\s@]+@[^\s@]+$/.test(t.trim()) ? null : 'Type an email address such as hostmaster@example.com, or leave it empty.')}
        onCommit={(t) => edit('email', { email: t.trim() === '' ? null : t.trim() })}
      />
      <NumberField label="Default TTL" unit="s" value={resource.ttl} min={1} max={MAX_TTL} onCommit={(ttl) => edit('TTL', { ttl })} />
    </>
  );
}

const RECORD_TYPES: Choice<DnsRecordType>[] = [
  { value: 'A', label: 'A (IPv4)' },
  { value: 'AAAA', label: 'AAAA (IPv6)' },
  { value: 'CNAME', label: 'CNAME (alias)' },
];
const ROLES: Choice<DnsTargetRole>[] = [
  { value: 'primary', label: 'Primary (the answer)' },
  { value: 'standby', label: 'Standby (re-pointed to by hand)' },
  { value: 'member', label: 'Member (one of several answers)' },
];

export function DnsRecordForm({ resource, design }: { resource: DnsRecord; design: Design }) {
  const edit = useResourceEdit<'dnsRecord'>(resource);
  const commit = useCommit();
  const targets = design.relations.filter((r) => r.kind === 'dnsTarget' && r.from === resource.id);
  return (
    <>
      <SelectField
        label="Zone"
        value={refValue(resource.zone)}
        options={withCurrent(resourceChoices(design, 'dnsZone', 'None'), refValue(resource.zone), design)}
        onCommit={(v) => edit('zone', { zone: refOf(v) })}
      />
      <SelectField label="Type" value={resource.recordType} options={RECORD_TYPES} onCommit={(recordType) => edit('type', { recordType })} />
      <NumberField label="TTL" unit="s" value={resource.ttl} min={1} max={MAX_TTL} hint="Clients keep a stale answer this long after a re-point." onCommit={(ttl) => edit('TTL', { ttl })} />
      <SelectField
        label="Mode"
        value={resource.mode}
        options={[
          { value: 'single', label: 'Single answer (re-pointed by hand)' },
          { value: 'multi', label: 'Several A records' },
        ]}
        onCommit={(mode) => edit('mode', { mode })}
      />
      <fieldset className="insp-field insp-fieldset">
        <legend className="insp-label">Targets</legend>
        {targets.length === 0 ? <p className="insp-hint">None yet: connect the record to floating IPs or a global load balancer.</p> : null}
        {targets.map((t) =>
          t.kind === 'dnsTarget' ? (
            <SelectField
              key={t.id}
              label={`Role of ${nameOfId(design, t.to)}`}
              value={t.role}
              options={ROLES}
              onCommit={(role) =>
                commit(`Change role of ${nameOfId(design, t.to)} in ${nameOf(resource)}`, (file) => updateRelation<'dnsTarget'>(file, t.id, { role }))
              }
            />
          ) : null,
        )}
      </fieldset>
    </>
  );
}
