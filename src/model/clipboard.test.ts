import { describe, expect, it } from 'vitest';
import { copyResources, PASTE_OFFSET, type ClipboardContent } from './clipboard';
import { duplicateResources, pasteClipboard } from './clipboardPaste';
import { emptyDesignFile } from './defaults';
import { resourceId } from './ids';
import { findResource } from './placement';
import { designOf, fileOf, rel, res, sample, withResources } from './testFixtures';
import type { DesignFile, ResourceKind, ResourceOfKind } from './types';

const id = resourceId;

function copyOf(file: DesignFile, ...ids: string[]): ClipboardContent {
  const content = copyResources(file, ids.map(id));
  if (!content) throw new Error('nothing copied');
  return content;
}

/** The pasted resource that was copied from `originalName` (names are kept by a paste). */
function pastedNamed<K extends ResourceKind>(file: DesignFile, pasted: readonly string[], name: string, kind: K): ResourceOfKind<K> {
  const found = file.design.resources.find((r) => pasted.includes(r.id) && r.name === name);
  if (found?.kind !== kind) throw new Error(`no pasted ${kind} named ${name}`);
  return found as ResourceOfKind<K>;
}

describe('copy', () => {
  it('takes the children that cannot live alone and only the relations inside the set', () => {
    const content = copyOf(sample(), 'lb-1', 'web-1');
    expect(content.resources.map((r) => r.id).sort()).toEqual(['hm-1', 'https', 'lb-1', 'm1', 'pool-a', 'web-1']);
    expect(content.relations).toEqual([]);

    const withSubnet = copyOf(sample(), 'web-1', 's1', 'fip-1');
    expect(withSubnet.relations.map((r) => r.id).sort()).toEqual(['fip-web', 'port-web']);
  });

  it('records positions as stored and in canvas coordinates', () => {
    const content = copyOf(sample(), 'web-1');
    expect(content.layout['web-1']).toEqual({
      node: { x: 5, y: 7, parent: 'europe-se-1a' },
      absolute: { x: 125, y: 137 },
    });
  });

  it('returns null when no id exists', () => {
    expect(copyResources(sample(), [id('nothing')])).toBeNull();
  });
});

describe('paste', () => {
  it('gives every pasted resource and relation a new id and re-maps the relations inside the set', () => {
    const file = sample();
    const { file: next, pasted, skipped } = pasteClipboard(file, copyOf(file, 'web-1', 's1', 'fip-1'));
    expect(skipped).toEqual([]);
    expect(pasted).toHaveLength(3);
    const oldIds = new Set<string>(file.design.resources.map((r) => r.id));
    expect(pasted.some((p) => oldIds.has(p))).toBe(false);

    const web = pastedNamed(next, pasted, 'web-1', 'instance');
    const subnet = pastedNamed(next, pasted, 's1', 'subnet');
    const fip = pastedNamed(next, pasted, 'fip-1', 'floatingIp');
    const added = next.design.relations.slice(file.design.relations.length);
    expect(added).toHaveLength(2);
    const port = added.find((r) => r.kind === 'port');
    const assoc = added.find((r) => r.kind === 'fipAssociation');
    expect(port).toMatchObject({ from: web.id, to: subnet.id, primary: true });
    expect(assoc).toMatchObject({ from: fip.id, to: web.id, portSubnet: subnet.id });
    expect(added.some((r) => file.design.relations.some((o) => o.id === r.id))).toBe(false);
    // The originals are untouched.
    expect(next.design.relations.slice(0, file.design.relations.length)).toEqual(file.design.relations);
  });

  it('re-maps the references inside a copied load balancer', () => {
    const file = sample();
    const { file: next, pasted } = pasteClipboard(file, copyOf(file, 'lb-1'));
    const lb = pastedNamed(next, pasted, 'lb-1', 'loadBalancer');
    const listener = pastedNamed(next, pasted, 'https', 'listener');
    const pool = pastedNamed(next, pasted, 'pool-a', 'pool');
    const member = pastedNamed(next, pasted, 'm1', 'poolMember');
    const monitor = pastedNamed(next, pasted, 'hm-1', 'healthMonitor');
    expect(listener.loadBalancer).toBe(lb.id);
    expect(listener.defaultPool).toBe(pool.id);
    expect(listener.l7Policies).toEqual([{ action: 'REDIRECT_TO_POOL', value: pool.id }, { action: 'REJECT', value: null }]);
    expect(pool.loadBalancer).toBe(lb.id);
    expect(member).toMatchObject({ pool: pool.id, instance: 'web-1', subnet: 's1' });
    expect(monitor.pool).toBe(pool.id);
    // Outside references that exist are kept; the VIP address belongs to the original on that subnet.
    expect(lb).toMatchObject({ availabilityZone: 'europe-se-1a', vipSubnet: 's1', vipAddress: null });
  });

  it('keeps the VIP address when the VIP subnet is copied too, and clears public addresses', () => {
    const file = sample();
    const resources = withResources(file.design.resources, res('floatingIp', 'fip-1', { address: '203.0.113.5' }));
    const withAddress = { ...file, design: { ...file.design, resources } };
    const { file: next, pasted } = pasteClipboard(withAddress, copyOf(withAddress, 'lb-1', 's1', 'fip-1'));
    const subnet = pastedNamed(next, pasted, 's1', 'subnet');
    expect(pastedNamed(next, pasted, 'lb-1', 'loadBalancer')).toMatchObject({ vipSubnet: subnet.id, vipAddress: '10.0.1.50' });
    expect(pastedNamed(next, pasted, 'fip-1', 'floatingIp').address).toBeNull();
  });

  it('keeps references to existing resources outside the set: a subnet stays in its network', () => {
    const file = sample();
    const { file: next, pasted } = pasteClipboard(file, copyOf(file, 's2', 'rA', 'web-1'));
    expect(pastedNamed(next, pasted, 's2', 'subnet').network).toBe('net-1');
    expect(pastedNamed(next, pasted, 'rA', 'router').availabilityZoneHints).toEqual(['europe-se-1a', 'europe-se-1b']);
    expect(pastedNamed(next, pasted, 'web-1', 'instance').availabilityZone).toBe('europe-se-1a');
  });

  it('into another design: drops missing optional references and skips what lacks its required parent', () => {
    const source = sample();
    const target = emptyDesignFile('Other');
    const { file: next, pasted, skipped } = pasteClipboard(target, copyOf(source, 's2', 'rA', 'web-1', 'pool-a'));
    expect(skipped.map((r) => r.id).sort()).toEqual(['hm-1', 'm1', 'pool-a', 's2']);
    expect(pasted).toHaveLength(2);
    expect(pastedNamed(next, pasted, 'rA', 'router').availabilityZoneHints).toEqual([]);
    expect(pastedNamed(next, pasted, 'web-1', 'instance').availabilityZone).toBeNull();
  });

  it('pastes a whole region with its zones, networks and subnets into an empty design', () => {
    const source = sample();
    const { file: next, skipped } = pasteClipboard(emptyDesignFile(), copyOf(source, 'europe-se-1'));
    expect(skipped).toEqual([]);
    const region = next.design.resources.find((r) => r.kind === 'region');
    const zones = next.design.resources.filter((r) => r.kind === 'availabilityZone');
    expect(zones.map((z) => z.name).sort()).toEqual(['europe-se-1a', 'europe-se-1b']);
    expect(zones.map((z) => z.region)).toEqual([region?.id, region?.id]);
    const net = next.design.resources.find((r) => r.name === 'net-1');
    const subnets = next.design.resources.filter((r) => r.kind === 'subnet' && r.network === net?.id);
    expect(subnets.map((s) => s.name).sort()).toEqual(['s1', 's2']);
    expect(net?.kind === 'network' && net.availabilityZoneHints).toEqual([zones.find((z) => z.name === 'europe-se-1b')?.id]);
  });

  it('moves top-level copies by the offset and keeps children where they are in a copied container', () => {
    const file = sample();
    const { file: next, pasted } = pasteClipboard(file, copyOf(file, 'europe-se-1a', 'web-1', 'rB'), 80);
    // An AZ needs its region, which exists: the AZ stays in the region, 80 px further.
    const zone = pastedNamed(next, pasted, 'europe-se-1a', 'availabilityZone');
    const web = pastedNamed(next, pasted, 'web-1', 'instance');
    const rB = pastedNamed(next, pasted, 'rB', 'router');
    expect(next.layout.nodes[zone.id]).toEqual({ x: 100, y: 110, width: 300, height: 300, parent: 'europe-se-1' });
    expect(next.layout.nodes[web.id]).toEqual({ x: 5, y: 7, parent: zone.id });
    expect(next.layout.nodes[rB.id]).toEqual({ x: 480, y: 480 });
  });

  it('places a node whose container is missing at its canvas position, offset', () => {
    const source = sample();
    const { file: next, pasted } = pasteClipboard(emptyDesignFile(), copyOf(source, 'web-1'));
    expect(next.layout.nodes[pasted[0]!]).toEqual({ x: 125 + PASTE_OFFSET, y: 137 + PASTE_OFFSET });
  });

  it('returns the same file when nothing can be pasted', () => {
    const target = emptyDesignFile();
    const result = pasteClipboard(target, copyOf(sample(), 'pool-b'));
    expect(result.file).toBe(target);
    expect(result.pasted).toEqual([]);
  });
});

describe('duplicate', () => {
  it('copies and pastes into the same design without touching the input', () => {
    const file = fileOf(
      designOf(
        [res('region', 'se'), res('network', 'net-1'), res('subnet', 's1'), res('router', 'r1')],
        [rel('routerInterface', 'ri', 'r1', 's1', { ip: '10.0.1.1' })],
      ),
    );
    const frozen = structuredClone(file);
    const { file: next, pasted } = duplicateResources(file, [id('r1'), id('s1')]);
    expect(file).toEqual(frozen);
    expect(next.design.resources).toHaveLength(6);
    const r = pastedNamed(next, pasted, 'r1', 'router');
    const s = pastedNamed(next, pasted, 's1', 'subnet');
    expect(next.design.relations[1]).toMatchObject({ kind: 'routerInterface', from: r.id, to: s.id, ip: '10.0.1.1' });
    expect(findResource(next.design, s.id)).toMatchObject({ network: 'net-1', cidr: '10.0.1.0/24' });
  });

  it('gives nothing for unknown ids', () => {
    const file = sample();
    expect(duplicateResources(file, [id('nothing')])).toEqual({ file, pasted: [], skipped: [] });
  });
});
