import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { designOf, rel, world } from '../model/testFixtures';
import { connectionIntent } from './connectionIntent';

const id = resourceId;
const design = designOf(world(), [rel('port', 'p1', 'web-1', 's1')]);

describe('connectionIntent', () => {
  it('offers the one kind that joins a router to a subnet', () => {
    expect(connectionIntent(design, id('rA'), id('s1'))).toEqual({ ok: true, from: 'rA', to: 's1', kinds: ['routerInterface'] });
  });

  it('reads a subnet dragged to a router as the router interface it must be', () => {
    expect(connectionIntent(design, id('s1'), id('rA'))).toEqual({ ok: true, from: 'rA', to: 's1', kinds: ['routerInterface'] });
  });

  it('offers every allowed kind between two instances, the likeliest first', () => {
    expect(connectionIntent(design, id('web-1'), id('db-1'))).toEqual({
      ok: true,
      from: 'web-1',
      to: 'db-1',
      kinds: ['dependsOn', 'replicatesWith'],
    });
  });

  it('refuses a floating IP to a subnet with the reason', () => {
    expect(connectionIntent(design, id('fip-1'), id('s1'))).toEqual({
      ok: false,
      reason: 'A floating IP can be associated with an instance or a load balancer, not with a subnet.',
    });
  });

  it('refuses a duplicate with the reason of the kind that fits', () => {
    expect(connectionIntent(design, id('web-1'), id('s1'))).toEqual({ ok: false, reason: 'web-1 already has a port on s1.' });
  });
});
