import { describe, expect, it } from 'vitest';
import {
  createRelation,
  createResource,
  defaultDependencyVia,
  defaultDnsTargetRole,
  defaultExternalNetworkName,
  emptyDesignFile,
  objectStorageUrl,
} from './defaults';
import { resourceId } from './ids';

const id = resourceId;

describe('defaultExternalNetworkName', () => {
  it("follows Binero's pattern for <region>-<n><letter> zone names", () => {
    expect(defaultExternalNetworkName('europe-se-1a')).toBe('europe-se-1-1a-net0');
    expect(defaultExternalNetworkName('europe-se-1b')).toBe('europe-se-1-1b-net0');
    expect(defaultExternalNetworkName('us-east-12c')).toBe('us-east-12-12c-net0');
  });

  it('appends -net0 to other names', () => {
    expect(defaultExternalNetworkName('zone-a')).toBe('zone-a-net0');
    expect(defaultExternalNetworkName('az1')).toBe('az1-net0');
  });
});

describe('objectStorageUrl', () => {
  it('builds the endpoint host from the short zone name', () => {
    expect(objectStorageUrl('europe-se-1a', 's3', false)).toBe('https://object-eu-se-1a.binero.cloud');
    expect(objectStorageUrl('europe-se-1b', 's3', true)).toBe('https://object-eu-se-1b-rep.binero.cloud');
    expect(objectStorageUrl('europe-se-1a', 'swift', true)).toBe(
      'https://object-eu-se-1a-rep.binero.cloud/swift/v1/AUTH_[PROJECT_ID]',
    );
  });
});

describe('createResource', () => {
  it('fills every default of a subnet, including the gateway at the first host', () => {
    const subnet = createResource('subnet', { id: id('s1'), network: id('n1'), cidr: '172.29.45.0/24' });
    expect(subnet).toEqual({
      id: 's1',
      kind: 'subnet',
      name: 's1',
      network: 'n1',
      cidr: '172.29.45.0/24',
      gatewayIp: '172.29.45.1',
      enableDhcp: true,
      allocationPools: [],
      dnsNameservers: [],
      hostRoutes: [],
      role: 'workload',
    });
  });

  it('keeps an explicit null gateway (a back network without gateway)', () => {
    const subnet = createResource('subnet', { network: id('n1'), cidr: '10.0.0.0/24', gatewayIp: null });
    expect(subnet.gatewayIp).toBeNull();
  });

  it('generates an id naming the kind when none is given, and names the resource after it', () => {
    const router = createResource('router', {});
    expect(router.id).toMatch(/^router-[0-9a-z]+$/);
    expect(router.name).toBe(router.id);
    expect(router).toMatchObject({ availabilityZoneHints: [], externalNetwork: null, enableSnat: true, routes: [] });
  });

  it('derives the external network of an availability zone from its name', () => {
    const az = createResource('availabilityZone', { id: id('az-a'), name: 'europe-se-1a', region: id('r1') });
    expect(az).toMatchObject({ order: 0, externalNetworks: ['europe-se-1-1a-net0'] });
  });

  it('uses the documented defaults of load balancing resources', () => {
    const listener = createResource('listener', { loadBalancer: id('lb') });
    expect(listener).toMatchObject({
      protocol: 'HTTP',
      protocolPort: 80,
      defaultPool: null,
      tlsCertificateRef: null,
      allowedCidrs: ['0.0.0.0/0'],
      insertHeaders: [],
      l7Policies: [],
    });
    expect(createResource('pool', { loadBalancer: id('lb') })).toMatchObject({
      lbAlgorithm: 'ROUND_ROBIN',
      sessionPersistence: 'none',
    });
    expect(createResource('poolMember', { pool: id('p') })).toMatchObject({
      weight: 1,
      backup: false,
      adminStateUp: true,
      subnet: null,
      address: null,
      instance: null,
    });
    expect(createResource('healthMonitor', { pool: id('p') })).toMatchObject({
      type: 'HTTP',
      delay: 5,
      timeout: 10,
      maxRetries: 4,
      urlPath: '/',
      httpMethod: 'GET',
      expectedCodes: '200',
      adminStateUp: true,
    });
  });

  it('uses the documented defaults of the other kinds', () => {
    expect(createResource('network', { region: id('r') })).toMatchObject({ mtu: 1450, portSecurity: true });
    expect(createResource('instance', {})).toMatchObject({
      availabilityZone: null,
      flavor: 'standard',
      role: 'other',
      serverGroup: null,
    });
    expect(createResource('volume', {})).toMatchObject({ sizeGb: 20, volumeType: 'ssd', backupEnabled: false });
    expect(createResource('loadBalancer', {})).toMatchObject({ availabilityZone: null, vipSubnet: null });
    expect(createResource('globalLoadBalancer', {})).toMatchObject({ method: 'dns' });
    expect(createResource('dnsRecord', {})).toMatchObject({ recordType: 'A', ttl: 300, mode: 'single', zone: null });
    expect(createResource('objectStorageEndpoint', {})).toMatchObject({ api: 's3', replicated: false, url: '' });
  });

  it('refuses a resource without a field that has no default', () => {
    expect(() => createResource('subnet', { network: id('n') })).toThrow('createResource("subnet"): cidr is required');
    expect(() => createResource('listener', {})).toThrow('createResource("listener"): loadBalancer is required');
  });

  it('gives every resource its own copy of a default list', () => {
    const a = createResource('listener', { loadBalancer: id('lb') });
    const b = createResource('listener', { loadBalancer: id('lb') });
    a.allowedCidrs.push('10.0.0.0/8');
    expect(b.allowedCidrs).toEqual(['0.0.0.0/0']);
  });
});

describe('createRelation', () => {
  it('builds relations with their defaults', () => {
    const port = createRelation('port', id('i1'), id('s1'));
    expect(port).toMatchObject({ kind: 'port', from: 'i1', to: 's1', fixedIp: null, primary: false });
    expect(port.id).toMatch(/^port-/);
    expect(createRelation('fipAssociation', id('f'), id('i'))).toMatchObject({ portSubnet: null, fixedIp: null });
    expect(createRelation('dependsOn', id('a'), id('b'), { via: 'public' })).toMatchObject({
      required: true,
      via: 'public',
      failoverGroup: null,
      label: '',
    });
  });

  it('defaults via and role from the ends when the caller passes them', () => {
    expect(defaultDependencyVia('instance')).toBe('private');
    expect(defaultDependencyVia('loadBalancer')).toBe('private');
    expect(defaultDependencyVia('objectStorageEndpoint')).toBe('public');
    expect(defaultDependencyVia('floatingIp')).toBe('public');
    expect(defaultDnsTargetRole('single')).toBe('primary');
    expect(defaultDnsTargetRole('multi')).toBe('member');
  });
});

describe('emptyDesignFile', () => {
  it('has the format tag, the current version and nothing in it', () => {
    const file = emptyDesignFile('Shop');
    expect(file).toMatchObject({
      format: 'faultline.design',
      version: 1,
      design: { name: 'Shop', description: '', resources: [], relations: [] },
      layout: { nodes: {} },
    });
    expect(file.design.id).toMatch(/^design-/);
    expect(emptyDesignFile().design.name).toBe('Untitled design');
  });
});
