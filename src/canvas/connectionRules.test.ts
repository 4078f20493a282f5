import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleFile } from '../analysis/testing/examples';
import { resourceId } from '../model/ids';

// Each test starts with the rules not loaded yet: a fresh copy of the loader.
const freshLoader = async () => import('./connectionRules');

beforeEach(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.doUnmock('./connectionRulesChunk');
});

describe('connection rules loaded on first use', () => {
  it('are not there before the first use; asking starts the load, and a run waits for them', async () => {
    const loader = await freshLoader();
    expect(loader.connectionRulesNow()).toBeNull();
    const ran: string[] = [];
    loader.withConnectionRules(
      () => ran.push('run'),
      (message) => ran.push(message),
    );
    expect(ran).toEqual([]);
    const rules = await loader.loadConnectionRules();
    expect(ran).toEqual(['run']);
    expect(loader.connectionRulesNow()).toBe(rules);

    // Loaded: a run happens at once, and the rules answer as the model does.
    loader.withConnectionRules(
      () => ran.push('at once'),
      (message) => ran.push(message),
    );
    expect(ran).toEqual(['run', 'at once']);
    const design = exampleFile('S2').design;
    expect(rules.connectionIntent(design, resourceId('rA'), resourceId('rA'))).toEqual({ ok: false, reason: expect.any(String) as string });
  });

  it('a load that fails says so, and the next use tries again', async () => {
    let fail = true;
    vi.doMock('./connectionRulesChunk', async (original) => {
      if (fail) throw new Error('Failed to fetch dynamically imported module');
      return original();
    });
    const loader = await freshLoader();
    const messages: string[] = [];
    loader.withConnectionRules(
      () => messages.push('run'),
      (message) => messages.push(message),
    );
    await vi.waitFor(() => expect(messages).toEqual([loader.RULES_LOAD_FAILURE]));
    expect(loader.RULES_LOAD_FAILURE).toBe(
      'Faultline could not load its connection rules, so nothing was connected. Reload the page to try again; your design is kept.',
    );
    fail = false;
    vi.resetModules();
    await expect(loader.loadConnectionRules()).resolves.toHaveProperty('connect');
  });
});
