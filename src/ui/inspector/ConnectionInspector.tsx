/**
 * The inspector of one connection: the properties of its relation (a dependency's failover group,
 * a port's fixed IP, an interface IP…), or, for connections stored on a resource, where to edit
 * them.
 */
import { CONNECTION_KIND_LABELS } from '../../canvas/labels';
import { nameOf, nameOfId } from '../../model/connectionReasons';
import { listConnections, type Connection } from '../../model/connections';
import { updateRelation } from '../../model/edit';
import { findOfKind, findResource } from '../../model/placement';
import type { Design, DependsOnRelation, FipAssociationRelation, PortRelation, Relation, RouterInterfaceRelation } from '../../model/types';
import { useDesignStoreApi } from '../../store/context';
import { NONE, refOf, refValue } from './choices';
import { CheckboxField, NumberField, SelectField, TextField } from './fields';
import { useCommit, useRelationEdit } from './useEdit';
import { addressProblem } from './validation';

function describe(design: Design, c: Connection): string {
  return `${CONNECTION_KIND_LABELS[c.kind]} ${nameOfId(design, c.from)} → ${nameOfId(design, c.to)}`;
}

function DependsOnForm({ relation, label }: { relation: DependsOnRelation; label: string }) {
  const edit = useRelationEdit<'dependsOn'>(relation, label);
  const group = relation.failoverGroup;
  return (
    <>
      <CheckboxField label="Required (it cannot work without it)" checked={relation.required} onCommit={(required) => edit('required', { required })} />
      <SelectField
        label="Reached over"
        value={relation.via}
        options={[
          { value: 'private', label: 'Private network' },
          { value: 'public', label: 'Internet' },
        ]}
        onCommit={(via) => edit('path', { via })}
      />
      <TextField label="Label" value={relation.label} placeholder="e.g. database connection" onCommit={(t) => edit('label', { label: t.trim() })} />
      <TextField
        label="Failover group"
        value={group?.group ?? ''}
        placeholder="None"
        hint="Dependencies from the same instance with the same group name stand in for each other."
        onCommit={(t) =>
          edit('failover group', { failoverGroup: t.trim() === '' ? null : { order: 0, failover: 'automatic', ...group, group: t.trim() } })
        }
      />
      {group ? (
        <>
          <NumberField label="Order in group" value={group.order} min={0} max={9999} hint="0 is the primary; 1, 2… are tried in turn." onCommit={(order) => edit('failover order', { failoverGroup: { ...group, order } })} />
          <SelectField
            label="Failover"
            value={group.failover}
            options={[
              { value: 'automatic', label: 'Automatic' },
              { value: 'manual', label: 'Manual (someone switches over)' },
            ]}
            onCommit={(failover) => edit('failover mode', { failoverGroup: { ...group, failover } })}
          />
        </>
      ) : null}
    </>
  );
}

function PortForm({ relation, design, label }: { relation: PortRelation; design: Design; label: string }) {
  const edit = useRelationEdit<'port'>(relation, label);
  const commit = useCommit();
  const subnet = findOfKind(design, relation.to, 'subnet');
  const setPrimary = (primary: boolean) =>
    commit(`Change primary port of ${nameOfId(design, relation.from)}`, (file) => {
      let next = updateRelation<'port'>(file, relation.id, { primary });
      // One primary port per instance: it carries the default route.
      if (primary) {
        for (const other of file.design.relations) {
          if (other.kind === 'port' && other.from === relation.from && other.id !== relation.id && other.primary) {
            next = updateRelation<'port'>(next, other.id, { primary: false });
          }
        }
      }
      return next;
    });
  return (
    <>
      <CheckboxField label="Primary port (carries the default route)" checked={relation.primary} onCommit={setPrimary} />
      <TextField
        label="Fixed IP"
        value={relation.fixedIp ?? ''}
        placeholder="Assigned by DHCP"
        validate={(t) => addressProblem(t, subnet?.cidr ?? null, true)}
        onCommit={(t) => edit('fixed IP', { fixedIp: t.trim() === '' ? null : t.trim() })}
      />
    </>
  );
}

function InterfaceForm({ relation, design, label }: { relation: RouterInterfaceRelation; design: Design; label: string }) {
  const edit = useRelationEdit<'routerInterface'>(relation, label);
  const subnet = findOfKind(design, relation.to, 'subnet');
  const gatewayOf = subnet !== undefined && subnet.gatewayIp !== null && subnet.gatewayIp === relation.ip ? subnet : undefined;
  return (
    <TextField
      label="Interface IP"
      value={relation.ip ?? ''}
      validate={(t) => addressProblem(t, subnet?.cidr ?? null, true)}
      hint={
        gatewayOf
          ? `This is the gateway address of ${nameOf(gatewayOf)}: the router is its default gateway.`
          : 'Not the subnet’s gateway address: instances do not send their traffic here by default.'
      }
      onCommit={(t) => edit('interface IP', { ip: t.trim() === '' ? null : t.trim() })}
    />
  );
}

function FipForm({ relation, design, label }: { relation: FipAssociationRelation; design: Design; label: string }) {
  const edit = useRelationEdit<'fipAssociation'>(relation, label);
  const ports = design.relations.filter((r): r is PortRelation => r.kind === 'port' && r.from === relation.to);
  const portSubnet = findOfKind(design, relation.portSubnet, 'subnet');
  return (
    <>
      {findResource(design, relation.to)?.kind === 'instance' ? (
        <SelectField
          label="Port"
          value={refValue(relation.portSubnet)}
          options={[{ value: NONE, label: 'The primary port' }, ...ports.map((p) => ({ value: p.to, label: `Port on ${nameOfId(design, p.to)}` }))]}
          hint="On an instance with several ports, the floating IP belongs on the port that carries the default route."
          onCommit={(v) => edit('port', { portSubnet: refOf(v) })}
        />
      ) : null}
      <TextField
        label="Fixed IP it maps to"
        value={relation.fixedIp ?? ''}
        placeholder="The port's address"
        validate={(t) => addressProblem(t, portSubnet?.cidr ?? null, true)}
        onCommit={(t) => edit('fixed IP', { fixedIp: t.trim() === '' ? null : t.trim() })}
      />
    </>
  );
}

function RelationForm({ relation, design, label }: { relation: Relation; design: Design; label: string }) {
  switch (relation.kind) {
    case 'dependsOn':
      return <DependsOnForm relation={relation} label={label} />;
    case 'port':
      return <PortForm relation={relation} design={design} label={label} />;
    case 'routerInterface':
      return <InterfaceForm relation={relation} design={design} label={label} />;
    case 'fipAssociation':
      return <FipForm relation={relation} design={design} label={label} />;
    case 'dnsTarget':
      return (
        <DnsRoleField relation={relation} label={label} />
      );
    default:
      return <p className="insp-hint">This connection has no properties of its own.</p>;
  }
}

function DnsRoleField({ relation, label }: { relation: Extract<Relation, { kind: 'dnsTarget' }>; label: string }) {
  const edit = useRelationEdit<'dnsTarget'>(relation, label);
  return (
    <SelectField
      label="Role"
      value={relation.role}
      options={[
        { value: 'primary', label: 'Primary (the answer)' },
        { value: 'standby', label: 'Standby (re-pointed to by hand)' },
        { value: 'member', label: 'Member (one of several answers)' },
      ]}
      onCommit={(role) => edit('role', { role })}
    />
  );
}

/** The inspector of the connection with this id (as `listConnections` lists it). */
export function ConnectionInspector({ connectionId, design }: { connectionId: string; design: Design }) {
  const store = useDesignStoreApi();
  const connection = listConnections(design).find((c) => c.id === connectionId);
  if (!connection) return <p className="insp-hint">This connection no longer exists.</p>;
  const label = describe(design, connection);
  const relation = design.relations.find((r) => r.id === connection.relationId);
  const source = findResource(design, connection.from);
  return (
    <section className="insp-section" aria-label={label} data-testid="connection-inspector">
      <p className="insp-kind">{CONNECTION_KIND_LABELS[connection.kind]}</p>
      <p className="insp-ends">
        {nameOfId(design, connection.from)} → {nameOfId(design, connection.to)}
      </p>
      {relation ? (
        <RelationForm key={relation.id} relation={relation} design={design} label={label} />
      ) : (
        <>
          <p className="insp-hint">
            {connection.kind === 'staticRoute'
              ? `A static route of ${source ? nameOf(source) : 'the router'}; edit its destination and next hop with the router.`
              : `Stored with ${source ? nameOf(source) : 'its source'}; change it there or draw the connection again.`}
          </p>
          {source ? (
            <button type="button" className="insp-button" onClick={() => store.getState().select({ resources: [source.id], connections: [] })}>
              Inspect {nameOf(source)}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
