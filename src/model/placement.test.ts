import { describe, expect, it } from 'vitest';
import { resourceId } from './ids';
import { azOf, findOfKind, regionOf, resourceIndex } from './placement';
import { designOf, rel, res, withResources, world } from './testFixtures';

const id = resourceId;

describe('placement look-ups', () => {
  const design = designOf(
    withResources(
      world(),
      res('instance', 'floating', { availabilityZone: null }),
      res('instance', 'homeless', { availabilityZone: null }),
      res('router', 'r-gw', { externalNetwork: 'eu-north-1-1a-net0' }),
      res('router', 'r-if'),
      res('router', 'r-none'),
      res('loadBalancer', 'lb-x', { availabilityZone: null }),
    ),
    [rel('port', 'p1', 'floating', 'db-subnet'), rel('routerInterface', 'ri1', 'r-if', 's1')],
  );

  it('finds the region of every kind of resource', () => {
    const cases: [string, string | null][] = [
      ['europe-se-1', 'europe-se-1'],
      ['europe-se-1b', 'europe-se-1'],
      ['net-no', 'eu-north-1'],
      ['s2', 'europe-se-1'],
      ['db-subnet', 'eu-north-1'],
      ['app-2', 'europe-se-1'],
      ['web-n', 'eu-north-1'],
      ['floating', 'eu-north-1'], // no AZ: the region of its first port's subnet
      ['homeless', null],
      ['vol-1', 'europe-se-1'],
      ['lb-2', 'europe-se-1'],
      ['lb-x', null],
      ['s3-a', 'europe-se-1'],
      ['rN', 'eu-north-1'], // first hint
      ['r-gw', 'eu-north-1'], // external network
      ['r-if', 'europe-se-1'], // interface subnet
      ['r-none', null],
      ['fip-n', 'eu-north-1'],
      ['pp-1', 'europe-se-1'],
      ['https', 'europe-se-1'],
      ['pool-b', 'europe-se-1'],
      ['hm-1', 'europe-se-1'],
      ['m1', 'europe-se-1'],
      ['glb', null],
      ['example.com', null],
      ['www', null],
      ['nothing-here', null],
    ];
    for (const [resource, region] of cases) {
      expect([resource, regionOf(design, id(resource))]).toEqual([resource, region]);
    }
  });

  it('finds the declared AZ of AZ-scoped resources only', () => {
    expect(azOf(design, id('app-2'))).toBe('europe-se-1b');
    expect(azOf(design, id('floating'))).toBeNull();
    expect(azOf(design, id('rB'))).toBe('europe-se-1b');
    expect(azOf(design, id('r-gw'))).toBeNull();
    expect(azOf(design, id('fip-b'))).toBe('europe-se-1b');
    expect(azOf(design, id('pp-1'))).toBe('europe-se-1a');
    expect(azOf(design, id('vol-1'))).toBe('europe-se-1a');
    expect(azOf(design, id('s3-a'))).toBe('europe-se-1a');
    expect(azOf(design, id('s1'))).toBeNull();
    expect(azOf(design, id('https'))).toBeNull();
  });

  it('looks resources up by id and kind, indexing each resources array once', () => {
    expect(findOfKind(design, id('s1'), 'subnet')?.cidr).toBe('10.0.1.0/24');
    expect(findOfKind(design, id('s1'), 'network')).toBeUndefined();
    expect(findOfKind(design, null, 'network')).toBeUndefined();
    expect(resourceIndex(design)).toBe(resourceIndex({ ...design, name: 'renamed' }));
  });
});
