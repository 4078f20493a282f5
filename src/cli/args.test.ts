import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads the file, repeated --fail and --fail-region (spaced or with =) and the flags', () => {
    expect(parseArgs(['d.json', '--fail', 'a', '--fail=b', '--fail-region', 'r1', '--matrix', '--json', '--strict'])).toEqual({
      ok: true,
      help: false,
      options: { file: 'd.json', failAzs: ['a', 'b'], failRegions: ['r1'], matrix: true, json: true, strict: true },
    });
  });

  it('defaults every flag to off', () => {
    expect(parseArgs(['x.json'])).toEqual({
      ok: true,
      help: false,
      options: { file: 'x.json', failAzs: [], failRegions: [], matrix: false, json: false, strict: false },
    });
  });

  it('asks for help', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
    expect(parseArgs(['x.json', '-h'])).toEqual({ ok: true, help: true });
  });

  it.each([
    [[], 'Which design file? Give the path of a .json design file'],
    [['a.json', 'b.json'], 'One design file at a time, got 2: a.json, b.json'],
    [['a.json', '--fail'], '--fail needs a zone name or id'],
    [['a.json', '--fail', '--json'], '--fail needs a zone name or id'],
    [['a.json', '--fail-region='], '--fail-region needs a region name or id'],
    [['a.json', '--json=yes'], '--json takes no value'],
    [['a.json', '--fial', 'x'], 'Unknown option --fial'],
  ])('refuses %j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});
