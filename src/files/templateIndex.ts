/**
 * The template gallery's index (`/templates/index.json`): a list of templates with a name, what
 * each teaches, its category and its file. Read as untrusted JSON and checked entry by entry.
 */

/** What kind of lesson a template is: a place to start, a mistake to recognise, or a pattern to copy. */
export type TemplateCategory = 'starter' | 'pitfall' | 'recommended';

/** One template of the gallery. */
export interface TemplateEntry {
  /** The file name under `/templates/`, e.g. `two-zone-web-tier.faultline.json`. */
  file: string;
  name: string;
  /** What the template teaches, in a sentence or three. */
  teaches: string;
  category: TemplateCategory;
}

const CATEGORIES: readonly string[] = ['starter', 'pitfall', 'recommended'] satisfies TemplateCategory[];
/** Plain file names only: no folders, so an index can never point outside `/templates/`. */
const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.faultline\.json$/;

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function entryProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not an object';
  const v = value as Record<string, unknown>;
  if (typeof v.file !== 'string' || !FILE_NAME.test(v.file)) return 'has no valid "file" (a name ending in .faultline.json)';
  if (!nonEmpty(v.name)) return 'has no "name"';
  if (!nonEmpty(v.teaches)) return 'has no "teaches" text';
  if (typeof v.category !== 'string' || !CATEGORIES.includes(v.category)) return 'has no valid "category"';
  return null;
}

/** The entries of a parsed index; throws (with the entry's position) when the index is malformed. */
export function parseTemplateIndex(raw: unknown): TemplateEntry[] {
  if (!Array.isArray(raw)) throw new Error('The template index is not a list');
  return raw.map((value: unknown, i) => {
    const problem = entryProblem(value);
    if (problem !== null) throw new Error(`Template ${i + 1} of the index ${problem}`);
    const { file, name, teaches, category } = value as TemplateEntry;
    return { file, name, teaches, category };
  });
}

/** The address of a template file relative to the app's base URL. */
export function templateUrl(file: string, base = '/'): string {
  return `${base}templates/${encodeURIComponent(file)}`;
}
