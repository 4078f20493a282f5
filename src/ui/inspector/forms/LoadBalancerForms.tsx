/**
 * Inspector forms of a load balancer and its listeners (with L7 policies).
 */
import { cidrProblem } from '../../../model/cidr';
import { nameOf } from '../../../model/connectionReasons';
import { findOfKind } from '../../../model/placement';
import type { Design, L7Action, L7Policy, Listener, ListenerProtocol, LoadBalancer } from '../../../model/types';
import { NONE, refOf, refValue, resourceChoices, withCurrent, zoneChoices } from '../choices';
import { NumberField, SelectField, TextField, type Choice } from '../fields';
import { useResourceEdit } from '../useEdit';
import { addressProblem, joinList, listProblem, splitList } from '../validation';

export function LoadBalancerForm({ resource, design }: { resource: LoadBalancer; design: Design }) {
  const edit = useResourceEdit<'loadBalancer'>(resource);
  const vipSubnet = findOfKind(design, resource.vipSubnet, 'subnet');
  return (
    <>
      <SelectField
        label="Availability zone"
        value={refValue(resource.availabilityZone)}
        options={withCurrent([{ value: NONE, label: 'Not chosen (the region’s first zone)' }, ...zoneChoices(design)], refValue(resource.availabilityZone), design)}
        hint="Where the load balancer runs. Internet traffic still enters through the zone of the router serving its floating IP."
        onCommit={(v) => edit('zone', { availabilityZone: refOf(v) })}
      />
      <SelectField
        label="VIP subnet"
        value={refValue(resource.vipSubnet)}
        options={withCurrent(resourceChoices(design, 'subnet', 'No VIP yet', undefined, (s) => `${nameOf(s)} (${s.cidr})`), refValue(resource.vipSubnet), design)}
        onCommit={(v) => edit('VIP subnet', { vipSubnet: refOf(v), vipAddress: null })}
      />
      <TextField
        label="VIP address"
        value={resource.vipAddress ?? ''}
        placeholder={vipSubnet ? 'Chosen by the provider' : 'Choose a VIP subnet first'}
        validate={(t) => addressProblem(t, vipSubnet?.cidr ?? null, true)}
        onCommit={(t) => edit('VIP address', { vipAddress: t.trim() === '' ? null : t.trim() })}
      />
    </>
  );
}

const LISTENER_PROTOCOLS: Choice<ListenerProtocol>[] = [
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS (passed through)' },
  { value: 'TERMINATED_HTTPS', label: 'TERMINATED_HTTPS (TLS ends at the load balancer)' },
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
];

const L7_ACTIONS: Choice<L7Action>[] = [
  { value: 'REDIRECT_TO_POOL', label: 'Send to pool' },
  { value: 'REDIRECT_TO_URL', label: 'Redirect to URL' },
  { value: 'REDIRECT_PREFIX', label: 'Redirect to prefix' },
  { value: 'REJECT', label: 'Reject' },
];

function portClash(design: Design, listener: Listener, port: number): string | null {
  const other = design.resources.find((r) => r.kind === 'listener' && r.id !== listener.id && r.loadBalancer === listener.loadBalancer && r.protocolPort === port);
  return other ? `Port ${port} is already used by ${nameOf(other)} on this load balancer; pick another port.` : null;
}

function L7PolicyRow({ policy, index, pools, onChange, onRemove }: { policy: L7Policy; index: number; pools: Choice<string>[]; onChange: (p: L7Policy) => void; onRemove: () => void }) {
  const n = index + 1;
  const valueLabel = policy.action === 'REDIRECT_TO_URL' ? 'URL' : 'Prefix';
  return (
    <div className="insp-row-block">
      <div className="insp-row-head">
        <span>Policy {n}</span>
        <button type="button" className="insp-button insp-remove" aria-label={`Remove policy ${n}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <div className="insp-row">
        <SelectField
          label={`Action of policy ${n}`}
          shortLabel="Action"
          value={policy.action}
          options={L7_ACTIONS}
          onCommit={(action) => onChange({ action, value: action === 'REJECT' ? null : policy.value })}
        />
        {policy.action === 'REDIRECT_TO_POOL' ? (
          <SelectField
            label={`Pool of policy ${n}`}
            shortLabel="Pool"
            value={policy.value ?? NONE}
            options={[{ value: NONE, label: 'Choose a pool' }, ...pools]}
            onCommit={(v) => onChange({ ...policy, value: v === NONE ? null : v })}
          />
        ) : policy.action === 'REJECT' ? null : (
          <TextField
            label={`${valueLabel} of policy ${n}`}
            shortLabel={valueLabel}
            value={policy.value ?? ''}
            placeholder="https://example.com"
            validate={(t) => (/^https?:\/\/\S+$/.test(t.trim()) ? null : 'Type a web address that starts with http:// or https://.')}
            onCommit={(t) => onChange({ ...policy, value: t.trim() })}
          />
        )}
      </div>
    </div>
  );
}

export function ListenerForm({ resource, design }: { resource: Listener; design: Design }) {
  const edit = useResourceEdit<'listener'>(resource);
  const pools = resourceChoices(design, 'pool', null, (p) => p.loadBalancer === resource.loadBalancer);
  const needsCertificate = resource.protocol === 'TERMINATED_HTTPS' && resource.tlsCertificateRef === null;
  const setPolicies = (l7Policies: L7Policy[]) => edit('L7 policies', { l7Policies });
  return (
    <>
      <SelectField label="Protocol" value={resource.protocol} options={LISTENER_PROTOCOLS} onCommit={(protocol) => edit('protocol', { protocol })} />
      <NumberField label="Port" value={resource.protocolPort} min={1} max={65535} validate={(p) => portClash(design, resource, p)} onCommit={(protocolPort) => edit('port', { protocolPort })} />
      <SelectField
        label="Default pool"
        value={refValue(resource.defaultPool)}
        options={withCurrent([{ value: NONE, label: 'None' }, ...pools], refValue(resource.defaultPool), design)}
        onCommit={(v) => edit('default pool', { defaultPool: refOf(v) })}
      />
      <TextField
        label="TLS certificate reference"
        value={resource.tlsCertificateRef ?? ''}
        placeholder="Secret store reference"
        hint={needsCertificate ? 'A TERMINATED_HTTPS listener needs the reference of its certificate in the secret store.' : undefined}
        onCommit={(t) => edit('TLS certificate', { tlsCertificateRef: t.trim() === '' ? null : t.trim() })}
      />
      <TextField
        label="Allowed CIDRs"
        value={joinList(resource.allowedCidrs)}
        hint="Comma-separated; 0.0.0.0/0 lets everyone in."
        validate={(t) => listProblem(t, cidrProblem)}
        onCommit={(t) => edit('allowed CIDRs', { allowedCidrs: splitList(t) })}
      />
      <TextField
        label="Inserted headers"
        value={joinList(resource.insertHeaders)}
        placeholder="X-Forwarded-For, X-Forwarded-Proto"
        onCommit={(t) => edit('inserted headers', { insertHeaders: splitList(t) })}
      />
      <fieldset className="insp-field insp-fieldset insp-rows">
        <legend className="insp-label">L7 policies</legend>
        {resource.l7Policies.length === 0 ? <p className="insp-hint">None: all traffic goes to the default pool.</p> : null}
        {resource.l7Policies.map((policy, index) => (
          <L7PolicyRow
            key={`${index}:${policy.action}:${policy.value ?? ''}`}
            policy={policy}
            index={index}
            pools={pools}
            onChange={(p) => setPolicies(resource.l7Policies.map((x, i) => (i === index ? p : x)))}
            onRemove={() => setPolicies(resource.l7Policies.filter((_, i) => i !== index))}
          />
        ))}
        <button type="button" className="insp-button" onClick={() => setPolicies([...resource.l7Policies, { action: 'REJECT', value: null }])}>
          Add policy
        </button>
      </fieldset>
    </>
  );
}
