import { describe, expect, it } from 'vitest';
import { parseTemplateIndex, templateUrl } from './templateIndex';

const entry = { file: 'a.faultline.json', name: 'A', teaches: 'Something.', category: 'pitfall' };

describe('parseTemplateIndex', () => {
  it('keeps the known fields of valid entries', () => {
    expect(parseTemplateIndex([{ ...entry, extra: 1 }])).toEqual([entry]);
  });

  it('refuses what is not a list', () => {
    expect(() => parseTemplateIndex({})).toThrow('The template index is not a list');
  });

  it('names the entry and the missing or wrong field', () => {
    expect(() => parseTemplateIndex([entry, { ...entry, name: ' ' }])).toThrow('Template 2 of the index has no "name"');
    expect(() => parseTemplateIndex([{ ...entry, teaches: 3 }])).toThrow('Template 1 of the index has no "teaches" text');
    expect(() => parseTemplateIndex([{ ...entry, category: 'other' }])).toThrow('Template 1 of the index has no valid "category"');
    expect(() => parseTemplateIndex([null])).toThrow('Template 1 of the index is not an object');
  });

  it('refuses file names with folders or another extension', () => {
    for (const file of ['../secret.faultline.json', 'sub/a.faultline.json', 'a.json']) {
      expect(() => parseTemplateIndex([{ ...entry, file }])).toThrow('Template 1 of the index has no valid "file"');
    }
  });
});

describe('templateUrl', () => {
  it('puts the file under /templates/ of the base', () => {
    expect(templateUrl('a.faultline.json')).toBe('/templates/a.faultline.json');
    expect(templateUrl('a.faultline.json', '/app/')).toBe('/app/templates/a.faultline.json');
  });
});
