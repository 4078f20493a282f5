/**
 * File names for exported designs and images: the design's name made safe for every common file
 * system (Windows being the strictest), with the Faultline extension appended.
 */

/** The extension of an exported design file. */
export const DESIGN_FILE_EXTENSION = '.faultline.json';

/** The longest base name we write, so that name plus extension stays well under 255 bytes. */
const MAX_BASE_LENGTH = 100;

/** The base name used when nothing usable is left of the design's name. */
const FALLBACK_BASE = 'design';

/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

// Characters no file system accepts in a name (or that shells and URLs trip over), control characters
// and whitespace runs all become a single hyphen.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f\s#%]+/g;

/**
 * A base name (no extension) derived from a design's name: unsafe characters become hyphens,
 * leading and trailing dots and hyphens go, the result is at most 100 characters, and a name that
 * leaves nothing (or only a reserved device name) falls back to `design`.
 */
export function safeBaseName(name: string): string {
  let base = name.normalize('NFC').replace(UNSAFE, '-').replace(/-{2,}/g, '-');
  base = base.replace(/^[-.]+|[-.]+$/g, '');
  if (base.length > MAX_BASE_LENGTH) {
    // Cut on code points, not UTF-16 units, so a surrogate pair is never split.
    base = Array.from(base).slice(0, MAX_BASE_LENGTH).join('').replace(/[-.]+$/g, '');
  }
  if (base === '') return FALLBACK_BASE;
  return RESERVED.test(base) ? `${base}-${FALLBACK_BASE}` : base;
}

/** The file name of a design's JSON export: `<safe name>.faultline.json`. */
export function designFileName(designName: string): string {
  return `${safeBaseName(designName)}${DESIGN_FILE_EXTENSION}`;
}

/** The file name of an image export of a design: `<safe name>.png` or `<safe name>.svg`. */
export function imageFileName(designName: string, format: 'png' | 'svg'): string {
  return `${safeBaseName(designName)}.${format}`;
}
