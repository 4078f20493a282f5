import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it('returns null for valid JSON', () => {
    for (const text of ['{}', '[]', ' true ', '"a\\u00e9\\n"', '{"a":[1,{"b":null}],"c":-1.5e3}', '0']) {
      expect(jsonErrorOffset(text)).toBeNull();
    }
  });

  it('finds the offset of the first error', () => {
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('{"a":"\\q"}')).toBe(7);
    expect(jsonErrorOffset('{"a":"\\u12G4"}')).toBe(7);
    expect(jsonErrorOffset('lorem')).toBe(0);
    expect(jsonErrorOffset('"line\nbreak"')).toBe(5);
  });

  it('points at the end of truncated input', () => {
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('[1,2')).toBe(4);
    expect(jsonErrorOffset('{"a": "b')).toBe(8);
  });

  it('agrees with the engine wherever the engine reports a position', () => {
    expect.hasAssertions();
    const broken = ['{\n  "a": 1,\n}', '[1,2', '{"a":1} x', '"abc', '{"a" 1}', '[01]', '{"a":"\\q"}'];
    for (const text of broken) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      const position = /at position (\d+)/.exec(message);
      if (position) expect({ text, offset: jsonErrorOffset(text) }).toEqual({ text, offset: Number(position[1]) });
    }
  });
});
