import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { designOf, res, withResources, world } from '../model/testFixtures';
import { placementForMove } from './moveRules';

const id = resourceId;
const design = designOf(
  withResources(world(), res('objectStorageEndpoint', 's3-a', { availabilityZone: id('europe-se-1a'), url: 'https://object-eu-se-1a.binero.cloud' })),
);

function move(resource: string, container: string | null) {
  return placementForMove(design, id(resource), container === null ? null : id(container));
}

describe('placementForMove', () => {
  it('moves an instance, volume or load balancer into another AZ', () => {
    expect(move('web-1', 'europe-se-1b')).toEqual({ ok: true, parent: 'europe-se-1b', patch: { availabilityZone: 'europe-se-1b' } });
    expect(move('lb-1', 'europe-se-1b')).toEqual({ ok: true, parent: 'europe-se-1b', patch: { availabilityZone: 'europe-se-1b' } });
  });

  it('changes nothing but the position inside the same AZ', () => {
    expect(move('web-1', 'europe-se-1a')).toEqual({ ok: true, parent: 'europe-se-1a', patch: null });
  });

  it("moves a router's hint, and its gateway when it was the old zone's", () => {
    expect(move('rA', 'europe-se-1b')).toEqual({
      ok: true,
      parent: 'europe-se-1b',
      patch: { availabilityZoneHints: ['europe-se-1b'], externalNetwork: 'europe-se-1-1b-net0' },
    });
  });

  it("takes a floating IP from the new zone's external network", () => {
    expect(move('fip-1', 'europe-se-1b')).toEqual({ ok: true, parent: 'europe-se-1b', patch: { pool: 'europe-se-1-1b-net0' } });
  });

  it("points an endpoint with the old zone's default URL at the new zone's", () => {
    expect(move('s3-a', 'europe-se-1b')).toEqual({
      ok: true,
      parent: 'europe-se-1b',
      patch: { availabilityZone: 'europe-se-1b', url: 'https://object-eu-se-1b.binero.cloud' },
    });
  });

  it('refuses AZ-scoped resources outside every zone', () => {
    expect(move('web-1', 'europe-se-1')).toEqual({ ok: false, reason: 'An instance must be placed in an availability zone.' });
    expect(move('fip-1', null)).toEqual({ ok: false, reason: 'A floating IP must be placed in an availability zone.' });
  });

  it('keeps listeners and pools with their load balancer', () => {
    expect(move('https', 'europe-se-1b')).toEqual({ ok: false, reason: 'A listener stays with its load balancer: move lb-1 instead.' });
  });

  it('keeps networks, subnets and zones in their region', () => {
    expect(move('net-1', 'europe-se-1b')).toEqual({ ok: true, parent: 'europe-se-1', patch: null });
    expect(move('s1', 'eu-north-1')).toEqual({
      ok: false,
      reason: 's1 belongs to europe-se-1 and cannot move to eu-north-1: private networks and zones do not cross regions.',
    });
    expect(move('europe-se-1b', null)).toEqual({ ok: false, reason: 'An availability zone must stay inside its region.' });
  });

  it('keeps global resources and regions on the open canvas', () => {
    expect(move('glb', 'europe-se-1')).toEqual({ ok: false, reason: 'A global load balancer is global: keep it outside the regions.' });
    expect(move('europe-se-1', null)).toEqual({ ok: true, parent: null, patch: null });
    expect(move('eu-north-1', 'europe-se-1')).toEqual({ ok: false, reason: 'A region cannot be placed inside europe-se-1.' });
  });
});
