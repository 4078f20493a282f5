import { readFileSync } from 'node:fs';
import { parseTemplateIndex, type TemplateEntry } from '../../src/files/templateIndex';
import type { DesignFile } from '../../src/model/types';
import type { FilesPage } from './FilesPage';

const TEMPLATES = new URL('../../public/templates/', import.meta.url);

/** The text of a template file as the app serves it. */
export const templateText = (file: string): string => readFileSync(new URL(file, TEMPLATES), 'utf8');

/** The parsed design file of a template. */
export const templateFile = (file: string): DesignFile => JSON.parse(templateText(file)) as DesignFile;

/** The gallery's templates, as listed in `public/templates/index.json`. */
export const templates: readonly TemplateEntry[] = parseTemplateIndex(JSON.parse(templateText('index.json')));

/** The template most tests start from. */
export const STARTER = 'single-zone-starter.faultline.json';

/** Opens the app with the starter template as the open design (its id fixed, so before/after compare exactly). */
export async function withStarterOpen(files: FilesPage): Promise<DesignFile> {
  await files.goto();
  await files.load(templateFile(STARTER));
  await files.expectOpen('Single-zone starter');
  return files.document();
}
