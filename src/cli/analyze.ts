/**
 * `npm run analyze -- <design.json> [--fail <az>]... [--fail-region <region>]... [--matrix] [--json] [--strict]`
 *
 * The headless analysis for scripts and CI pipelines: reads a design file through the same restore
 * step as the app, evaluates the outage, and prints a report (or JSON). Exit codes: 0 analysed,
 * 1 strict check failed, 2 unreadable file or bad arguments.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDesignText } from '../model/restore';
import { parseArgs, USAGE } from './args';
import { formatReport } from './report';
import { analyzeForCli, resourceLookup } from './result';
import { resolveScenario } from './scenario';

/** Where the command reads and writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
}

export const EXIT_OK = 0;
export const EXIT_STRICT = 1;
export const EXIT_UNUSABLE = 2;

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

function readError(file: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `Cannot read ${file}: there is no such file.`;
  if (code === 'EISDIR') return `Cannot read ${file}: it is a folder, not a design file.`;
  if (code === 'EACCES') return `Cannot read ${file}: permission denied.`;
  return `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`;
}

const at = (path: string): string => (path === '' ? '' : ` (at ${path})`);

/** Runs the command with `argv` (the arguments after the script name); returns the exit code. */
export function main(argv: readonly string[], io: CliIo = nodeIo): number {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`faultline analyze: ${args.message}\n\n${USAGE}\n`);
    return EXIT_UNUSABLE;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const { options } = args;
  let text: string;
  try {
    text = io.readFile(options.file);
  } catch (error: unknown) {
    io.stderr(`faultline analyze: ${readError(options.file, error)}\n`);
    return EXIT_UNUSABLE;
  }
  const restored = parseDesignText(text);
  if (!restored.ok) {
    io.stderr(`faultline analyze: ${options.file} is not a usable design: ${restored.error.message}${at(restored.error.path)}\n`);
    return EXIT_UNUSABLE;
  }
  for (const w of restored.warnings) io.stderr(`warning: ${w.message}${at(w.path)}\n`);
  const { design } = restored.file;
  const scenario = resolveScenario(design, options.failAzs, options.failRegions);
  if (!scenario.ok) {
    io.stderr(`faultline analyze: ${scenario.message}\n`);
    return EXIT_UNUSABLE;
  }
  const result = analyzeForCli(options.file, design, scenario.scenario, options);
  const lookup = resourceLookup(design);
  io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result, (id) => lookup(id)?.name ?? id));
  const violations = result.strictViolations ?? [];
  if (violations.length > 0) {
    // The text report already lists the problems; JSON readers get them on stderr as well.
    const count = `${violations.length} problem${violations.length === 1 ? '' : 's'}`;
    io.stderr(`faultline analyze: strict check failed: ${count}${options.json ? '' : ' (listed at the end of the report)'}\n`);
    if (options.json) for (const v of violations) io.stderr(`  ${v.message}\n`);
    return EXIT_STRICT;
  }
  return EXIT_OK;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = main(process.argv.slice(2));
}
