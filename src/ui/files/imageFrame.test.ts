import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_OPTIONS, exportFrame, unionOf } from './imageFrame';

const bounds = { x: 40, y: 40, width: 1040, height: 920 };

describe('exportFrame', () => {
  it('keeps the aspect ratio of the diagram, at about one pixel per flow pixel', () => {
    const frame = exportFrame(bounds, 120);
    expect(frame.width).toBe(1120);
    expect(frame.width / frame.height).toBeCloseTo(1040 / 920, 2);
    expect(frame.diagramHeight).toBe(frame.height - 120);
  });

  it('fits the whole diagram, centred, into the area above the legend', () => {
    const { width, diagramHeight, viewport } = exportFrame(bounds, 120);
    const left = bounds.x * viewport.zoom + viewport.x;
    const right = (bounds.x + bounds.width) * viewport.zoom + viewport.x;
    const top = bounds.y * viewport.zoom + viewport.y;
    const bottom = (bounds.y + bounds.height) * viewport.zoom + viewport.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(width);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(diagramHeight + 0.5);
    expect(left + right).toBeCloseTo(width, 0);
  });

  it('scales small designs up to the narrowest width and large ones down to the longest side', () => {
    expect(exportFrame({ x: 0, y: 0, width: 200, height: 100 }, 80).width).toBe(DEFAULT_FRAME_OPTIONS.minWidth);
    const tall = exportFrame({ x: 0, y: 0, width: 1000, height: 9000 }, 80);
    expect(tall.height).toBe(DEFAULT_FRAME_OPTIONS.maxSide);
    expect(tall.width / tall.height).toBeCloseTo(1000 / 9000, 2);
  });

  it('keeps room for the diagram above the legend of a very flat design', () => {
    const frame = exportFrame({ x: 0, y: 0, width: 4000, height: 60 }, 200);
    expect(frame.diagramHeight).toBe(DEFAULT_FRAME_OPTIONS.minDiagramHeight);
  });
});

describe('unionOf', () => {
  it('encloses every rectangle', () => {
    expect(unionOf([{ x: 10, y: 20, width: 100, height: 50 }, { x: -5, y: 40, width: 20, height: 100 }])).toEqual({ x: -5, y: 20, width: 115, height: 120 });
    expect(unionOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
