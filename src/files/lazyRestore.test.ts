import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../model/restore';
import { serializeDesignFile } from '../model/serialize';
import { sample } from '../model/testFixtures';
import { parseDesignTextLazily, restoreUnavailable } from './lazyRestore';

describe('parseDesignTextLazily', () => {
  it('answers exactly what parseDesignText answers, for a good and a refused design', async () => {
    const good = serializeDesignFile(sample());
    expect(await parseDesignTextLazily(good)).toEqual(parseDesignText(good));
    expect(await parseDesignTextLazily('{"format": "other"}')).toEqual(parseDesignText('{"format": "other"}'));
    expect((await parseDesignTextLazily('{"format": "other"}')).ok).toBe(false);
  });

  it('refuses with a clear reason when the restore code cannot be loaded', () => {
    expect(restoreUnavailable(new TypeError('Failed to fetch dynamically imported module'))).toEqual({
      ok: false,
      error: {
        path: '',
        message:
          'Faultline could not load the part that reads designs (Failed to fetch dynamically imported module); check the connection and try again',
      },
    });
  });
});
