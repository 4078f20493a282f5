/**
 * What happens to a restored import before it becomes a design: refused ones are explained,
 * repaired ones (and every shared link) are confirmed by the user, clean files open at once.
 */
import type { RestoreResult } from '../model/restore';

/** Where an import came from. */
export type ImportOrigin =
  | { kind: 'file'; fileName: string }
  | { kind: 'paste' }
  | { kind: 'share' };

/** An import waiting for the user (or for nothing, when it is clean). */
export interface PendingImport {
  origin: ImportOrigin;
  result: RestoreResult;
}

/** The next step of an import: explain the refusal, ask the user, or open the design. */
export type ReviewStep = 'reject' | 'confirm' | 'accept';

/** Refused → `reject`; repaired, or arriving through a link someone else made → `confirm`; else `accept`. */
export function reviewStep({ origin, result }: PendingImport): ReviewStep {
  if (!result.ok) return 'reject';
  return result.warnings.length > 0 || origin.kind === 'share' ? 'confirm' : 'accept';
}

/** How the source is named in a sentence: `the file "web.json"`, `the pasted text`, `the shared link`. */
export function originPhrase(origin: ImportOrigin): string {
  switch (origin.kind) {
    case 'file':
      return `the file ${JSON.stringify(origin.fileName)}`;
    case 'paste':
      return 'the pasted text';
    case 'share':
      return 'the shared link';
  }
}

/** Where in the document a problem is, for people: the JSON path, or the whole text when it has none. */
export function wherePhrase(path: string): string {
  return path === '' ? 'the file as a whole' : path;
}

/** True when a pasted text is meant as a design file: a JSON object carrying the design format tag. */
export function looksLikeDesignText(text: string): boolean {
  const body = text.trimStart();
  if (!body.startsWith('{')) return false;
  // A cheap look before a full parse: every design file names its format near the top.
  return /"format"\s*:\s*"faultline\.design"/.test(body.slice(0, 4096));
}
