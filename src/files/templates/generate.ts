/**
 * Writes `public/templates` (every template file and `index.json`) from the catalogue:
 * `npx tsx src/files/templates/generate.ts`. Copies of example designs keep their layout; designs
 * built in code get the layout the canvas would give them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { containmentOf } from '../../canvas/containment';
import { designId, resourceId } from '../../model/ids';
import { parseDesignText } from '../../model/restore';
import { serializeDesignFile } from '../../model/serialize';
import { FORMAT_TAG, FORMAT_VERSION, type DesignFile } from '../../model/types';
import { TEMPLATE_CATALOGUE, type TemplateSpec } from './catalogue';
import { automaticLayout } from './layout';

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);
/** Where the templates are written and served from (`/templates/`). */
export const TEMPLATES_DIR = new URL('../../../public/templates/', import.meta.url);

/** The design id a template carries in its file (opening it always gives the design a new id). */
export const templateDesignId = (file: string): string => `template-${file.replace(/\.faultline\.json$/, '')}`;

function readExample(name: string): DesignFile {
  const result = parseDesignText(readFileSync(new URL(name, EXAMPLES), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${result.error.path}: ${result.error.message}`);
  return result.file;
}

/** The design file of a template, as it is committed. */
export function buildTemplate(spec: TemplateSpec): DesignFile {
  const header = { id: designId(templateDesignId(spec.file)), name: spec.name, description: spec.description };
  if ('example' in spec.source) {
    const example = readExample(spec.source.example);
    // Pool members are edges on the canvas; positions stored for them would never be used.
    const drawn = containmentOf(example.design);
    const nodes = Object.fromEntries(Object.entries(example.layout.nodes).filter(([id]) => drawn.has(resourceId(id))));
    return { ...example, design: { ...example.design, ...header }, layout: { ...example.layout, nodes } };
  }
  const part = spec.source.build();
  const file: DesignFile = {
    format: FORMAT_TAG,
    version: FORMAT_VERSION,
    design: { ...header, resources: part.resources, relations: part.relations },
    layout: { nodes: {} },
  };
  return { ...file, layout: automaticLayout(file) };
}

/** The gallery index: name, what it teaches, category and file of every template, in catalogue order. */
export function templateIndexText(): string {
  const entries = TEMPLATE_CATALOGUE.map(({ file, name, teaches, category }) => ({ file, name, teaches, category }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  for (const spec of TEMPLATE_CATALOGUE) writeFileSync(new URL(spec.file, TEMPLATES_DIR), serializeDesignFile(buildTemplate(spec)));
  writeFileSync(new URL('index.json', TEMPLATES_DIR), templateIndexText());
  console.log(`Wrote ${TEMPLATE_CATALOGUE.length} templates to ${TEMPLATES_DIR.pathname}`);
}
