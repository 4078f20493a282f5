import { describe, expect, it } from 'vitest';
import { createAppActionRegistry } from './appActions';
import { AmbiguousActionError, createActionRegistry, type Action } from './registry';
import { canonicalShortcut, formatShortcut, matchesShortcut, parseShortcut, type KeyLike } from './shortcuts';

const noop: Pick<Action, 'enabled' | 'perform' | 'group'> = { group: 'Edit', enabled: () => true, perform: () => undefined };

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  const code = /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : /^[0-9]$/.test(k) ? `Digit${k}` : k;
  return { key: k, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('shortcuts', () => {
  it('parses, canonicalizes and formats', () => {
    expect(canonicalShortcut(parseShortcut('Shift+Mod+z'))).toBe('Mod+Shift+Z');
    expect(canonicalShortcut(parseShortcut('Shift+?'))).toBe('?');
    expect(formatShortcut(parseShortcut('Mod+Shift+Z'), false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut(parseShortcut('Mod+Shift+Z'), true)).toBe('⌘⇧Z');
    expect(formatShortcut(parseShortcut('Delete'), false)).toBe('Del');
    expect(() => parseShortcut('Hyper+Z')).toThrow('Unknown modifier "Hyper" in shortcut "Hyper+Z".');
    expect(() => parseShortcut('Mod+F13')).toThrow('Unknown key "F13" in shortcut "Mod+F13".');
  });

  it('matches Ctrl or Cmd, exact Shift, digits by code and ? regardless of Shift', () => {
    const undo = parseShortcut('Mod+Z');
    expect(matchesShortcut(undo, key('z', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(undo, key('z', { metaKey: true }))).toBe(true);
    expect(matchesShortcut(undo, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut(undo, key('z'))).toBe(false);
    // A non-Latin layout still sends the physical key code.
    expect(matchesShortcut(undo, { ...key('я', { ctrlKey: true }), code: 'KeyZ' })).toBe(true);
    expect(matchesShortcut(parseShortcut('Shift+1'), { ...key('!', { shiftKey: true }), code: 'Digit1' })).toBe(true);
    expect(matchesShortcut(parseShortcut('Shift+1'), key('1'))).toBe(false);
    expect(matchesShortcut(parseShortcut('?'), key('?', { shiftKey: true }))).toBe(true);
  });
});

describe('registry', () => {
  it('refuses a shortcut another action already uses', () => {
    const registry = createActionRegistry();
    registry.register({ ...noop, id: 'undo', label: 'Undo', shortcut: 'Mod+Z' });
    expect(() => registry.register({ ...noop, id: 'other', label: 'Other', shortcut: ['Mod+Y', 'mod+z'] })).toThrow(
      new AmbiguousActionError('The shortcut Mod+Z of "other" is already used by "undo".'),
    );
    // Nothing of the refused action was registered, so its other shortcut is still free.
    expect(registry.list().map((a) => a.id)).toEqual(['undo']);
    expect(registry.register({ ...noop, id: 'redo', label: 'Redo', shortcut: 'Mod+Y' }).id).toBe('redo');
  });

  it('treats ? and Shift+? as the same shortcut, and refuses duplicate ids and repeated shortcuts', () => {
    const registry = createActionRegistry();
    registry.register({ ...noop, id: 'help', label: 'Help', shortcut: '?' });
    expect(() => registry.register({ ...noop, id: 'help2', label: 'Help', shortcut: 'Shift+?' })).toThrow(AmbiguousActionError);
    expect(() => registry.register({ ...noop, id: 'help', label: 'Help again' })).toThrow('An action with id "help" is already registered.');
    expect(() => registry.register({ ...noop, id: 'twice', label: 'Twice', shortcut: ['Delete', 'Delete'] })).toThrow(
      '"twice" lists the same shortcut twice.',
    );
  });

  it('finds the action a key press triggers', () => {
    const registry = createAppActionRegistry();
    expect(registry.match(key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(registry.match(key('Z', { metaKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(registry.match(key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(registry.match(key('Backspace'))?.id).toBe('delete');
    expect(registry.match({ ...key('!', { shiftKey: true }), code: 'Digit1' })?.id).toBe('fitView');
    expect(registry.match(key('L', { shiftKey: true }))?.id).toBe('autoLayout');
    expect(registry.match(key('?', { shiftKey: true }))?.id).toBe('shortcutSheet');
    expect(registry.match(key('q'))).toBeUndefined();
  });

  it('registers every built-in action without a clash', () => {
    const ids = createAppActionRegistry()
      .list()
      .map((a) => a.id);
    expect(ids).toEqual([
      'undo',
      'redo',
      'delete',
      'copy',
      'paste',
      'duplicate',
      'selectAll',
      'clearSelection',
      'fitView',
      'autoLayout',
      'openLibrary',
      'shortcutSheet',
    ]);
  });
});
