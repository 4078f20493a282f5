import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_BYTES } from './restore';
import { doc, refused, restored, ZONES } from './restore-test-helpers';

const NET = { id: 'n1', kind: 'network', region: 'r1' };

describe('gate (raw text)', () => {
  it('refuses text that is not JSON, naming line and column', () => {
    expect(refused('{"format": }')).toEqual({
      path: '',
      message: expect.stringMatching(/^Not valid JSON: .+ \(line 1, column 12\)$/) as unknown,
    });
    expect(refused('{\n  "format": "faultline.design",\n}').message).toMatch(
      /^Not valid JSON: .*property name.* \(line 3, column 1\)$/,
    );
    expect(refused('{"format": "faultline.design"').message).toMatch(/^Not valid JSON: .+ \(line 1, column 30\)$/);
  });

  it('refuses an empty file', () => {
    expect(refused('')).toEqual({ path: '', message: 'The file is empty' });
    expect(refused('  \n\t \r\n')).toEqual({ path: '', message: 'The file is empty' });
  });

  it('refuses binary files', () => {
    // The start of a PNG file decoded as UTF-8: 0x89 becomes U+FFFD, and there are NUL bytes.
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const binary = { path: '', message: 'This is a binary file, not a Faultline design' };
    expect(refused(png)).toEqual(binary);
    expect(refused('{"format":"faultline.design"\u0000}')).toEqual(binary);
    expect(refused(new TextDecoder().decode(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual(binary);
  });

  it('refuses text over 10 MiB, measured in UTF-8 bytes', () => {
    expect(MAX_DESIGN_BYTES).toBe(10 * 1024 * 1024);
    expect(refused(' '.repeat(MAX_DESIGN_BYTES + 1))).toEqual({
      path: '',
      message: 'The file is 10.0 MiB (10485761 bytes); Faultline opens designs of up to 10 MiB',
    });
    // 5.5 million characters of two bytes each: 11,000,000 bytes.
    expect(refused('é'.repeat(5_500_000)).message).toBe(
      'The file is 10.5 MiB (11000000 bytes); Faultline opens designs of up to 10 MiB',
    );
  });

  it('refuses 5 MB of text that is not JSON', () => {
    const garbage = 'lorem ipsum dolor sit amet '.repeat(200_000);
    expect(garbage.length).toBeGreaterThan(5_000_000);
    expect(refused(garbage).message).toMatch(/^Not valid JSON: .+ \(line 1, column 1\)$/);
  });

  it('restores a valid design of 5 MB', () => {
    const resources: unknown[] = [...ZONES, NET];
    const relations: unknown[] = [];
    for (let i = 0; resources.length < 25_000; i++) {
      const subnet = `s${i}`;
      resources.push({ id: subnet, kind: 'subnet', network: 'n1', cidr: `10.${(i >> 8) & 255}.${i & 255}.0/24` });
      for (let k = 0; k < 4; k++) {
        const instance = `i${i}-${k}`;
        resources.push({ id: instance, kind: 'instance', name: `web server ${i}.${k}`, availabilityZone: k % 2 ? 'azB' : 'azA', role: 'web' });
        relations.push({ id: `p${i}-${k}`, kind: 'port', from: instance, to: subnet, primary: true });
      }
    }
    const text = JSON.stringify(doc(resources, relations), null, 2);
    expect(text.length).toBeGreaterThan(5_000_000);
    const { file, warnings } = restored(text);
    expect(warnings).toEqual([]);
    expect(file.design.resources).toHaveLength(resources.length);
    expect(file.design.relations).toHaveLength(relations.length);
  });
});

describe('envelope', () => {
  it('refuses values that are not an object', () => {
    expect(refused([1, 2, 3])).toEqual({ path: '', message: 'A Faultline design is a JSON object, but this file holds a list of 3 items' });
    expect(refused('42')).toEqual({ path: '', message: 'A Faultline design is a JSON object, but this file holds 42' });
    expect(refused(null).message).toBe('A Faultline design is a JSON object, but this file holds null');
  });

  it('refuses a missing or wrong format tag', () => {
    expect(refused({ version: 1, design: {} })).toEqual({
      path: 'format',
      message: 'This is not a Faultline design: it has no "format" field (expected "faultline.design")',
    });
    expect(refused({ format: 'excalidraw', version: 2 })).toEqual({
      path: 'format',
      message: 'This is not a Faultline design: its format is "excalidraw", expected "faultline.design"',
    });
  });

  it('refuses a missing or malformed version', () => {
    expect(refused({ format: 'faultline.design' })).toEqual({
      path: 'version',
      message: 'The design has no format version (expected a whole number such as 1)',
    });
    for (const [version, found] of [['1', '"1"'], [1.5, '1.5'], [-1, '-1'], [null, 'null']] as const) {
      expect(refused({ format: 'faultline.design', version })).toEqual({
        path: 'version',
        message: `The format version must be a whole number such as 1, found ${found}`,
      });
    }
  });

  it('refuses a file from a newer Faultline', () => {
    expect(refused({ format: 'faultline.design', version: 2, design: {} })).toEqual({
      path: 'version',
      message: 'This design was made by a newer Faultline (format version 2; this app reads up to 1)',
    });
  });

  it('refuses a file without a design object', () => {
    expect(refused({ format: 'faultline.design', version: 1 })).toEqual({
      path: 'design',
      message: 'The file has no "design" object with the resources and relations',
    });
    expect(refused({ format: 'faultline.design', version: 1, design: [] }).message).toBe(
      'The "design" field must be an object, found an empty list',
    );
  });

  it('refuses a design with a wrong name or id, and names one when it has none', () => {
    const named = { format: 'faultline.design', version: 1, design: { id: 'd', name: 5 } };
    expect(refused(named)).toEqual({ path: 'design.name', message: 'The design: name must be text, found 5' });
    const { file, warnings } = restored({ format: 'faultline.design', version: 1, design: {} });
    expect(file.design).toMatchObject({ name: 'Untitled design', description: '', resources: [], relations: [] });
    expect(file.design.id).toMatch(/^design-/);
    expect(warnings).toEqual([{ path: 'design.id', message: `The design had no id; it now has the id "${file.design.id}"` }]);
  });
});

describe('fields (a wrong value rejects the file at its exact path)', () => {
  const withSubnet = (subnet: Record<string, unknown>) =>
    doc([...ZONES, NET, { id: 's1', kind: 'subnet', network: 'n1', cidr: '172.29.45.0/24', ...subnet }]);

  it('names the resource, the field, what it must be and what was found', () => {
    expect(refused(withSubnet({ cidr: 42 }))).toEqual({
      path: 'design.resources[4].cidr',
      message: 'Subnet "s1": cidr must be a CIDR such as 172.29.45.0/24, found 42',
    });
    expect(refused(withSubnet({ cidr: '172.29.45.7/24' })).message).toBe(
      'Subnet "s1": cidr must be a CIDR with the host bits clear, such as 172.29.45.0/24, found "172.29.45.7/24"',
    );
    expect(refused(withSubnet({ gatewayIp: '300.1.1.1' })).message).toBe(
      'Subnet "s1": gatewayIp must be an IPv4 address such as 172.29.45.10, or null, found "300.1.1.1"',
    );
    expect(refused(withSubnet({ allocationPools: [{ start: '172.29.45.10', end: 'x' }] }))).toEqual({
      path: 'design.resources[4].allocationPools[0].end',
      message: 'Subnet "s1": allocationPools[0].end must be an IPv4 address such as 172.29.45.10, found "x"',
    });
    expect(refused(withSubnet({ enableDhcp: 'yes' })).message).toBe('Subnet "s1": enableDhcp must be true or false, found "yes"');
  });

  it('rejects missing required fields', () => {
    expect(refused(doc([...ZONES, { id: 's1', kind: 'subnet', network: 'n1' }]))).toEqual({
      path: 'design.resources[3].cidr',
      message: 'Subnet "s1": cidr is missing; it must be a CIDR such as 172.29.45.0/24',
    });
    expect(refused(doc([{ id: 'n1', kind: 'network' }]))).toEqual({
      path: 'design.resources[0].region',
      message: 'Network "n1": region is missing; it must be the id of a region',
    });
    expect(refused(doc([{ id: 'f1', kind: 'floatingIp' }])).message).toBe(
      'Floating IP "f1": pool is missing; it must be the name of an external network, such as europe-se-1-1a-net0',
    );
    expect(refused(doc(ZONES, [{ id: 'x', kind: 'port', from: 'i1' }]))).toEqual({
      path: 'design.relations[0].to',
      message: 'Port "x": to is missing; it must be the id of a resource',
    });
  });

  it('rejects numbers out of range, fractional or not finite', () => {
    expect(refused(doc([...ZONES, { ...NET, mtu: '1450' }]))).toEqual({
      path: 'design.resources[3].mtu',
      message: 'Network "n1": mtu must be a whole number from 68 to 9000, found "1450"',
    });
    expect(refused(doc([...ZONES, { ...NET, mtu: 9001 }])).message).toBe(
      'Network "n1": mtu must be a whole number from 68 to 9000, found 9001',
    );
    expect(refused(doc([{ id: 'v', kind: 'volume', sizeGb: 2.5 }])).message).toBe(
      'Volume "v": sizeGb must be a whole number from 1 to 100000, found 2.5',
    );
    const huge = JSON.stringify(doc([...ZONES, NET])).replace('"region":"r1"}]', '"region":"r1","mtu":1e400}]');
    expect(refused(huge)).toEqual({
      path: 'design.resources[3].mtu',
      message: 'Network "n1": mtu must be a finite number, found a number too large to represent',
    });
    expect(refused(doc([{ id: 'v', kind: 'volume', sizeGb: Number.NaN }])).message).toBe(
      'Volume "v": sizeGb must be a finite number, found NaN',
    );
  });

  it('rejects wrong words and wrong types in relations', () => {
    const listener = { id: 'l1', kind: 'listener', loadBalancer: 'lb', protocol: 'FTP' };
    expect(refused(doc([listener])).message).toBe(
      'Listener "l1": protocol must be one of TCP, UDP, HTTP, HTTPS, TERMINATED_HTTPS, found "FTP"',
    );
    expect(refused(doc([], [{ id: 'p1', kind: 'port', from: 'i', to: 's', primary: 'yes' }]))).toEqual({
      path: 'design.relations[0].primary',
      message: 'Port "p1": primary must be true or false, found "yes"',
    });
    expect(refused(doc([], [{ id: 'd1', kind: 'dependsOn', from: 'i', to: 'j', failoverGroup: { order: 1 } }]))).toEqual({
      path: 'design.relations[0].failoverGroup.group',
      message: 'Dependency "d1": failoverGroup.group is missing; it must be a non-empty group name',
    });
  });

  it('rejects malformed ids, kinds and entries', () => {
    const idRule = 'must be a non-empty text of at most 200 characters other than __proto__, constructor and prototype';
    expect(refused(doc([{ id: 42, kind: 'region' }]))).toEqual({
      path: 'design.resources[0].id',
      message: `Region: id ${idRule}, found 42`,
    });
    expect(refused(doc([{ id: 'x'.repeat(201), kind: 'region' }])).path).toBe('design.resources[0].id');
    expect(refused(doc([{ id: 'r1' }]))).toEqual({
      path: 'design.resources[0].kind',
      message: 'The resource "r1" has no kind; it must say what it is',
    });
    expect(refused(doc([{ id: 'r1', kind: 7 }])).message).toBe('The resource "r1" has a kind that is not text, found 7');
    expect(refused(doc([ZONES[0], 'oops']))).toEqual({
      path: 'design.resources[1]',
      message: 'Each resource must be an object, found "oops"',
    });
    expect(refused(doc({} as unknown[]))).toEqual({
      path: 'design.resources',
      message: 'The list of resources must be a list, found an object',
    });
  });
});
