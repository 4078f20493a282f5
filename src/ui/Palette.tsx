import { useId, useMemo, useState, type DragEvent } from 'react';
import { kindTitle } from '../canvas/labels';
import { PALETTE_DRAG_TYPE, useAddResource } from '../canvas/useAddResource';
import type { ResourceKind } from '../model/types';
import { KIND_FAMILY, KindIcon } from './icons';
import './Palette.css';

interface PaletteItem {
  kind: ResourceKind;
  /** The name shown (the kind's title unless the palette has a clearer one). */
  name: string;
  /** The tooltip: what it is and where it goes. */
  hint: string;
}

interface PaletteGroup {
  title: string;
  items: readonly PaletteItem[];
}

const item = (kind: ResourceKind, hint: string, name = kindTitle(kind)): PaletteItem => ({ kind, name, hint });

/** Every resource kind, grouped as in the product's mental model. */
export const PALETTE_GROUPS: readonly PaletteGroup[] = [
  {
    title: 'Placement',
    items: [
      item('region', 'A region with its own control plane. Place it on the open canvas.'),
      item('availabilityZone', 'A zone inside a region: a separate data centre. Drop it in a region.'),
    ],
  },
  {
    title: 'Network',
    items: [
      item('network', 'A private network; it spans every zone of its region. Drop it in a region.'),
      item('subnet', 'An address range of a network. Drop it in a region; it joins the selected network, or the first one there.'),
      item('router', 'A router lives in one zone and uses that zone’s external network as gateway. Drop it in a zone.'),
      item('floatingIp', 'A public address from the external network of one zone. Drop it in a zone.'),
      item('publicPort', 'A public address attached straight to an instance, from its zone’s external network. Drop it in a zone.', 'Directly attached IP'),
    ],
  },
  {
    title: 'Compute',
    items: [
      item('instance', 'A virtual machine in one zone. Drop it in a zone.'),
      item('volume', 'A block storage volume; it can only attach to instances in its own zone. Drop it in a zone.'),
    ],
  },
  {
    title: 'Load balancing',
    items: [
      item('loadBalancer', 'A load balancer runs in one zone. Drop it in a zone.'),
      item('listener', 'A port the load balancer listens on. Drop it in the zone of its load balancer (or select the load balancer first).'),
      item('pool', 'The set of back ends a listener forwards to. Drop it in the zone of its load balancer (or select the load balancer first).'),
      item(
        'poolMember',
        'A pool member is a connection, not a box: draw a connection from a pool to an instance. To add one from here, select the pool and the instance first.',
      ),
      item('healthMonitor', 'Checks the members of a pool. Drop it in the zone of its pool (or select the pool first).'),
    ],
  },
  {
    title: 'Global and DNS',
    items: [
      item('globalLoadBalancer', 'A load balancer outside the provider that spreads traffic over zones. Place it on the open canvas.'),
      item('dnsZone', 'A DNS zone, served from outside the provider’s zones. Place it on the open canvas.'),
      item('dnsRecord', 'A DNS record pointing at public addresses. Place it on the open canvas.'),
    ],
  },
  {
    title: 'Storage',
    items: [item('objectStorageEndpoint', 'The S3 or Swift endpoint of one zone. Drop it in a zone.')],
  },
];

function matches(entry: PaletteItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || entry.name.toLowerCase().includes(q) || kindTitle(entry.kind).toLowerCase().includes(q);
}

function onDragStart(event: DragEvent<HTMLButtonElement>, kind: ResourceKind) {
  event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * The resource palette: every kind, grouped, with a search box. Drag an item onto the canvas, or
 * press it (click, Enter, Space) to add it at the centre of the view.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const addResource = useAddResource();
  const headingId = useId();
  const searchId = useId();
  const groups = useMemo(
    () => PALETTE_GROUPS.map((g) => ({ ...g, items: g.items.filter((i) => matches(i, query)) })).filter((g) => g.items.length > 0),
    [query],
  );

  return (
    <nav className="palette" aria-labelledby={headingId} data-testid="palette">
      <h2 id={headingId} className="palette-title">
        Resources
      </h2>
      <label className="palette-search-label" htmlFor={searchId}>
        Search resources
      </label>
      <input
        id={searchId}
        className="palette-search"
        type="search"
        placeholder="Search…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="palette-groups">
        {groups.length === 0 && <p className="palette-empty">No resource matches “{query.trim()}”.</p>}
        {groups.map((group) => (
          <section key={group.title} className="palette-group" aria-label={group.title}>
            <h3 className="palette-group-title">{group.title}</h3>
            <ul className="palette-list">
              {group.items.map((entry) => (
                <li key={entry.kind}>
                  <button
                    type="button"
                    className="palette-item"
                    draggable
                    title={entry.hint}
                    data-kind={entry.kind}
                    onDragStart={(event) => onDragStart(event, entry.kind)}
                    onClick={() => addResource(entry.kind)}
                  >
                    <KindIcon kind={entry.kind} className={`palette-icon family-${KIND_FAMILY[entry.kind]}`} />
                    <span className="palette-name">{entry.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="palette-help">Drag onto the canvas, or press to add at the centre of the view.</p>
    </nav>
  );
}
