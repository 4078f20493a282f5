import { describe, expect, it } from 'vitest';
import { coveredArea, needsNewArea, viewRect } from './coveredArea';

describe('the covered area', () => {
  const view = viewRect([-200, -100, 2], 800, 600);

  it('is the view in flow coordinates with half a view around it', () => {
    expect(view).toEqual({ x: 100, y: 50, width: 400, height: 300 });
    expect(coveredArea(view)).toEqual({ x: -100, y: -100, width: 800, height: 600 });
  });

  it('is kept while the view stays inside it, and replaced when it leaves or shrinks to a quarter', () => {
    const covered = coveredArea(view);
    expect(needsNewArea(null, view)).toBe(true);
    expect(needsNewArea(covered, view)).toBe(false);
    expect(needsNewArea(covered, { ...view, x: view.x + 190 })).toBe(false);
    expect(needsNewArea(covered, { ...view, x: view.x + 210 })).toBe(true);
    expect(needsNewArea(covered, { x: 200, y: 100, width: 199, height: 149 })).toBe(true);
  });
});
