import { describe, expect, it } from 'vitest';
import { dashCoverage } from './connectionStyles';

describe('dashCoverage', () => {
  it('is the drawn share of a dash pattern', () => {
    expect(dashCoverage('7 4')).toBeCloseTo(7 / 11, 10);
    expect(dashCoverage('12 4 3 4')).toBeCloseTo(15 / 23, 10);
    expect(dashCoverage('2,4')).toBeCloseTo(1 / 3, 10);
  });

  it('repeats a pattern with an odd count to an even one, as SVG does', () => {
    expect(dashCoverage('5')).toBe(0.5);
    expect(dashCoverage('7 4 3')).toBe(0.5);
  });

  it('is 1 for a pattern of nothing', () => {
    expect(dashCoverage('0 0')).toBe(1);
    expect(dashCoverage('')).toBe(1);
  });
});
