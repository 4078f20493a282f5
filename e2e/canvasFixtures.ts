/** Small designs the canvas specs load through the test hook. */
import type { DesignFile } from '../src/model/types';

/** The networked design plus a load balancer with a pool in zone 1a. */
export function loadBalancedDesign(): DesignFile {
  const file = networkedDesign();
  const ids = (s: string) => s as never;
  file.design.resources.push(
    { id: ids('lb-1'), kind: 'loadBalancer', name: 'lb-1', availabilityZone: ids('az-a'), vipSubnet: ids('subnet'), vipAddress: null },
    { id: ids('pool-1'), kind: 'pool', name: 'pool-1', loadBalancer: ids('lb-1'), protocol: 'HTTP', lbAlgorithm: 'ROUND_ROBIN', sessionPersistence: 'none', cookieName: null },
  );
  // Placed so that the pool's edge to web-1 crosses no other node.
  const at = (x: number, y: number) => ({ x, y, parent: ids('az-a') });
  file.layout.nodes = { 'web-1': at(40, 80), 'db-1': at(240, 80), 'pool-1': at(240, 200), fip: at(40, 380), 'lb-1': at(240, 380) };
  return file;
}

/** Region europe-se-1 with zone 1a, a network and subnet, two instances and a floating IP. */
export function networkedDesign(options: { port?: boolean } = {}): DesignFile {
  const ids = (s: string) => s as never;
  return {
    format: 'faultline.design',
    version: 1,
    design: {
      id: ids('design-e2e'),
      name: 'Connections',
      description: '',
      resources: [
        { id: ids('europe-se-1'), kind: 'region', name: 'europe-se-1' },
        { id: ids('az-a'), kind: 'availabilityZone', name: 'europe-se-1a', region: ids('europe-se-1'), order: 0, externalNetworks: ['europe-se-1-1a-net0'] },
        { id: ids('net'), kind: 'network', name: 'web-net', region: ids('europe-se-1'), availabilityZoneHints: [], mtu: 1450, portSecurity: true },
        {
          id: ids('subnet'),
          kind: 'subnet',
          name: 'web-subnet',
          network: ids('net'),
          cidr: '10.0.1.0/24',
          gatewayIp: '10.0.1.1',
          enableDhcp: true,
          allocationPools: [],
          dnsNameservers: [],
          hostRoutes: [],
          role: 'workload',
        },
        { id: ids('web-1'), kind: 'instance', name: 'web-1', availabilityZone: ids('az-a'), flavor: 'standard', role: 'web', serverGroup: null },
        { id: ids('db-1'), kind: 'instance', name: 'db-1', availabilityZone: ids('az-a'), flavor: 'standard', role: 'db', serverGroup: null },
        { id: ids('fip'), kind: 'floatingIp', name: 'fip-a', pool: 'europe-se-1-1a-net0', address: null },
      ],
      relations: options.port ? [{ id: ids('port-1'), kind: 'port', from: ids('web-1'), to: ids('subnet'), fixedIp: null, primary: true }] : [],
    },
    layout: { nodes: {} },
  };
}
