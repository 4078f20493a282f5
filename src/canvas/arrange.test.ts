import { describe, expect, it } from 'vitest';
import { renameDesign } from '../model/edit';
import { designOf, fileOf, rel, world } from '../model/testFixtures';
import { createDesignStore } from '../store/designStore';
import { ARRANGE_LABEL, arrangeDesign } from './arrange';
import { applyAutoLayout, computeAutoLayout } from './autoLayout';

const file = fileOf(designOf(world(), [rel('port', 'p1', 'web-1', 's1'), rel('routerInterface', 'ri', 'rA', 's1', { ip: '10.0.1.1' })]));

describe('arrangeDesign', () => {
  it('applies the ELK layout as one undo step', async () => {
    const store = createDesignStore(file);
    expect(await arrangeDesign(store)).toBe(true);
    expect(store.getState().file.layout).toEqual(applyAutoLayout(file, await computeAutoLayout(file)).layout);
    expect(store.getState().history.past.map((e) => e.label)).toEqual([ARRANGE_LABEL]);
    store.getState().undo();
    expect(store.getState().file).toBe(file);
  });

  it('changes nothing when the design is edited while the layout is computed', async () => {
    const store = createDesignStore(file);
    const arranging = arrangeDesign(store);
    store.getState().commit('Rename', (f) => renameDesign(f, 'Edited meanwhile'));
    const edited = store.getState().file;
    expect(await arranging).toBe(false);
    expect(store.getState().file).toBe(edited);
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Rename']);
  });
});
