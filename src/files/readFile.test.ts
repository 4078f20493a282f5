import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { MAX_DESIGN_BYTES } from '../model/restore';
import { serializeDesignFile } from '../model/serialize';
import { readDesignFile } from './readFile';

describe('readDesignFile', () => {
  it('restores a design file', async () => {
    const original = emptyDesignFile('Picked');
    const result = await readDesignFile(new Blob([serializeDesignFile(original)]));
    expect(result).toEqual({ ok: true, file: original, warnings: [] });
  });

  it('refuses a file over the limit from its size alone, naming the size and the limit', async () => {
    const big = new Blob([new Uint8Array(20 * 1024 * 1024)]);
    expect(await readDesignFile(big)).toEqual({
      ok: false,
      error: { path: '', message: 'The file is 20.0 MiB (20971520 bytes); Faultline opens designs of up to 10 MiB' },
    });
  });

  it('reads a file of exactly the limit', async () => {
    const result = await readDesignFile(new Blob([' '.repeat(MAX_DESIGN_BYTES)]));
    expect(result).toEqual({ ok: false, error: { path: '', message: 'The file is empty' } });
  });

  it('calls a binary file binary', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readDesignFile(new Blob([png]))).toEqual({
      ok: false,
      error: { path: '', message: 'This is a binary file, not a Faultline design' },
    });
  });
});
