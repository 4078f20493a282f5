import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { designId } from '../model/ids';
import { parseDesignText } from '../model/restore';
import { exportDesignJson } from './exportJson';

describe('exportDesignJson', () => {
  const file = { ...emptyDesignFile('Web tier: prod'), design: { ...emptyDesignFile().design, id: designId('d1'), name: 'Web tier: prod' } };

  it('names the file after the design', () => {
    expect(exportDesignJson(file).fileName).toBe('Web-tier-prod.faultline.json');
    expect(exportDesignJson(file).mediaType).toBe('application/json');
  });

  it('writes pretty-printed JSON that restores to the same document', () => {
    const { text } = exportDesignJson(file);
    expect(text.startsWith('{\n  "format": "faultline.design",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseDesignText(text)).toEqual({ ok: true, file, warnings: [] });
  });

  it('gives the same bytes for the same design, whatever the key order in memory', () => {
    const reordered = { layout: file.layout, design: { ...file.design }, version: file.version, format: file.format };
    expect(exportDesignJson(reordered).text).toBe(exportDesignJson(file).text);
  });
});
