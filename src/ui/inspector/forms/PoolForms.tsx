/**
 * Inspector forms of a pool, its members and its health monitor.
 */
import { nameOf } from '../../../model/connectionReasons';
import { findOfKind } from '../../../model/placement';
import type {
  Design,
  HealthMonitor,
  HealthMonitorType,
  LbAlgorithm,
  Pool,
  PoolMember,
  PoolProtocol,
  SessionPersistence,
} from '../../../model/types';
import { refOf, refValue, resourceChoices, withCurrent } from '../choices';
import { CheckboxField, NumberField, SelectField, TextField, wholeNumberProblem, type Choice } from '../fields';
import { useResourceEdit } from '../useEdit';
import { addressProblem } from '../validation';

const choices = <T extends string>(values: readonly T[]): Choice<T>[] => values.map((value) => ({ value, label: value }));

const POOL_PROTOCOLS = choices<PoolProtocol>(['HTTP', 'HTTPS', 'TCP', 'UDP', 'PROXY', 'PROXYV2', 'SCTP']);
const ALGORITHMS: Choice<LbAlgorithm>[] = [
  { value: 'ROUND_ROBIN', label: 'Round robin' },
  { value: 'LEAST_CONNECTIONS', label: 'Least connections' },
  { value: 'SOURCE_IP', label: 'Source IP' },
  { value: 'SOURCE_IP_PORT', label: 'Source IP and port' },
];
const PERSISTENCE: Choice<SessionPersistence>[] = [
  { value: 'none', label: 'None' },
  { value: 'SOURCE_IP', label: 'Source IP' },
  { value: 'HTTP_COOKIE', label: 'HTTP cookie (set by the load balancer)' },
  { value: 'APP_COOKIE', label: 'Application cookie' },
];

export function PoolForm({ resource }: { resource: Pool; design: Design }) {
  const edit = useResourceEdit<'pool'>(resource);
  return (
    <>
      <SelectField label="Protocol" value={resource.protocol} options={POOL_PROTOCOLS} onCommit={(protocol) => edit('protocol', { protocol })} />
      <SelectField label="Algorithm" value={resource.lbAlgorithm} options={ALGORITHMS} onCommit={(lbAlgorithm) => edit('algorithm', { lbAlgorithm })} />
      <SelectField
        label="Session persistence"
        value={resource.sessionPersistence}
        options={PERSISTENCE}
        onCommit={(sessionPersistence) => edit('session persistence', { sessionPersistence, cookieName: sessionPersistence === 'APP_COOKIE' ? resource.cookieName : null })}
      />
      {resource.sessionPersistence === 'APP_COOKIE' ? (
        <TextField
          label="Cookie name"
          value={resource.cookieName ?? ''}
          validate={(t) => (/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(t.trim()) ? null : 'Type the name of the application’s cookie, such as JSESSIONID (no spaces).')}
          onCommit={(t) => edit('cookie name', { cookieName: t.trim() })}
        />
      ) : null}
    </>
  );
}

/** A port that may be left empty. */
function optionalPortProblem(text: string): string | null {
  return text.trim() === '' ? null : wholeNumberProblem(text, 1, 65535, 'Monitor port');
}

export function PoolMemberForm({ resource, design }: { resource: PoolMember; design: Design }) {
  const edit = useResourceEdit<'poolMember'>(resource);
  const subnet = findOfKind(design, resource.subnet, 'subnet');
  return (
    <>
      <SelectField
        label="Instance"
        value={refValue(resource.instance)}
        options={withCurrent(resourceChoices(design, 'instance', 'None (explicit address)'), refValue(resource.instance), design)}
        onCommit={(v) => edit('instance', { instance: refOf(v) })}
      />
      <NumberField label="Port" value={resource.protocolPort} min={1} max={65535} onCommit={(protocolPort) => edit('port', { protocolPort })} />
      <SelectField
        label="Member subnet"
        value={refValue(resource.subnet)}
        options={withCurrent(resourceChoices(design, 'subnet', 'Not given (reached from the VIP subnet)', undefined, (s) => `${nameOf(s)} (${s.cidr})`), refValue(resource.subnet), design)}
        hint="When given, the load balancer is plugged into this subnet's network and reaches the member directly."
        onCommit={(v) => edit('member subnet', { subnet: refOf(v) })}
      />
      <NumberField label="Weight" value={resource.weight} min={1} max={256} hint="Keep weights equal unless members differ in size." onCommit={(weight) => edit('weight', { weight })} />
      <CheckboxField label="Backup member (used only when every other member is down)" checked={resource.backup} onCommit={(backup) => edit('backup', { backup })} />
      <CheckboxField label="Enabled (admin state up)" checked={resource.adminStateUp} onCommit={(adminStateUp) => edit('admin state', { adminStateUp })} />
      <TextField
        label="Address"
        value={resource.address ?? ''}
        placeholder="The instance's address"
        validate={(t) => addressProblem(t, subnet?.cidr ?? null, true)}
        onCommit={(t) => edit('address', { address: t.trim() === '' ? null : t.trim() })}
      />
      <TextField
        label="Monitor address"
        value={resource.monitorAddress ?? ''}
        placeholder="Same as the member"
        validate={(t) => addressProblem(t, null, true)}
        onCommit={(t) => edit('monitor address', { monitorAddress: t.trim() === '' ? null : t.trim() })}
      />
      <TextField
        label="Monitor port"
        value={resource.monitorPort === null ? '' : String(resource.monitorPort)}
        placeholder="Same as the member"
        validate={optionalPortProblem}
        onCommit={(t) => edit('monitor port', { monitorPort: t.trim() === '' ? null : Number(t.trim()) })}
      />
    </>
  );
}

const MONITOR_TYPES = choices<HealthMonitorType>(['HTTP', 'HTTPS', 'TCP', 'TLS-HELLO', 'UDP-CONNECT', 'PING']);
const HTTP_METHODS = choices(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']);

function expectedCodesProblem(text: string): string | null {
  return /^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/.test(text.trim())
    ? null
    : 'Write HTTP status codes such as 200, a list such as 200,202 or a range such as 200-204.';
}

export function HealthMonitorForm({ resource }: { resource: HealthMonitor; design: Design }) {
  const edit = useResourceEdit<'healthMonitor'>(resource);
  const http = resource.type === 'HTTP' || resource.type === 'HTTPS';
  return (
    <>
      <SelectField
        label="Type"
        value={resource.type}
        options={MONITOR_TYPES}
        hint={resource.type === 'PING' ? 'A ping only shows that the host answers, not that the service works; match the listener protocol instead.' : undefined}
        onCommit={(type) => edit('type', { type })}
      />
      <NumberField label="Delay" unit="s" value={resource.delay} min={1} max={86400} onCommit={(delay) => edit('delay', { delay })} />
      <NumberField label="Timeout" unit="s" value={resource.timeout} min={1} max={86400} onCommit={(timeout) => edit('timeout', { timeout })} />
      <NumberField label="Retries before marked down" value={resource.maxRetries} min={1} max={10} onCommit={(maxRetries) => edit('retries', { maxRetries })} />
      {http ? (
        <>
          <TextField
            label="URL path"
            value={resource.urlPath}
            validate={(t) => (t.trim().startsWith('/') ? null : 'A URL path starts with a slash, such as /health.')}
            onCommit={(t) => edit('URL path', { urlPath: t.trim() })}
          />
          <SelectField label="HTTP method" value={resource.httpMethod} options={withCurrentText(HTTP_METHODS, resource.httpMethod)} onCommit={(httpMethod) => edit('HTTP method', { httpMethod })} />
          <TextField label="Expected codes" value={resource.expectedCodes} validate={expectedCodesProblem} onCommit={(t) => edit('expected codes', { expectedCodes: t.trim() })} />
        </>
      ) : null}
      <CheckboxField label="Enabled (admin state up)" checked={resource.adminStateUp} onCommit={(adminStateUp) => edit('admin state', { adminStateUp })} />
    </>
  );
}

function withCurrentText(options: Choice<string>[], value: string): Choice<string>[] {
  return options.some((o) => o.value === value) ? options : [...options, { value, label: value }];
}
