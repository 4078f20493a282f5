/**
 * The recommended two-zone web tier and the two-region design built from the same per-zone stack:
 * in each zone a router, a subnet, a load balancer (listener, pool, HTTP monitor) over two web
 * instances and a floating IP on the load balancer; the zones' routers joined by a link network
 * with static routes both ways. Tooling only (see `kit.ts`).
 */
import { resourceId } from '../../model/ids';
import { floatingIp, globalLoadBalancer, httpLoadBalancer, instance, join, network, port, rel, region, res, router, routerInterface, type Part } from './kit';

interface ZoneStack {
  /** Prefix of every id in the stack, e.g. `a` or `se2-a`. */
  prefix: string;
  az: string;
  /** Third and fourth octets aside: the /24 of the zone's web subnet, e.g. `172.29.45`. */
  net24: string;
  /** This router's address on the link subnet. */
  linkIp: string;
  /** The other zone's web subnet and its router's link address, for the static route. */
  peerCidr: string;
  peerLinkIp: string;
}

/** One zone's complete web stack (AZ-scoped resources listed in rows of two for the canvas grid). */
function zoneStack(regionId: string, linkSubnet: string, z: ZoneStack): Part {
  const subnet = `web-subnet-${z.prefix}`;
  const web1 = `web-${z.prefix}1`;
  const web2 = `web-${z.prefix}2`;
  const lb = httpLoadBalancer(`web-${z.prefix}`, z.az, subnet, [web1, web2]);
  return {
    resources: [
      floatingIp(`fip-${z.prefix}`, z.az),
      router(`router-${z.prefix}`, z.az, [{ destinationCidr: z.peerCidr, nextHop: z.peerLinkIp }]),
      ...lb,
      instance(web1, z.az),
      instance(web2, z.az),
      ...network(regionId, `web-net-${z.prefix}`, subnet, `${z.net24}.0/24`, `${z.net24}.1`),
    ],
    relations: [
      routerInterface(`router-${z.prefix}`, subnet, `${z.net24}.1`),
      routerInterface(`router-${z.prefix}`, linkSubnet, z.linkIp),
      port(web1, subnet),
      port(web2, subnet),
      rel('fipAssociation', `fip-${z.prefix}`, `web-${z.prefix}-lb`),
    ],
  };
}

/** A region with two zones, each with a full web stack, joined by a link network. */
function twoZoneRegion(regionId: string, idPrefix: string, net16: string, description?: string): Part {
  const p = (s: string): string => (idPrefix === '' ? s : `${idPrefix}-${s}`);
  const linkSubnet = p('link-subnet');
  const a = zoneStack(regionId, linkSubnet, {
    prefix: p('a'), az: `${regionId}a`, net24: `${net16}.45`, linkIp: `${net16}.254.1`, peerCidr: `${net16}.46.0/24`, peerLinkIp: `${net16}.254.2`,
  });
  const b = zoneStack(regionId, linkSubnet, {
    prefix: p('b'), az: `${regionId}b`, net24: `${net16}.46`, linkIp: `${net16}.254.2`, peerCidr: `${net16}.45.0/24`, peerLinkIp: `${net16}.254.1`,
  });
  return join(
    { resources: region(regionId, ['a', 'b'], description), relations: [] },
    a,
    b,
    { resources: network(regionId, p('link-net'), linkSubnet, `${net16}.254.0/27`, null, 'link'), relations: [] },
  );
}

/** The recommended two-zone web tier in europe-se-1 behind a global load balancer. */
export function recommendedWebTier(): Part {
  const glb = globalLoadBalancer('glb', ['fip-a', 'fip-b']);
  return join(glb, twoZoneRegion('europe-se-1', '', '172.29'));
}

/** The name of the hypothetical second region. */
export const SECOND_REGION = 'europe-se-2';

/** Two regions, each with the two-zone web tier, behind one global load balancer over all four floating IPs. */
export function twoRegions(): Part {
  const glb = globalLoadBalancer('glb', ['fip-se1-a', 'fip-se1-b', 'fip-se2-a', 'fip-se2-b']);
  const hypothetical = 'Hypothetical: the provider runs only europe-se-1 today; this stands for any second region or provider.';
  return join(glb, twoZoneRegion('europe-se-1', 'se1', '172.29'), twoZoneRegion(SECOND_REGION, 'se2', '172.30', hypothetical));
}

/** An app tier in both zones whose zone-b web server uses the database in zone a. */
export function otherZoneDatabase(): Part {
  const zone = (x: 'a' | 'b', octet: number, peer: number): Part => ({
    resources: [
      floatingIp(`fip-${x}`, `europe-se-1${x}`),
      router(`router-${x}`, `europe-se-1${x}`, [{ destinationCidr: `172.29.${peer}.0/24`, nextHop: `172.29.254.${peer - 44}` }]),
      instance(`web-${x}`, `europe-se-1${x}`),
      instance(x === 'a' ? 'db-primary' : 'db-replica', `europe-se-1${x}`, 'db'),
      ...network('europe-se-1', `app-net-${x}`, `app-subnet-${x}`, `172.29.${octet}.0/24`, `172.29.${octet}.1`),
    ],
    relations: [
      routerInterface(`router-${x}`, `app-subnet-${x}`, `172.29.${octet}.1`),
      routerInterface(`router-${x}`, 'link-subnet', `172.29.254.${octet - 44}`),
      port(`web-${x}`, `app-subnet-${x}`),
      port(x === 'a' ? 'db-primary' : 'db-replica', `app-subnet-${x}`),
      rel('fipAssociation', `fip-${x}`, `web-${x}`),
    ],
  });
  return join(
    globalLoadBalancer('glb', ['fip-a', 'fip-b']),
    { resources: region('europe-se-1', ['a', 'b']), relations: [] },
    zone('a', 45, 46),
    zone('b', 46, 45),
    { resources: network('europe-se-1', 'link-net', 'link-subnet', '172.29.254.0/27', null, 'link'), relations: [] },
    {
      resources: [],
      relations: [
        rel('dependsOn', 'web-a', 'db-primary', { required: true, via: 'private', label: 'SQL' }),
        rel('dependsOn', 'web-b', 'db-primary', { required: true, via: 'private', label: 'SQL' }),
        rel('replicatesWith', 'db-primary', 'db-replica'),
      ],
    },
  );
}

/** One router in europe-se-1a is the default gateway of a subnet that instances in both zones use. */
export function defaultRouteOneZone(): Part {
  const a = 'europe-se-1a';
  const b = 'europe-se-1b';
  return join(
    { resources: region('europe-se-1', ['a', 'b']), relations: [] },
    {
      resources: [
        floatingIp('fip-a', a),
        router('router-a', a),
        instance('web-a', a),
        instance('worker-b', b, 'app'),
        res('objectStorageEndpoint', 'storage-b', {
          availabilityZone: resourceId(b),
          api: 's3',
          replicated: false,
          url: 'https://object-eu-se-1b.binero.cloud',
        }),
        ...network('europe-se-1', 'app-net', 'app-subnet', '172.29.45.0/24', '172.29.45.1'),
      ],
      relations: [
        routerInterface('router-a', 'app-subnet', '172.29.45.1'),
        port('web-a', 'app-subnet'),
        port('worker-b', 'app-subnet'),
        rel('fipAssociation', 'fip-a', 'web-a'),
        rel('dependsOn', 'worker-b', 'storage-b', { required: true, via: 'public', label: 'uploads' }),
      ],
    },
  );
}
