import { describe, expect, it } from 'vitest';
import { loadOnce } from './loadOnce';

describe('loadOnce', () => {
  it('shares one load between callers and keeps the module', async () => {
    let imports = 0;
    const seen: string[] = [];
    const part = loadOnce(
      () => {
        imports++;
        return Promise.resolve({ name: 'part' });
      },
      { loaded: (m) => seen.push(m.name) },
    );
    expect(part.current()).toBeNull();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    expect(await part.load()).toBe(a);
    expect(part.current()).toBe(a);
    expect(imports).toBe(1);
    expect(seen).toEqual(['part']);
  });

  it('tries a failed load again on the next call, and tells each failure', async () => {
    let imports = 0;
    const failures: string[] = [];
    const part = loadOnce(
      () => (++imports === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')),
      { failed: (error) => failures.push(error instanceof Error ? error.message : String(error)) },
    );
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.current()).toBeNull();
    expect(await part.load()).toBe('ok');
    expect(imports).toBe(2);
    expect(failures).toEqual(['offline']);
  });

  it('runs at once once loaded, in order while loading, and tells a run that the load failed', async () => {
    let imports = 0;
    let fail = true;
    const part = loadOnce(() => {
      imports++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve('ok');
    });
    const seen: string[] = [];
    part.withModule((m) => seen.push(`a:${m}`), () => seen.push('a failed'));
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual(['a failed']);

    fail = false;
    part.preload();
    part.withModule((m) => seen.push(`b:${m}`), () => seen.push('b failed'));
    part.withModule((m) => seen.push(`c:${m}`), () => seen.push('c failed'));
    expect(seen).toEqual(['a failed']);
    await part.load();
    expect(seen).toEqual(['a failed', 'b:ok', 'c:ok']);
    part.withModule((m) => seen.push(`d:${m}`), () => seen.push('d failed'));
    expect(seen).toEqual(['a failed', 'b:ok', 'c:ok', 'd:ok']);
    part.preload();
    expect(imports).toBe(2);
  });
});
