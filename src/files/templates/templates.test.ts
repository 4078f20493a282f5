/**
 * The committed templates (`public/templates`): in step with the catalogue, valid against the
 * published JSON Schema, restored without repairs, laid out the way the canvas places them, stable
 * through export and import, and teaching what their cards say (findings and resilience matrix).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { containmentOf } from '../../canvas/containment';
import { rectsOverlap } from '../../canvas/geometry';
import { analyzeDesign } from '../../engine/engine';
import { resourceId } from '../../model/ids';
import { parseDesignText } from '../../model/restore';
import { serializeDesignFile } from '../../model/serialize';
import type { DesignFile } from '../../model/types';
import { exportDesignJson } from '../exportJson';
import { sameDocument } from '../roundTrip';
import { parseTemplateIndex } from '../templateIndex';
import { TEMPLATE_CATALOGUE } from './catalogue';
import { buildTemplate, TEMPLATES_DIR, templateIndexText } from './generate';

const SCHEMA = new URL('../../../public/schema/design.v1.json', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, TEMPLATES_DIR), 'utf8');
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>);
const index = parseTemplateIndex(JSON.parse(read('index.json')));

function restored(file: string): DesignFile {
  const result = parseDesignText(read(file));
  if (!result.ok) throw new Error(`${file}: ${result.error.path}: ${result.error.message}`);
  return result.file;
}

describe('template index', () => {
  it('is exactly what the generator writes from the catalogue (run `npx tsx src/files/templates/generate.ts`)', () => {
    expect(read('index.json')).toBe(templateIndexText());
  });

  it('lists the nine templates the gallery offers, each file once', () => {
    expect(index.map((e) => e.file)).toEqual([
      'single-zone-starter.faultline.json',
      'cross-zone-floating-ip.faultline.json',
      'default-route-one-zone.faultline.json',
      'multi-hint-router.faultline.json',
      'load-balancer-one-zone.faultline.json',
      'two-zone-web-tier.faultline.json',
      'dns-manual-failover.faultline.json',
      'other-zone-database.faultline.json',
      'two-regions.faultline.json',
    ]);
  });
});

describe.each(TEMPLATE_CATALOGUE)('template $file', (spec) => {
  const text = read(spec.file);

  it('validates against the published JSON Schema', () => {
    const valid = validate(JSON.parse(text));
    expect(valid ? null : validate.errors).toBeNull();
  });

  it('restores with no warnings and no changes', () => {
    const result = parseDesignText(text);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && serializeDesignFile(result.file)).toBe(text);
  });

  it('holds the design its catalogue entry makes, under the entry name and description', () => {
    const file = restored(spec.file);
    expect(file.design).toEqual(buildTemplate(spec).design);
    expect(file.design.name).toBe(spec.name);
    expect(file.design.description).toBe(spec.description);
  });

  it('places every node in the container the canvas puts it in, without overlapping a sibling', () => {
    const { design, layout } = restored(spec.file);
    const containment = containmentOf(design);
    expect(Object.keys(layout.nodes).sort()).toEqual([...containment.keys()].sort());
    const rect = (id: string) => {
      const n = layout.nodes[id];
      return { x: n?.x ?? 0, y: n?.y ?? 0, width: n?.width ?? 180, height: n?.height ?? 56 };
    };
    for (const [id, place] of containment) {
      expect(layout.nodes[id]?.parent ?? null, id).toBe(place.parent);
      const siblings = [...containment].filter(([other, p]) => other !== id && p.parent === place.parent);
      for (const [other] of siblings) expect(rectsOverlap(rect(id), rect(other)), `${id} overlaps ${other}`).toBe(false);
      if (place.parent !== null) {
        const inner = rect(id);
        const outer = rect(place.parent);
        expect(inner.x + inner.width <= outer.width && inner.y + inner.height <= outer.height, `${id} inside ${place.parent}`).toBe(true);
      }
    }
  });

  it('comes back identical from a JSON export and import', () => {
    const file = restored(spec.file);
    const exported = exportDesignJson(file);
    const again = parseDesignText(exported.text);
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && sameDocument(again.file, file)).toBe(true);
    expect(exported.text).toBe(text);
  });
});

/** Per template: the exact findings (rule and subjects) and each service's status per matrix scenario. */
function analysis(file: string) {
  const report = analyzeDesign(restored(file).design);
  const matrix = report.matrix;
  if (!matrix) throw new Error('no matrix');
  const services = Object.fromEntries(
    matrix.services.map((s, i) => [s.name, Object.fromEntries(matrix.scenarios.map((sc, c) => [sc.label, matrix.cells[i]?.[c]]))]),
  );
  return { findings: report.findings.map((f) => `${f.id} ${f.subjects.join(',')}`), services };
}

describe('what the templates teach', () => {
  it('single-zone starter: one zone is one point of failure', () => {
    expect(analysis('single-zone-starter.faultline.json')).toEqual({
      findings: ['F26 europe-se-1a'],
      services: { fA: { 'europe-se-1a down': 'FAILED', 'europe-se-1b down': 'OK', 'europe-se-1 down': 'FAILED' } },
    });
  });

  it('cross-zone floating IP: F01, and either zone takes the service down', () => {
    expect(analysis('cross-zone-floating-ip.faultline.json')).toEqual({
      findings: ['F01 fA', 'F07 iB'],
      services: { fA: { 'europe-se-1a down': 'FAILED', 'europe-se-1b down': 'DOWN', 'europe-se-1 down': 'FAILED' } },
    });
  });

  it('default route through one zone: F07 for the worker, which loses its way out with europe-se-1a', () => {
    expect(analysis('default-route-one-zone.faultline.json').findings).toEqual(['F07 worker-b']);
    const down = analyzeDesign(restored('default-route-one-zone.faultline.json').design, {
      failedAzs: [resourceId('europe-se-1a')],
      failedRegions: [],
    });
    expect(down.resources['worker-b']).toEqual({ status: 'DOWN', reasons: [{ code: 'EGRESS_LOST', causes: ['router-a'], inferred: true }] });
  });

  it('multi-hint router: F04', () => {
    expect(analysis('multi-hint-router.faultline.json').findings).toEqual(['F04 rM', 'F07 iB']);
  });

  it('load balancer in one zone: F14, down with europe-se-1a, degraded without europe-se-1b', () => {
    expect(analysis('load-balancer-one-zone.faultline.json')).toEqual({
      findings: ['F07 iB', 'F14 l1'],
      services: { fL: { 'europe-se-1a down': 'FAILED', 'europe-se-1b down': 'DEGRADED', 'europe-se-1 down': 'FAILED' } },
    });
  });

  it('two-zone web tier: no findings, and no single-zone outage takes the service down', () => {
    const { findings, services } = analysis('two-zone-web-tier.faultline.json');
    expect(findings).toEqual([]);
    expect(services).toEqual({ glb: { 'europe-se-1a down': 'DEGRADED', 'europe-se-1b down': 'DEGRADED', 'europe-se-1 down': 'DOWN' } });
  });

  it('DNS failover by hand: F28, degraded either way', () => {
    expect(analysis('dns-manual-failover.faultline.json')).toEqual({
      findings: ['F28 d1'],
      services: { 'www.example.com': { 'europe-se-1a down': 'DEGRADED', 'europe-se-1b down': 'DEGRADED', 'europe-se-1 down': 'DOWN' } },
    });
  });

  it("other zone's database: F09, and europe-se-1a takes the whole site down", () => {
    expect(analysis('other-zone-database.faultline.json')).toEqual({
      findings: ['F09 web-b,db-primary'],
      services: { glb: { 'europe-se-1a down': 'DOWN', 'europe-se-1b down': 'DEGRADED', 'europe-se-1 down': 'DOWN' } },
    });
  });

  it('two regions: no findings, and neither any zone nor either region takes the service down', () => {
    expect(analysis('two-regions.faultline.json')).toEqual({
      findings: [],
      services: {
        glb: {
          'europe-se-1a down': 'DEGRADED',
          'europe-se-1b down': 'DEGRADED',
          'europe-se-2a down': 'DEGRADED',
          'europe-se-2b down': 'DEGRADED',
          'europe-se-1 down': 'DEGRADED',
          'europe-se-2 down': 'DEGRADED',
        },
      },
    });
  });
});
