/**
 * Command-line arguments of `npm run analyze`.
 */

export interface CliOptions {
  /** Path of the design file. */
  file: string;
  /** Availability zones to fail, by name or id, as typed. */
  failAzs: string[];
  /** Regions to fail, by name or id, as typed. */
  failRegions: string[];
  matrix: boolean;
  json: boolean;
  strict: boolean;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; options: CliOptions } | { ok: false; message: string };

export const USAGE = `Usage: npm run analyze -- <design.json> [options]

Analyses a Faultline design file and reports what fails in an outage.

Options:
  --fail <zone>            fail an availability zone (name or id); repeat for several
  --fail-region <region>   fail a whole region (name or id); repeat for several
  --matrix                 add the resilience matrix: every single-zone and single-region outage
  --json                   print a machine-readable result instead of the report
  --strict                 exit with 1 when a single-zone outage takes a service down or a finding
                           has error severity
  -h, --help               show this help

Exit codes: 0 analysed, 1 strict check failed, 2 unreadable file or bad arguments.`;

const FLAGS = { '--matrix': 'matrix', '--json': 'json', '--strict': 'strict' } as const;
const VALUED = { '--fail': 'failAzs', '--fail-region': 'failRegions' } as const;

const isKey = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

/** Parses the arguments after the script name. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { file: '', failAzs: [], failRegions: [], matrix: false, json: false, strict: false };
  const files: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '-h' || arg === '--help') return { ok: true, help: true };
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (isKey(FLAGS, name)) {
      if (name !== arg) return { ok: false, message: `${name} takes no value` };
      options[FLAGS[name]] = true;
    } else if (isKey(VALUED, name)) {
      const value = name !== arg ? arg.slice(eq + 1) : argv[++k];
      if (value === undefined || value === '' || (name === arg && value.startsWith('--'))) {
        return { ok: false, message: `${name} needs a ${name === '--fail' ? 'zone' : 'region'} name or id` };
      }
      options[VALUED[name]].push(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, message: `Unknown option ${arg}` };
    } else files.push(arg);
  }
  if (files.length === 0) return { ok: false, message: 'Which design file? Give the path of a .json design file' };
  if (files.length > 1) return { ok: false, message: `One design file at a time, got ${files.length}: ${files.join(', ')}` };
  options.file = files[0] ?? '';
  return { ok: true, help: false, options };
}
