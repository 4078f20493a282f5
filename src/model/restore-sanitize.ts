/**
 * The first pass of restore: a fresh copy of the imported JSON value without the keys that could
 * reach an object's prototype (`__proto__`, `constructor`, `prototype`), at any depth. Everything
 * after this pass reads only the copy.
 */
import { fail, joinPath, type WarningList } from './restore-issues';
import { FORBIDDEN_KEYS } from './schema-primitives';

/** No design nests deeper than about 8 levels; far deeper input is hostile or broken. */
export const MAX_DEPTH = 64;

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` without forbidden keys; each removed key is reported with its path. */
export function sanitize(value: unknown, warnings: WarningList, path = '', depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) {
    fail(path, `The file is nested more than ${MAX_DEPTH} levels deep here, far deeper than any design`);
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => sanitize(item, warnings, joinPath(path, i), depth + 1));
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const keyPath = joinPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) {
      warnings.add(keyPath, `Removed the key "${key}", which a design file may not use`);
      continue;
    }
    copy[key] = sanitize(source[key], warnings, keyPath, depth + 1);
  }
  return copy;
}
