/**
 * Keyboard shortcuts as text (`Mod+Shift+Z`, `Shift+1`, `Delete`, `?`): parsing, the canonical
 * form two shortcuts are compared by, matching a key event, and display.
 *
 * `Mod` is Ctrl or Cmd (either is accepted everywhere, so Ctrl+Z works on a Mac keyboard too).
 * Letters match by key or by physical key code, so shortcuts also work on non-Latin layouts;
 * digits match by code, because Shift changes the key (`Shift+1` types `!`). `?` ignores Shift,
 * which most layouts need to type it.
 */

/** A parsed shortcut. */
export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Upper-case letter, digit, `?`, or a key name such as `Delete`. */
  key: string;
}

/** The parts of a keyboard event a shortcut is matched against. */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const NAMED_KEYS = new Set(['Delete', 'Backspace', 'Escape', 'Enter', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const SHIFT_INSENSITIVE = new Set(['?']);

/** Parses a shortcut text; throws on a malformed one (a programming error in an action). */
export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  // "Mod++" would be a plus key; no action uses it, so it is refused rather than guessed.
  const key = parts.pop() ?? '';
  const shortcut: Shortcut = { mod: false, shift: false, alt: false, key: '' };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier === 'mod') shortcut.mod = true;
    else if (modifier === 'shift') shortcut.shift = true;
    else if (modifier === 'alt') shortcut.alt = true;
    else throw new Error(`Unknown modifier "${part}" in shortcut "${text}".`);
  }
  if (/^[a-zA-Z0-9]$/.test(key)) shortcut.key = key.toUpperCase();
  else if (SHIFT_INSENSITIVE.has(key) || NAMED_KEYS.has(key)) shortcut.key = key;
  else throw new Error(`Unknown key "${key}" in shortcut "${text}".`);
  if (SHIFT_INSENSITIVE.has(shortcut.key)) shortcut.shift = false;
  return shortcut;
}

/** The canonical text of a shortcut: equal for shortcuts that the same key press would trigger. */
export function canonicalShortcut(shortcut: Shortcut): string {
  return [shortcut.mod && 'Mod', shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.key].filter(Boolean).join('+');
}

function keyMatches(key: string, event: KeyLike): boolean {
  if (/^[A-Z]$/.test(key)) return event.key.toUpperCase() === key || event.code === `Key${key}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}` || event.key === key;
  return event.key === key;
}

/** True when the key event triggers the shortcut. */
export function matchesShortcut(shortcut: Shortcut, event: KeyLike): boolean {
  if (shortcut.mod !== (event.ctrlKey || event.metaKey)) return false;
  if (shortcut.alt !== event.altKey) return false;
  if (!SHIFT_INSENSITIVE.has(shortcut.key) && shortcut.shift !== event.shiftKey) return false;
  return keyMatches(shortcut.key, event);
}

const KEY_NAMES: Readonly<Record<string, string>> = { Delete: 'Del', Backspace: 'Backspace', Escape: 'Esc' };

/** How a shortcut is shown to the user: `Ctrl+Shift+Z`, or `⌘⇧Z` on Apple systems. */
export function formatShortcut(shortcut: Shortcut, apple: boolean): string {
  const key = KEY_NAMES[shortcut.key] ?? shortcut.key;
  if (apple) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The `aria-keyshortcuts` value of a shortcut (Control on other systems, Meta on Apple ones). */
export function ariaShortcut(shortcut: Shortcut, apple: boolean): string {
  return [shortcut.mod && (apple ? 'Meta' : 'Control'), shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.key]
    .filter(Boolean)
    .join('+');
}

/** True on Apple systems, where Mod shows as ⌘. */
export function isApplePlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
