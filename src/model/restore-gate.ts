/**
 * The gate in front of restore for raw text (a file's contents or a paste): refuse what is too
 * large, binary or empty before parsing it, and turn parser errors into a message with a line and
 * column.
 */
import { jsonErrorOffset } from './json-error-offset';
import { MAX_DESIGN_BYTES } from './limits';
import type { RestoreIssue } from './restore-issues';


const MIB = 1024 * 1024;
const MAX_PARSER_MESSAGE = 200;

/** The UTF-8 size of `text` in bytes, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** 1-based line and column of a 0-based offset into `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Where the parser stopped: from its message when it tells (V8: "at position N"), else found by scanning. */
function errorOffset(text: string, message: string): number | null {
  const m = /at position (\d+)/.exec(message);
  return m ? Number(m[1]) : jsonErrorOffset(text);
}

function jsonError(text: string, error: unknown): RestoreIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const parserMessage = raw.length > MAX_PARSER_MESSAGE ? `${raw.slice(0, MAX_PARSER_MESSAGE)}…` : raw;
  const offset = errorOffset(text, raw);
  // Some engines already name the line and column; others give only an offset.
  if (offset === null || /line \d+/i.test(raw)) return { path: '', message: `Not valid JSON: ${parserMessage}` };
  const { line, column } = lineAndColumn(text, offset);
  return { path: '', message: `Not valid JSON: ${parserMessage} (line ${line}, column ${column})` };
}

/** The parsed JSON value of `text`, or the reason it cannot be a design. */
export function gateText(text: string): { ok: true; value: unknown } | { ok: false; error: RestoreIssue } {
  if (text.length > MAX_DESIGN_BYTES / 3) {
    // Only texts of more than a third of the limit can exceed it in UTF-8, so only those are measured.
    const bytes = utf8Length(text);
    if (bytes > MAX_DESIGN_BYTES) {
      const size = (bytes / MIB).toFixed(1);
      const message = `The file is ${size} MiB (${bytes} bytes); Faultline opens designs of up to ${MAX_DESIGN_BYTES / MIB} MiB`;
      return { ok: false, error: { path: '', message } };
    }
  }
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    // NUL bytes and replacement characters (bytes that are not UTF-8) never occur in a design's text.
    return { ok: false, error: { path: '', message: 'This is a binary file, not a Faultline design' } };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: { path: '', message: 'The file is empty' } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, error: jsonError(body, error) };
  }
}
