import { describe, expect, it } from 'vitest';
import { designFileName, imageFileName, safeBaseName } from './fileName';

describe('designFileName', () => {
  it('keeps an ordinary name and appends the extension', () => {
    expect(designFileName('web-tier')).toBe('web-tier.faultline.json');
  });

  it('turns spaces, colons and slashes into single hyphens', () => {
    expect(designFileName('S3: One stack / zone')).toBe('S3-One-stack-zone.faultline.json');
  });

  it('removes characters Windows refuses and control characters', () => {
    expect(safeBaseName('a<b>c"d|e?f*g\\h\u0007i')).toBe('a-b-c-d-e-f-g-h-i');
  });

  it('drops leading and trailing dots and hyphens, so the file is neither hidden nor odd', () => {
    expect(safeBaseName('..hidden design.')).toBe('hidden-design');
    expect(safeBaseName(' -- spaced -- ')).toBe('spaced');
  });

  it('keeps letters outside ASCII', () => {
    expect(designFileName('Nätverk för Göteborg')).toBe('Nätverk-för-Göteborg.faultline.json');
  });

  it('falls back to "design" when nothing usable is left', () => {
    expect(designFileName('')).toBe('design.faultline.json');
    expect(designFileName('///')).toBe('design.faultline.json');
  });

  it('does not produce a Windows device name', () => {
    expect(safeBaseName('CON')).toBe('CON-design');
    expect(safeBaseName('lpt1')).toBe('lpt1-design');
  });

  it('cuts long names to 100 characters without splitting a character', () => {
    const base = safeBaseName('😀'.repeat(150));
    expect(Array.from(base)).toHaveLength(100);
    expect(base).toBe('😀'.repeat(100));
  });
});

describe('imageFileName', () => {
  it('uses the same base name with the image extension', () => {
    expect(imageFileName('S3: web', 'png')).toBe('S3-web.png');
    expect(imageFileName('S3: web', 'svg')).toBe('S3-web.svg');
  });
});
