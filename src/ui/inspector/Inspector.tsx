/**
 * The inspector: every property of what is selected. One resource or one connection gets its
 * form; several get a count by kind and the actions that apply to all of them.
 */
import { useShallow } from 'zustand/react/shallow';
import { ActionButton } from '../../actions/ActionButton';
import { RESOURCE_KIND_LABELS } from '../../model/connectionReasons';
import { findResource } from '../../model/placement';
import type { Design, ResourceKind } from '../../model/types';
import { useDesign } from '../../store/context';
import { ConnectionInspector } from './ConnectionInspector';
import { ResourceInspector } from './ResourceInspector';
import './Inspector.css';

function plural(kind: ResourceKind, n: number): string {
  const label = RESOURCE_KIND_LABELS[kind];
  if (n === 1) return `1 ${label}`;
  return `${n} ${label.endsWith('s') ? label : `${label}s`}`;
}

function MultiSelection({ design, resources, connections }: { design: Design; resources: readonly string[]; connections: number }) {
  const counts = new Map<ResourceKind, number>();
  for (const id of resources) {
    const r = design.resources.find((x) => x.id === id);
    if (r) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  }
  const total = resources.length + connections;
  return (
    <section className="insp-section" aria-label={`${total} selected`} data-testid="multi-inspector">
      <p className="insp-kind">{total} selected</p>
      <ul className="insp-list">
        {[...counts].map(([kind, n]) => (
          <li key={kind}>{plural(kind, n)}</li>
        ))}
        {connections > 0 ? <li>{connections === 1 ? '1 connection' : `${connections} connections`}</li> : null}
      </ul>
      <div className="insp-actions" role="group" aria-label="Actions on the selection">
        <ActionButton id="duplicate" className="insp-button" />
        <ActionButton id="copy" className="insp-button" />
        <ActionButton id="delete" className="insp-button insp-danger" />
        <ActionButton id="clearSelection" className="insp-button" />
      </div>
    </section>
  );
}

/** The inspector of the current selection. */
export function Inspector() {
  const design = useDesign((s) => s.file.design);
  const { resources, connections } = useDesign(useShallow((s) => s.selection));
  const total = resources.length + connections.length;

  if (total === 0) {
    return (
      <p className="insp-empty">
        Select a resource or a connection on the canvas to see and change its properties. Shift-click or drag a box to select
        several.
      </p>
    );
  }
  if (total > 1) return <MultiSelection design={design} resources={resources} connections={connections.length} />;
  const only = resources[0];
  const resource = only === undefined ? undefined : findResource(design, only);
  if (resource) return <ResourceInspector key={resource.id} resource={resource} design={design} />;
  const connection = connections[0];
  if (connection !== undefined) return <ConnectionInspector key={connection} connectionId={connection} design={design} />;
  return <p className="insp-empty">The selected resource no longer exists.</p>;
}
