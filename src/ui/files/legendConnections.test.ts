import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../../model/restore';
import { legendConnections } from './legendConnections';

function template(name: string) {
  const result = parseDesignText(readFileSync(new URL(`../../../public/templates/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.file;
}

describe('legendConnections', () => {
  it('lists exactly the kinds drawn for the design, in legend order', () => {
    const kinds = legendConnections(template('single-zone-starter.faultline.json')).map((c) => c.kind);
    expect(kinds).toEqual(['routerInterface', 'port', 'subnetOf', 'fipAssociation']);
  });

  it('gives each kind its label and the look the canvas draws it with', () => {
    const glb = legendConnections(template('two-zone-web-tier.faultline.json')).find((c) => c.kind === 'glbTarget');
    expect(glb).toMatchObject({ label: expect.any(String) as string, arrow: true });
    expect(glb?.colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
